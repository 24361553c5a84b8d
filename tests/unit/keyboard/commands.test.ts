// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parseChord, RESERVED_CHORDS } from '@/utils/keyboard/chords';
import {
  COMMANDS,
  commandIdForManifestName,
  commandShadowedByMacro,
  getCommand,
  manifestCommands,
  MAX_SUGGESTED_KEYS,
  type TargetBrowser,
} from '@/utils/keyboard/commands';
import { macroStepsSchema } from '@/utils/macros/define';

const browsers: TargetBrowser[] = ['chrome', 'firefox'];

describe('the command registry', () => {
  it('has unique ids and the commands the issue names', () => {
    const ids = COMMANDS.map((command) => command.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of [
      'open-panel',
      'check-conversation',
      'open-palette',
      'repeat-last-macro',
      'show-shortcuts',
      'focus-composer',
      'copy-waybill',
      'insert-photo-request',
      'read-numbers',
      'check-photos',
      'next-conversation',
    ]) {
      expect(getCommand(id), id).toBeDefined();
    }
  });

  it('gives every palette action that does something valid macro steps (the runner is the one executor)', () => {
    for (const command of COMMANDS.filter((candidate) => candidate.steps)) {
      expect(macroStepsSchema.safeParse(command.steps).success, command.id).toBe(true);
    }
    expect(getCommand('check-conversation')!.steps).toEqual([{ kind: 'check-photos' }, { kind: 'read-numbers' }]);
  });
});

describe.each(browsers)('manifestCommands(%s)', (browser) => {
  const commands = manifestCommands(browser);

  it(`suggests at most ${MAX_SUGGESTED_KEYS} keys (Chrome refuses more)`, () => {
    expect(Object.keys(commands).length).toBeGreaterThan(0);
    expect(Object.values(commands).filter((command) => command.suggested_key.default).length).toBeLessThanOrEqual(MAX_SUGGESTED_KEYS);
  });

  it('suggests keys the browsers accept, all different, none the browser or the platform keeps', () => {
    const keys = Object.values(commands).map((command) => command.suggested_key.default);
    expect(new Set(keys).size).toBe(keys.length);
    for (const key of keys) {
      const parsed = parseChord(key);
      expect(parsed.ok, key).toBe(true);
      if (!parsed.ok) continue;
      expect(parsed.text, 'written in normal form, as the manifest wants').toBe(key);
      expect(parsed.chord.ctrl || parsed.chord.alt, `${key}: a manifest shortcut needs Ctrl or Alt`).toBe(true);
      expect(RESERVED_CHORDS.get(key), `${key} is reserved`).toBeUndefined();
    }
    expect(keys).not.toContain('Ctrl+Shift+Y');
  });

  it('opens the panel with the browser’s own command name, and names the others by id', () => {
    const openPanel = browser === 'chrome' ? '_execute_action' : '_execute_sidebar_action';
    expect(Object.keys(commands)).toEqual([openPanel, 'check-conversation', 'open-palette', 'repeat-last-macro']);
    expect(commands[openPanel]).toEqual({ description: 'Open the ReturnDesk panel', suggested_key: { default: 'Alt+Shift+D' } });
    expect(commandIdForManifestName(openPanel)).toBe('open-panel');
    expect(commandIdForManifestName('repeat-last-macro')).toBe('repeat-last-macro');
    expect(commandIdForManifestName('something-else')).toBeNull();
  });
});

describe('reserved chords', () => {
  it.each(['Alt+Shift+I', 'Alt+Shift+T', 'Alt+Shift+B', 'Alt+Shift+A', 'Alt+F', 'Alt+E', 'Ctrl+Shift+Y', 'Ctrl+Shift+P', 'Ctrl+B'])(
    'keeps %s with a reason, in normal form',
    (chord) => {
      expect(RESERVED_CHORDS.get(chord)).toMatch(/\w+/);
    },
  );

  it('are all in normal form, so lookups by parsed chord find them', () => {
    for (const chord of RESERVED_CHORDS.keys()) expect(parseChord(chord)).toMatchObject({ ok: true, text: chord });
  });
});

describe('commandShadowedByMacro', () => {
  it('is true only for a macro with exactly the same steps', () => {
    const copy = getCommand('copy-waybill')!;
    expect(commandShadowedByMacro(copy, [{ steps: [{ kind: 'read-numbers' }, { kind: 'copy-waybill' }] }])).toBe(true);
    expect(commandShadowedByMacro(copy, [{ steps: [{ kind: 'copy-waybill' }] }])).toBe(false);
    expect(commandShadowedByMacro(getCommand('open-panel')!, [{ steps: [] }])).toBe(false);
  });
});
