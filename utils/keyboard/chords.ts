/**
 * Key chords ("Alt+1", "Ctrl+Shift+U") as the agent writes them and as keyboard events produce them, in one
 * normal form, so bindings, conflicts and the shortcut help all compare the same strings. Parsing never throws:
 * a key map parses into bindings plus a list of errors (Vimium's approach), so one bad line does not lose the rest.
 */

import { t } from '../i18n/translate';

export interface Chord {
  ctrl: boolean;
  alt: boolean;
  shift: boolean;
  meta: boolean;
  /** Upper-case letter or digit, or a named key: F1-F12, Comma, Period, Space, Enter, Escape, ArrowUp... */
  key: string;
}

export type ChordParse = { ok: true; chord: Chord; text: string } | { ok: false; error: string };

const MODIFIER_ALIASES: Record<string, keyof Omit<Chord, 'key'>> = {
  ctrl: 'ctrl',
  control: 'ctrl',
  alt: 'alt',
  option: 'alt',
  shift: 'shift',
  meta: 'meta',
  cmd: 'meta',
  command: 'meta',
};

const NAMED_KEYS = new Map(
  [
    'Comma',
    'Period',
    'Space',
    'Enter',
    'Escape',
    'Tab',
    'Backspace',
    'Delete',
    'Home',
    'End',
    'PageUp',
    'PageDown',
    'ArrowUp',
    'ArrowDown',
    'ArrowLeft',
    'ArrowRight',
    'Insert',
    'Slash',
    'Semicolon',
    ...Array.from({ length: 12 }, (_, index) => `F${index + 1}`),
  ].map((name) => [name.toLowerCase(), name]),
);
const KEY_ALIASES: Record<string, string> = {
  ',': 'Comma',
  '.': 'Period',
  '/': 'Slash',
  ';': 'Semicolon',
  esc: 'Escape',
  up: 'ArrowUp',
  down: 'ArrowDown',
  left: 'ArrowLeft',
  right: 'ArrowRight',
  del: 'Delete',
  return: 'Enter',
};

/** "Ctrl+Alt+Shift+Meta+Key": modifiers always in this order. */
export function formatChord(chord: Chord): string {
  return [chord.ctrl && 'Ctrl', chord.alt && 'Alt', chord.shift && 'Shift', chord.meta && 'Meta', chord.key].filter(Boolean).join('+');
}

function normaliseKey(raw: string): string | null {
  if (/^[a-z0-9]$/i.test(raw)) return raw.toUpperCase();
  const alias = KEY_ALIASES[raw.toLowerCase()];
  if (alias) return alias;
  return NAMED_KEYS.get(raw.toLowerCase()) ?? null;
}

export function parseChord(text: string): ChordParse {
  const trimmed = text.trim();
  if (!trimmed) return { ok: false, error: t('chord.empty') };
  // "Ctrl++" would mean the plus key; it is not offered, so a trailing "+" is an error.
  const parts = trimmed.split('+').map((part) => part.trim());
  if (parts.some((part) => part === '')) return { ok: false, error: t('chord.emptyPart', { chord: trimmed }) };
  const chord: Chord = { ctrl: false, alt: false, shift: false, meta: false, key: '' };
  for (const [index, part] of parts.entries()) {
    const modifier = MODIFIER_ALIASES[part.toLowerCase()];
    const isLast = index === parts.length - 1;
    if (modifier && !isLast) {
      if (chord[modifier]) return { ok: false, error: t('chord.repeats', { chord: trimmed, modifier: part }) };
      chord[modifier] = true;
      continue;
    }
    if (!isLast) return { ok: false, error: t('chord.notModifier', { part }) };
    if (modifier) return { ok: false, error: t('chord.noKey', { chord: trimmed }) };
    const key = normaliseKey(part);
    if (!key) return { ok: false, error: t('chord.notKey', { part }) };
    chord.key = key;
  }
  return { ok: true, chord, text: formatChord(chord) };
}

/** What a keydown event means as a chord; null for lone modifiers and keys we never bind. */
export function chordFromEvent(event: {
  key: string;
  code?: string;
  ctrlKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
  metaKey: boolean;
}): string | null {
  // event.code keeps Alt+1 as Digit1 on layouts where Alt changes the character (macOS, AltGr layouts).
  const fromCode = event.code?.match(/^(?:Key([A-Z])|Digit(\d))$/);
  const raw = fromCode ? (fromCode[1] ?? fromCode[2])! : event.key;
  const key = normaliseKey(raw);
  if (!key) return null;
  return formatChord({ ctrl: event.ctrlKey, alt: event.altKey, shift: event.shiftKey, meta: event.metaKey, key });
}

