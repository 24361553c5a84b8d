import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { StatusMessage } from '@/components/status-message';
import type { ReturnDeskDatabase } from '@/utils/db';
import { parseChord, RESERVED_CHORDS } from '@/utils/keyboard/chords';
import { commandIdForManifestName, COMMANDS, getCommand } from '@/utils/keyboard/commands';
import { buildPageKeyMap, describeKeyMapError, type ManifestChord, type PageKeyMapError } from '@/utils/keyboard/keymap';
import { announceLibraryChange, watchLibraryChanges } from '@/utils/templates/library-store';
import { announceMacroChange, loadMacros, watchMacroChanges } from '@/utils/macros/store';
import type { LibraryMacro } from '@/utils/macros/library';
import { ChordInput } from './chord-input';
import { optionsDatabase } from './options-database';
import { keyboardConfigChangedItem } from '@/utils/extension/storage-items';
import './macros-editor.css';
import { commandText, macroText, t } from '@/utils/i18n/translate';

export type BrowserKind = 'chrome' | 'firefox';

/** The browser this build is for. */
export const buildBrowser = (): BrowserKind => (import.meta.env.CHROME ? 'chrome' : 'firefox');

export const isMacPlatform = () => typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);

/** A manifest command as the browser reports it; `shortcut` is '' when none is set. */
export interface BrowserCommand {
  name: string;
  description: string;
  shortcut: string;
}

/** Firefox-only `commands` functions that WXT's (Chrome-based) browser types do not declare. */
interface FirefoxCommands {
  update(detail: { name: string; shortcut?: string; description?: string }): Promise<void>;
  reset(name: string): Promise<void>;
}

function firefoxCommands(): FirefoxCommands | undefined {
  const commands = (browser as unknown as { commands?: Partial<FirefoxCommands> }).commands;
  return commands?.update && commands.reset ? (commands as FirefoxCommands) : undefined;
}

export async function loadBrowserCommands(): Promise<BrowserCommand[]> {
  const all = (await browser.commands?.getAll?.()) ?? [];
  return all
    .filter((command): command is typeof command & { name: string } => typeof command.name === 'string')
    .map((command) => ({ name: command.name, description: command.description ?? '', shortcut: command.shortcut ?? '' }));
}

// Firefox's shortcut grammar (ShortcutUtils.validate): one primary modifier (Ctrl, Alt, Command, MacCtrl), at most
// one more (Shift or another primary), and one of these keys; a function key may stand alone.
const FIREFOX_KEYS = new Set([
  ...Array.from('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'),
  'Comma',
  'Period',
  'Home',
  'End',
  'PageUp',
  'PageDown',
  'Space',
  'Insert',
  'Delete',
  'Up',
  'Down',
  'Left',
  'Right',
]);
const FIREFOX_ARROWS: Record<string, string> = { ArrowUp: 'Up', ArrowDown: 'Down', ArrowLeft: 'Left', ArrowRight: 'Right' };
const isFunctionKey = (key: string) => /^F(?:[1-9]|1[0-2])$/.test(key);

export type FirefoxShortcut = { ok: true; shortcut: string; chord: string } | { ok: false; error: string };

/**
 * A chord in ReturnDesk's normal form as Firefox's `commands.update` wants it ("Alt+Shift+R"). Firefox's "Ctrl" is
 * the platform's main modifier (Command on a Mac): on a Mac, Control is "MacCtrl" and Command is "Command"; elsewhere
 * the Windows/Super key cannot be used.
 */
export function firefoxShortcut(text: string, { mac }: { mac: boolean }): FirefoxShortcut {
  const parsed = parseChord(text);
  if (!parsed.ok) return { ok: false, error: parsed.error };
  const { chord } = parsed;
  if (chord.meta && !mac) return { ok: false, error: `${parsed.text}: Firefox cannot use the Windows/Super key in a shortcut` };
  const key = FIREFOX_ARROWS[chord.key] ?? chord.key;
  if (!FIREFOX_KEYS.has(key) && !isFunctionKey(key)) {
    return {
      ok: false,
      error: `${parsed.text}: Firefox shortcuts cannot use the ${chord.key} key (letters, digits, F1-F12, arrows, Comma, Period, Space, Home, End, PageUp, PageDown, Insert, Delete)`,
    };
  }
  const modifiers = [chord.ctrl && (mac ? 'MacCtrl' : 'Ctrl'), chord.meta && 'Command', chord.alt && 'Alt', chord.shift && 'Shift'].filter(
    (modifier): modifier is string => Boolean(modifier),
  );
  if (modifiers.length > 2) return { ok: false, error: `${parsed.text}: Firefox shortcuts take at most two modifiers` };
  if (!isFunctionKey(key) && !chord.ctrl && !chord.alt && !chord.meta) {
    return { ok: false, error: `${parsed.text}: add Ctrl or Alt (only F1-F12 work without them)` };
  }
  return { ok: true, shortcut: [...modifiers, key].join('+'), chord: parsed.text };
}

