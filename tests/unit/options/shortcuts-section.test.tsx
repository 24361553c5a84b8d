import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { chordOfBrowserShortcut, firefoxShortcut, ShortcutsSection, type BrowserCommand } from '@/entrypoints/options/shortcuts-section';
import { ReturnDeskDatabase } from '@/utils/db';
import { setMacroChord } from '@/utils/macros/store';
import { button, click, field, mount, press, queryField, textOf, type, unmount, until } from './dom';

let counter = 0;
let container: HTMLElement | undefined;
let db: ReturnDeskDatabase | undefined;

/** fakeBrowser has no `commands`: a stand-in holding the shortcuts like Firefox does, update and reset included. */
function stubCommands(initial: BrowserCommand[]) {
  let current = initial.map((command) => ({ ...command }));
  const commands = {
    getAll: vi.fn(async () => current.map((command) => ({ ...command }))),
    update: vi.fn(async ({ name, shortcut }: { name: string; shortcut?: string }) => {
      current = current.map((command) => (command.name === name ? { ...command, shortcut: shortcut ?? command.shortcut } : command));
    }),
    reset: vi.fn(async (name: string) => {
      const original = initial.find((command) => command.name === name)!;
      current = current.map((command) => (command.name === name ? { ...original } : command));
    }),
  };
  Object.assign(fakeBrowser, { commands });
  return commands;
}

const FIREFOX_COMMANDS: BrowserCommand[] = [
  { name: '_execute_sidebar_action', description: '', shortcut: 'Alt+Shift+D' },
  { name: 'check-conversation', description: 'Check the conversation (photos and numbers)', shortcut: 'Alt+Shift+L' },
  { name: 'open-palette', description: 'Open the command palette', shortcut: 'Alt+Shift+K' },
  { name: 'repeat-last-macro', description: 'Repeat the last macro', shortcut: '' },
];

async function openSection(browserKind: 'chrome' | 'firefox', prepare?: (database: ReturnDeskDatabase) => Promise<unknown>) {
  db = new ReturnDeskDatabase(`options-shortcuts-${Date.now()}-${counter++}`);
  await prepare?.(db);
  container = mount(<ShortcutsSection browserKind={browserKind} mac={false} db={db} />);
  await until(() => expect(textOf(container!)).toContain('Check the conversation (photos and numbers)'));
  await until(() => expect(textOf(container!)).toContain('Request missing photos'));
  return container;
}

afterEach(() => {
  if (container) unmount(container);
  container = undefined;
  db?.close();
  db = undefined;
  Reflect.deleteProperty(fakeBrowser, 'commands');
});

describe('Firefox shortcut strings', () => {
  it('writes chords the way commands.update accepts them', () => {
    expect(firefoxShortcut('alt+shift+p', { mac: false })).toMatchObject({ ok: true, shortcut: 'Alt+Shift+P' });
    expect(firefoxShortcut('Ctrl+Alt+ArrowUp', { mac: false })).toMatchObject({ ok: true, shortcut: 'Ctrl+Alt+Up' });
    expect(firefoxShortcut('F9', { mac: false })).toMatchObject({ ok: true, shortcut: 'F9' });
    // On a Mac, Firefox's "Ctrl" means Command: the Control key is MacCtrl.
    expect(firefoxShortcut('Ctrl+Shift+U', { mac: true })).toMatchObject({ ok: true, shortcut: 'MacCtrl+Shift+U' });
    expect(firefoxShortcut('Shift+Meta+U', { mac: true })).toMatchObject({ ok: true, shortcut: 'Command+Shift+U' });
  });

  it('refuses what Firefox would refuse, with a reason', () => {
    expect(firefoxShortcut('Shift+P', { mac: false })).toMatchObject({ ok: false, error: expect.stringContaining('add Ctrl or Alt') });
    expect(firefoxShortcut('Ctrl+Alt+Shift+P', { mac: false })).toMatchObject({
      ok: false,
      error: expect.stringContaining('at most two modifiers'),
    });
    expect(firefoxShortcut('Alt+Slash', { mac: false })).toMatchObject({
      ok: false,
      error: expect.stringContaining('cannot use the Slash key'),
    });
    expect(firefoxShortcut('Meta+P', { mac: false })).toMatchObject({ ok: false, error: expect.stringContaining('Windows/Super') });
    expect(firefoxShortcut('Alt+', { mac: false })).toMatchObject({ ok: false });
  });

  it('reads the browser’s strings back in ReturnDesk’s normal form', () => {
    expect(chordOfBrowserShortcut('Shift+Alt+Up', { mac: false })).toBe('Alt+Shift+ArrowUp');
    expect(chordOfBrowserShortcut('MacCtrl+Shift+U', { mac: true })).toBe('Ctrl+Shift+U');
    expect(chordOfBrowserShortcut('', { mac: false })).toBeNull();
  });
});