/**
 * Chords the browsers, the desktop or the platform keep for themselves, with the reason shown to the agent. Checked
 * for page chords (macros) and for the browser shortcuts we suggest, so a default can never shadow one of these.
 *
 * Deliberately absent: Alt+1…Alt+8 (Chrome and Firefox on Linux switch tabs with them, but a page that handles the
 * key first keeps it, and the issue asks for Alt+digit macros), and Ctrl+K / Ctrl+E (the browsers' search box;
 * pages commonly take Ctrl+K for a command palette, as the panel does).
 */
export const RESERVED_CHORDS: ReadonlyMap<string, string> = new Map([
  // Both browsers: tabs and windows.
  ['Ctrl+T', 'opens a new tab'],
  ['Ctrl+W', 'closes the tab'],
  ['Ctrl+N', 'opens a new window'],
  ['Ctrl+Shift+T', 'reopens the last closed tab'],
  ['Ctrl+Shift+N', 'opens a private window'],
  ['Ctrl+Shift+W', 'closes the window'],
  ['Ctrl+Shift+Q', 'quits Chrome'],
  ['Ctrl+Q', 'quits Firefox'],
  ['Ctrl+Tab', 'switches tabs'],
  ['Ctrl+Shift+Tab', 'switches tabs'],
  ['Ctrl+PageUp', 'switches tabs'],
  ['Ctrl+PageDown', 'switches tabs'],
  ['Ctrl+Shift+PageUp', 'moves the tab'],
  ['Ctrl+Shift+PageDown', 'moves the tab'],
  ...Array.from({ length: 9 }, (_, index) => [`Ctrl+${index + 1}`, 'switches to a tab by its position'] as [string, string]),
  // Both browsers: the page, the address bar, navigation.
  ['Ctrl+L', 'focuses the address bar'],
  ['Alt+D', 'focuses the address bar'],
  ['F6', 'focuses the address bar'],
  ['Ctrl+R', 'reloads the page'],
  ['Ctrl+Shift+R', 'reloads the page without the cache'],
  ['F5', 'reloads the page'],
  ['Ctrl+F', 'finds in the page'],
  ['Ctrl+G', 'finds the next match'],
  ['F3', 'finds the next match'],
  ['Ctrl+P', 'prints the page'],
  ['Ctrl+S', 'saves the page'],
  ['Ctrl+O', 'opens a file'],
  ['Ctrl+U', 'shows the page source'],
  ['Ctrl+D', 'bookmarks the page'],
  ['Ctrl+H', 'shows the history'],
  ['Ctrl+J', 'shows the downloads in Chrome'],
  ['Ctrl+Shift+B', 'shows or hides the bookmarks bar'],
  ['Ctrl+Shift+O', 'opens the bookmarks manager'],
  ['Ctrl+Shift+Delete', 'clears the browsing data'],
  ['Alt+ArrowLeft', 'goes back'],
  ['Alt+ArrowRight', 'goes forward'],
  ['Alt+Home', 'opens the home page'],
  ['F1', 'opens the browser help'],
  ['F7', 'turns on caret browsing'],
  ['F11', 'toggles full screen'],
  ['F12', 'opens the developer tools'],
  ['Ctrl+Shift+I', 'opens the developer tools'],
  ['Ctrl+Shift+J', 'opens the browser console'],
  ['Ctrl+Shift+C', 'opens the element inspector'],
  // Chrome.
  ['Alt+F', 'opens the Chrome menu (and the File menu in Firefox)'],
  ['Alt+E', 'opens the Chrome menu (and the Edit menu in Firefox)'],
  ['Alt+Shift+I', 'opens the feedback form in Chrome'],
  // Chromium 14x refuses these as extension shortcuts (found by installing a manifest that suggests them).
  ['Alt+Shift+R', 'is kept by Chrome (it refuses it as an extension shortcut)'],
  ['Alt+Shift+C', 'is kept by Chrome (it refuses it as an extension shortcut)'],
  ['Alt+Shift+N', 'is kept by Chrome (it refuses it as an extension shortcut)'],
  ['Alt+Shift+P', 'is kept by Chrome (it refuses it as an extension shortcut)'],
  // Firefox on Linux opens its Edit menu (menu access key E) and never delivers the shortcut.
  ['Alt+Shift+E', 'opens the Edit menu in Firefox on Linux'],
  ['Alt+Shift+T', 'moves the focus to the toolbar in Chrome'],
  ['Alt+Shift+B', 'moves the focus to the bookmarks bar in Chrome'],
  ['Alt+Shift+A', 'moves the focus to inactive popups (accessibility) in Chrome'],
  ['Ctrl+Shift+M', 'switches the Chrome profile (and opens responsive design mode in Firefox)'],
  // Firefox.
  ['Ctrl+Shift+Y', 'opens the Downloads window in Firefox'],
  ['Ctrl+Shift+P', 'opens a private window in Firefox'],
  ['Ctrl+Shift+H', 'opens the history library in Firefox'],
  ['Ctrl+Shift+A', 'opens the add-ons manager in Firefox'],
  ['Ctrl+Shift+K', 'opens the web console in Firefox'],
  ['Ctrl+Shift+E', 'opens the network monitor in Firefox'],
  ['Ctrl+Shift+S', 'takes a screenshot in Firefox'],
  ['Ctrl+Shift+D', 'bookmarks all tabs in Firefox'],
  ['Ctrl+B', 'opens the bookmarks sidebar in Firefox'],
  ['Ctrl+I', 'shows the page info in Firefox'],
  ['Alt+V', 'opens the View menu in Firefox'],
  ['Alt+S', 'opens the History menu in Firefox'],
  ['Alt+B', 'opens the Bookmarks menu in Firefox'],
  ['Alt+T', 'opens the Tools menu in Firefox'],
  ['Alt+H', 'opens the Help menu in Firefox'],
  // The desktop.
  ['Alt+Tab', 'switches windows'],
  ['Alt+F4', 'closes the window'],
  ['Alt+Space', 'opens the window menu'],
  ['Ctrl+Space', 'switches the input language on many systems'],
  // Editing in the composer and the platform.
  ['Ctrl+Z', 'undoes typing in the composer'],
  ['Ctrl+Y', 'redoes typing'],
  ['Ctrl+Shift+Z', 'redoes typing'],
  ['Ctrl+A', 'selects all'],
  ['Ctrl+C', 'copies'],
  ['Ctrl+X', 'cuts'],
  ['Ctrl+V', 'pastes'],
  ['Ctrl+Shift+V', 'pastes as plain text'],
  ['Ctrl+Backspace', 'deletes the previous word'],
  ['Ctrl+Delete', 'deletes the next word'],
  ['Ctrl+ArrowLeft', 'moves the cursor by a word'],
  ['Ctrl+ArrowRight', 'moves the cursor by a word'],
  ['Ctrl+Home', 'moves the cursor to the start'],
  ['Ctrl+End', 'moves the cursor to the end'],
  ['Ctrl+Enter', 'sends the message on many platforms'],
  ['Escape', 'closes dialogs and menus'],
]);