/** A shortcut string from `commands.getAll()` in ReturnDesk's normal form, to compare with other chords. */
export function chordOfBrowserShortcut(shortcut: string, { mac }: { mac: boolean }): string | null {
  if (!shortcut.trim()) return null;
  const translated = shortcut
    .split('+')
    .map((part) => {
      const name = part.trim();
      if (name === 'MacCtrl') return 'Ctrl';
      // Firefox's "Command" is the main modifier: Command on a Mac, Ctrl elsewhere.
      if (name === 'Command') return mac ? 'Meta' : 'Ctrl';
      return name;
    })
    .join('+');
  const parsed = parseChord(translated);
  return parsed.ok ? parsed.text : null;
}

/** An in-page chord already taken, so a browser shortcut on the same keys would swallow it. */
export interface TakenChord {
  chord: string;
  label: string;
}

/**
 * Everything wrong with `text` as the browser shortcut of `name`: malformed for Firefox, reserved by the browser or
 * the platform, the shortcut of another command, or an in-page chord. An empty `text` means "no shortcut".
 */
export function checkBrowserShortcut(
  text: string,
  context: { name: string; commands: readonly BrowserCommand[]; pageChords: readonly TakenChord[]; mac: boolean },
): { ok: true; shortcut: string } | { ok: false; errors: string[] } {
  if (!text.trim()) return { ok: true, shortcut: '' };
  const converted = firefoxShortcut(text, context);
  if (!converted.ok) return { ok: false, errors: [converted.error] };
  const errors: string[] = [];
  const reason = RESERVED_CHORDS.get(converted.chord);
  if (reason) errors.push(`${converted.chord} ${reason}: choose another`);
  for (const other of context.commands) {
    if (other.name === context.name) continue;
    if (chordOfBrowserShortcut(other.shortcut, context) === converted.chord) {
      errors.push(t('shortcuts.alreadyCommand', { chord: converted.chord, label: commandLabel(other) }));
    }
  }
  for (const taken of context.pageChords) {
    if (taken.chord === converted.chord) errors.push(t('shortcuts.alreadyInPage', { chord: converted.chord, label: taken.label }));
  }
  return errors.length ? { ok: false, errors } : { ok: true, shortcut: converted.shortcut };
}

/** The registry's title for a manifest command (Chrome reports no description for `_execute_action`). */
export function commandLabel(command: BrowserCommand): string {
  const id = commandIdForManifestName(command.name);
  const known = id ? getCommand(id) : undefined;
  return (known && commandText(known.id, 'title', known.title)) || command.description || command.name;
}

/** The browser shortcuts as the key map wants them: in normal form, named, unset ones left out. */
export function manifestChordsOf(commands: readonly BrowserCommand[], { mac }: { mac: boolean }): ManifestChord[] {
  return commands.flatMap((command) => {
    const chord = chordOfBrowserShortcut(command.shortcut, { mac });
    return chord ? [{ name: commandLabel(command), chord }] : [];
  });
}

/** Tells other extension pages (panel) and open platform tabs (content scripts watch the storage key) to reload. */
export async function announceKeyboardChange(): Promise<void> {
  announceLibraryChange();
  announceMacroChange();
  await keyboardConfigChangedItem.set(Date.now());
}

/**
 * The keyboard shortcuts: the browser's own (manifest commands; rebound in Chrome's shortcut page, or here in
 * Firefox with `commands.update`) and the in-page chords of macros, with every conflict the key map reports.
 */
