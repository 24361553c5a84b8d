// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { helpEntries, NOT_SET, replaceShortcutSection, shortcutRows } from '@/utils/keyboard/shortcut-table';
import { builtinMacros } from '@/utils/macros/registry';
import { expectedShortcutMarkdown, README_PATH } from '@/scripts/shortcut-table';

describe('shortcutRows and helpEntries', () => {
  it('list the browser shortcuts, panel and page keys and macro chords, per browser', () => {
    const help = helpEntries(shortcutRows({ macros: builtinMacros }), 'firefox');
    expect(help).toContainEqual({ keys: 'Alt+Shift+D', action: 'Open the ReturnDesk panel', where: 'any tab' });
    expect(help).toContainEqual({ keys: 'Ctrl+K', action: 'Open the command palette', where: 'panel' });
    expect(help).toContainEqual({ keys: '?', action: 'Show keyboard shortcuts', where: 'platform page' });
    expect(help).toContainEqual({ keys: 'Alt+1', action: 'Request missing photos', where: 'platform page' });
    // Palette-only actions have no key to show.
    expect(help.map((entry) => entry.action)).not.toContain('Go to the next conversation');
  });

  it('show the shortcuts the agent set in the browser, and the ones removed as not set', () => {
    const rows = shortcutRows({
      manifestKeys: new Map([
        ['check-conversation', 'Ctrl+Shift+8'],
        ['repeat-last-macro', ''],
      ]),
    });
    const help = helpEntries(rows, 'chrome');
    expect(help).toContainEqual({ keys: 'Ctrl+Shift+8', action: 'Check the conversation (photos and numbers)', where: 'any tab' });
    expect(help).toContainEqual({ keys: NOT_SET, action: 'Repeat the last macro', where: 'any tab' });
    expect(help).toContainEqual({ keys: 'Alt+Shift+D', action: 'Open the ReturnDesk panel', where: 'any tab' });
  });

  it('leave out a macro without a chord from the help, but keep it in the rows (palette)', () => {
    const rows = shortcutRows({ macros: [{ id: 'mine', name: 'My macro', chord: null }] });
    expect(rows.find((row) => row.id === 'mine')).toMatchObject({ source: 'macro', bindings: [], palette: true });
    expect(helpEntries(rows, 'chrome').map((entry) => entry.action)).not.toContain('My macro');
  });
});

describe('README shortcut table', () => {
  it('is generated from the registry (run `npm run shortcuts` when this fails)', () => {
    const readme = readFileSync(README_PATH, 'utf8');
    const updated = replaceShortcutSection(readme, expectedShortcutMarkdown());
    expect(updated, 'README.md needs the <!-- shortcuts:start --> and <!-- shortcuts:end --> markers').not.toBeNull();
    expect(readme, 'the README shortcut table is stale: run `npm run shortcuts`').toBe(updated);
  });

  it('names every default key, macro chord and abbreviation', () => {
    const markdown = expectedShortcutMarkdown();
    for (const key of ['Alt+Shift+D', 'Alt+Shift+L', 'Alt+Shift+K', 'Alt+Shift+M', 'Ctrl+K', 'Alt+1', ';dhl'])
      expect(markdown).toContain(`\`${key}\``);
    expect(markdown).toContain('| Go to the next conversation | palette | — | — |');
  });

  it('is replaced only between the markers', () => {
    const readme = 'intro\n<!-- shortcuts:start -->\nold\n<!-- shortcuts:end -->\noutro\n';
    expect(replaceShortcutSection(readme, 'new\n')).toBe('intro\n<!-- shortcuts:start -->\nnew\n<!-- shortcuts:end -->\noutro\n');
    expect(replaceShortcutSection('no markers', 'new\n')).toBeNull();
  });
});