export interface KeyMapEntry {
  command: string;
  chord: string;
  /** How error messages name this entry when another one takes its chord (default: the command id). */
  label?: string;
}

export interface KeyMapError {
  command: string;
  chord: string;
  message: string;
}

/**
 * Parses a key map: valid, unique, unreserved chords become bindings (chord text → command); every other entry
 * becomes an error naming the command and why, and is left out.
 */
export function parseKeyMap(
  entries: readonly KeyMapEntry[],
  reserved: ReadonlyMap<string, string> = RESERVED_CHORDS,
): { bindings: Map<string, string>; errors: KeyMapError[] } {
  const bindings = new Map<string, string>();
  const labels = new Map(entries.map((entry) => [entry.command, entry.label ?? entry.command]));
  const errors: KeyMapError[] = [];
  for (const { command, chord } of entries) {
    const parsed = parseChord(chord);
    if (!parsed.ok) {
      errors.push({ command, chord, message: parsed.error });
      continue;
    }
    const reason = reserved.get(parsed.text);
    if (reason) {
      errors.push({ command, chord, message: `${parsed.text} ${reason}` });
      continue;
    }
    if (!parsed.chord.ctrl && !parsed.chord.alt && !parsed.chord.meta && !/^F\d+$/.test(parsed.chord.key)) {
      errors.push({ command, chord, message: t('chord.firesWhileTyping', { chord: parsed.text }) });
      continue;
    }
    const taken = bindings.get(parsed.text);
    if (taken) {
      errors.push({ command, chord, message: t('chord.alreadyBound', { chord: parsed.text, label: labels.get(taken) ?? taken }) });
      continue;
    }
    bindings.set(parsed.text, command);
  }
  return { bindings, errors };
}