export function ShortcutsSection({
  browserKind = buildBrowser(),
  mac = isMacPlatform(),
  db,
}: {
  browserKind?: BrowserKind;
  mac?: boolean;
  db?: ReturnDeskDatabase;
}) {
  const [commands, setCommands] = useState<BrowserCommand[] | null>(null);
  const [message, setMessage] = useState<{ tone: 'info' | 'error'; text: string } | null>(null);
  const page = usePageChords(db ?? optionsDatabase(), commands, mac);

  const reload = async () => {
    try {
      setCommands(await loadBrowserCommands());
    } catch (error) {
      setCommands([]);
      setMessage({ tone: 'error', text: t('shortcuts.notListed', { error: String(error) }) });
    }
  };
  useEffect(() => {
    void reload();
  }, []);

  const openChromeShortcuts = () => {
    // chrome:// pages cannot be opened by a link from an extension page, only by the tabs API.
    browser.tabs.create({ url: 'chrome://extensions/shortcuts' }).catch((error: unknown) => {
      setMessage({ tone: 'error', text: t('shortcuts.chromePageFailed', { error: String(error) }) });
    });
  };

  const changed = async (text: string) => {
    await reload();
    await announceKeyboardChange().catch(() => undefined);
    setMessage({ tone: 'info', text });
  };

  return (
    <section aria-labelledby="shortcuts-heading" class="shortcuts-section">
      <h2 id="shortcuts-heading">{t('shortcuts.title')}</h2>
      {message && <StatusMessage tone={message.tone}>{message.text}</StatusMessage>}
      <h3>{t('shortcuts.browser')}</h3>
      <p class="hint">{t('shortcuts.browserHint')}</p>
      {commands === null ? (
        <p class="hint">{t('shortcuts.loading')}</p>
      ) : commands.length === 0 ? (
        <p class="hint">{t('shortcuts.none')}</p>
      ) : browserKind === 'chrome' ? (
        <>
          <table class="shortcuts-table">
            <thead>
              <tr>
                <th scope="col">{t('shortcuts.action')}</th>
                <th scope="col">{t('shortcuts.shortcut')}</th>
              </tr>
            </thead>
            <tbody>
              {commands.map((command) => (
                <tr key={command.name}>
                  <td>{commandLabel(command)}</td>
                  <td>{command.shortcut ? <kbd>{command.shortcut}</kbd> : <span class="hint">{t('help.notSet')}</span>}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <div class="row">
            <button type="button" onClick={openChromeShortcuts}>
              {t('shortcuts.chromePage')}
            </button>
          </div>
        </>
      ) : (
        <ul class="shortcuts-list" aria-label={t('shortcuts.browser')}>
          {commands.map((command) => (
            <FirefoxShortcutRow
              key={`${command.name}:${command.shortcut}`}
              command={command}
              commands={commands}
              pageChords={page.taken}
              mac={mac}
              onChanged={(text) => void changed(text)}
            />
          ))}
        </ul>
      )}
      <PageChordList page={page} />
    </section>
  );
}

function FirefoxShortcutRow({
  command,
  commands,
  pageChords,
  mac,
  onChanged,
}: {
  command: BrowserCommand;
  commands: readonly BrowserCommand[];
  pageChords: readonly TakenChord[];
  mac: boolean;
  onChanged: (message: string) => void;
}) {
  const current = chordOfBrowserShortcut(command.shortcut, { mac }) ?? command.shortcut;
  const [text, setText] = useState(current);
  const [errors, setErrors] = useState<string[]>([]);
  const id = `shortcut-${command.name.replace(/[^a-z0-9-]/gi, '-')}`;
  const label = commandLabel(command);

  const validate = (candidate: string) => checkBrowserShortcut(candidate, { name: command.name, commands, pageChords, mac });

  const edit = (candidate: string) => {
    setText(candidate);
    const checked = validate(candidate);
    setErrors(checked.ok ? [] : checked.errors);
  };

  const save = async () => {
    const checked = validate(text);
    if (!checked.ok) {
      setErrors(checked.errors);
      return;
    }
    const api = firefoxCommands();
    if (!api) {
      setErrors([t('shortcuts.cannotChangeHere')]);
      return;
    }
    try {
      await api.update({ name: command.name, shortcut: checked.shortcut });
      setErrors([]);
      onChanged(checked.shortcut ? t('shortcuts.changed', { label, shortcut: checked.shortcut }) : t('shortcuts.cleared', { label }));
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      setErrors([
        checked.shortcut
          ? t('shortcuts.firefoxRefused', { shortcut: checked.shortcut, error: reason })
          : t('shortcuts.firefoxRefusedChange', { error: reason }),
      ]);
    }
  };

  const reset = async () => {
    const api = firefoxCommands();
    if (!api) return;
    try {
      await api.reset(command.name);
      setErrors([]);
      onChanged(t('shortcuts.resetDone', { label }));
    } catch (error) {
      setErrors([t('shortcuts.resetFailed', { error: error instanceof Error ? error.message : String(error) })]);
    }
  };

  const errorId = `${id}-errors`;
  return (
    <li class="shortcut-row">
      <form
        class="row"
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <ChordInput
          id={id}
          label={t('shortcuts.for', { action: label })}
          value={text}
          onChange={edit}
          errorId={errorId}
          invalid={errors.length > 0}
        />
        <span class="hint">
          {t('shortcuts.now')} {command.shortcut ? <kbd>{command.shortcut}</kbd> : t('help.notSet')}
        </span>
        <button type="submit" aria-label={t('shortcuts.saveFor', { action: label })}>
          {t('common.save')}
        </button>
        <button type="button" aria-label={t('shortcuts.resetFor', { action: label })} onClick={() => void reset()}>
          {t('shortcuts.reset')}
        </button>
      </form>
      <div role="alert">
        <ul id={errorId} class={errors.length ? 'errors' : 'visually-hidden'}>
          {errors.map((error) => (
            <li key={error}>{error}</li>
          ))}
        </ul>
      </div>
    </li>
  );
}

interface PageChords {
  macros: LibraryMacro[];
  errors: PageKeyMapError[];
  /** Chords macros hold on the page, for the browser-shortcut check. */
  taken: TakenChord[];
  loadError: string | null;
}

/** The macros' page chords and every key-map conflict, kept current as macros or browser shortcuts change. */
function usePageChords(db: ReturnDeskDatabase, commands: readonly BrowserCommand[] | null, mac: boolean): PageChords {
  const [macros, setMacros] = useState<LibraryMacro[]>([]);
  const [loadError, setLoadError] = useState<string | null>(null);
  useEffect(() => {
    const reload = () =>
      void loadMacros(db).then(
        (loaded) => {
          setMacros(loaded.macros);
          setLoadError(loaded.unreadable > 0 ? t('macros.unreadable', { count: loaded.unreadable }) : null);
        },
        (error: unknown) => setLoadError(t('macros.loadFailed', { error: String(error) })),
      );
    reload();
    const stopMacros = watchMacroChanges(reload);
    const stopLibrary = watchLibraryChanges(reload);
    return () => {
      stopMacros();
      stopLibrary();
    };
  }, [db]);
  const { errors } = buildPageKeyMap({ macros, manifestChords: manifestChordsOf(commands ?? [], { mac }) });
  const taken = macros.flatMap((macro) => {
    const parsed = macro.chord ? parseChord(macro.chord) : null;
    return parsed?.ok ? [{ chord: parsed.text, label: t('shortcuts.takenByMacro', { name: macro.name }) }] : [];
  });
  return { macros, errors, taken, loadError };
}

function PageChordList({ page }: { page: PageChords }) {
  const bound = page.macros.filter((macro) => macro.chord);
  const fixed = COMMANDS.filter((command) => command.panelChord || command.pageChord);
  return (
    <>
      <h3>{t('shortcuts.pageTitle')}</h3>
      <p class="hint">{t('shortcuts.pageHint')}</p>
      {page.loadError && <p class="errors">{page.loadError}</p>}
      <table class="shortcuts-table" aria-label={t('shortcuts.inPage')}>
        <thead>
          <tr>
            <th scope="col">{t('shortcuts.action')}</th>
            <th scope="col">{t('shortcuts.keys')}</th>
            <th scope="col">{t('shortcuts.where')}</th>
          </tr>
        </thead>
        <tbody>
          {bound.map((macro) => (
            <tr key={`macro:${macro.id}`}>
              <td>
                {macroText(macro.id, 'name', macro.name)}{' '}
                <span class="hint">{macro.builtin ? t('shortcuts.builtinMacro') : t('shortcuts.macro')}</span>
              </td>
              <td>
                <kbd>{macro.chord}</kbd>
              </td>
              <td>{t('help.place.page')}</td>
            </tr>
          ))}
          {fixed.map((command) => (
            <tr key={`command:${command.id}`}>
              <td>{commandText(command.id, 'title', command.title)}</td>
              <td>
                <kbd>{command.panelChord ?? command.pageChord}</kbd>
              </td>
              <td>
                {command.panelChord && command.pageChord
                  ? t('shortcuts.panelAndPage')
                  : command.panelChord
                    ? t('help.place.panel')
                    : t('help.place.page')}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {page.errors.length > 0 ? (
        <div>
          <p>{t('shortcuts.conflictsIntro')}</p>
          <ul class="errors" aria-label={t('shortcuts.conflicts')}>
            {page.errors.map((error) => (
              <li key={`${error.kind}:${error.command}:${error.chord}`}>{describeKeyMapError(error)}</li>
            ))}
          </ul>
        </div>
      ) : (
        <p class="hint">{t('shortcuts.noConflicts')}</p>
      )}
    </>
  );
}