describe('shortcuts section in Firefox', () => {
  it('saves a pressed chord with commands.update in Firefox’s notation', async () => {
    const commands = stubCommands(FIREFOX_COMMANDS);
    const view = await openSection('firefox');
    const input = field(view, 'Shortcut for Open the command palette');
    await press(input, { key: 'J', code: 'KeyJ', altKey: true, shiftKey: true });
    expect(input.value).toBe('Alt+Shift+J');
    await click(button(view, 'Save shortcut for Open the command palette'));
    expect(commands.update).toHaveBeenCalledWith({ name: 'open-palette', shortcut: 'Alt+Shift+J' });
    await until(() => expect(textOf(view)).toContain('"Open the command palette" is now Alt+Shift+J.'));
    expect(await fakeBrowser.storage.local.get('keyboardConfigChangedAt')).toHaveProperty('keyboardConfigChangedAt');
  });

  it('refuses a reserved chord, another command’s shortcut and a macro’s chord, next to the field', async () => {
    const commands = stubCommands(FIREFOX_COMMANDS);
    const view = await openSection('firefox');
    const input = field(view, 'Shortcut for Repeat the last macro');
    const errors = () => textOf(view.querySelector(`#${input.getAttribute('aria-describedby')!.split(' ')[1]}`)!);

    await press(input, { key: 'Y', code: 'KeyY', ctrlKey: true, shiftKey: true });
    await click(button(view, 'Save shortcut for Repeat the last macro'));
    expect(errors()).toContain('Ctrl+Shift+Y opens the Downloads window in Firefox');

    await type(input, 'alt+shift+l');
    await click(button(view, 'Save shortcut for Repeat the last macro'));
    expect(errors()).toContain('Alt+Shift+L is already the shortcut for "Check the conversation (photos and numbers)"');

    await press(input, { key: '1', code: 'Digit1', altKey: true });
    await click(button(view, 'Save shortcut for Repeat the last macro'));
    expect(errors()).toContain('Alt+1 is already the in-page chord of the macro “Request missing photos”');

    expect(commands.update).not.toHaveBeenCalled();
  });

  it('shows what Firefox itself refuses instead of throwing', async () => {
    const commands = stubCommands(FIREFOX_COMMANDS);
    commands.update.mockRejectedValueOnce(new Error('Type error for parameter detail'));
    const view = await openSection('firefox');
    await type(field(view, 'Shortcut for Repeat the last macro'), 'Alt+Shift+9');
    await click(button(view, 'Save shortcut for Repeat the last macro'));
    await until(() => expect(textOf(view)).toContain('Firefox refused Alt+Shift+9: Type error for parameter detail'));
  });

  it('resets a command to its default with commands.reset', async () => {
    const commands = stubCommands(FIREFOX_COMMANDS);
    const view = await openSection('firefox');
    await click(button(view, 'Reset shortcut for Check the conversation (photos and numbers)'));
    expect(commands.reset).toHaveBeenCalledWith('check-conversation');
  });

  it('reports the in-page conflicts the key map finds', async () => {
    stubCommands(FIREFOX_COMMANDS);
    const view = await openSection('firefox', (prepared) => setMacroChord(prepared, 'copy-waybill', 'Alt+Shift+K'));
    const conflicts = view.querySelector('[aria-label="Shortcut conflicts"]');
    expect(conflicts && textOf(conflicts)).toContain('Alt+Shift+K is the browser shortcut for “Open the command palette”');
  });
});

describe('shortcuts section in Chrome', () => {
  it('lists the shortcuts and opens Chrome’s shortcut page through the tabs API', async () => {
    stubCommands([
      { name: '_execute_action', description: '', shortcut: 'Alt+Shift+D' },
      { name: 'check-conversation', description: 'Check the conversation (photos and numbers)', shortcut: '' },
    ]);
    const create = vi.spyOn(fakeBrowser.tabs, 'create').mockResolvedValue({} as never);
    const view = await openSection('chrome');
    const rows = [...view.querySelectorAll('table')[0]!.querySelectorAll('tbody tr')].map((row) =>
      [...row.querySelectorAll('td')].map(textOf),
    );
    expect(rows).toEqual([
      ['Open the ReturnDesk panel', 'Alt+Shift+D'],
      ['Check the conversation (photos and numbers)', 'not set'],
    ]);
    // Chrome cannot rebind from code: no editable field.
    expect(queryField(view, 'Shortcut for Open the ReturnDesk panel')).toBeUndefined();
    await click(button(view, "Change in Chrome's shortcut page"));
    expect(create).toHaveBeenCalledWith({ url: 'chrome://extensions/shortcuts' });
  });
});
