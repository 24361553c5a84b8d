/**
 * Key chords ("Alt+1", "Ctrl+Shift+U") as the agent writes them and as keyboard events produce them, in one
 * normal form, so bindings, conflicts and the shortcut help all compare the same strings. Parsing never throws:
 * a key map parses into bindings plus a list of errors (Vimium's approach), so one bad line does not lose the rest.
 */

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
    'Comma', 'Period', 'Space', 'Enter', 'Escape', 'Tab', 'Backspace', 'Delete', 'Home', 'End', 'PageUp', 'PageDown',
    'ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Insert', 'Slash', 'Semicolon',
    ...Array.from({ length: 12 }, (_, index) => `F${index + 1}`),
  ].map((name) => [name.toLowerCase(), name]),
);
const KEY_ALIASES: Record<string, string> = { ',': 'Comma', '.': 'Period', '/': 'Slash', ';': 'Semicolon', esc: 'Escape', up: 'ArrowUp', down: 'ArrowDown', left: 'ArrowLeft', right: 'ArrowRight', del: 'Delete', return: 'Enter' };

/** "Ctrl+Alt+Shift+Meta+Key": modifiers always in this order. */
export function formatChord(chord: Chord): string {
  return [chord.ctrl && 'Ctrl', chord.alt && 'Alt', chord.shift && 'Shift', chord.meta && 'Meta', chord.key]
    .filter(Boolean)
    .join('+');
}

function normaliseKey(raw: string): string | null {
  if (/^[a-z0-9]$/i.test(raw)) return raw.toUpperCase();
  const alias = KEY_ALIASES[raw.toLowerCase()];
  if (alias) return alias;
  return NAMED_KEYS.get(raw.toLowerCase()) ?? null;
}

export function parseChord(text: string): ChordParse {
  const trimmed = text.trim();
  if (!trimmed) return { ok: false, error: 'empty shortcut' };
  // "Ctrl++" would mean the plus key; it is not offered, so a trailing "+" is an error.
  const parts = trimmed.split('+').map((part) => part.trim());
  if (parts.some((part) => part === '')) return { ok: false, error: `"${trimmed}" has an empty part (a stray "+")` };
  const chord: Chord = { ctrl: false, alt: false, shift: false, meta: false, key: '' };
  for (const [index, part] of parts.entries()) {
    const modifier = MODIFIER_ALIASES[part.toLowerCase()];
    const isLast = index === parts.length - 1;
    if (modifier && !isLast) {
      if (chord[modifier]) return { ok: false, error: `"${trimmed}" repeats ${part}` };
      chord[modifier] = true;
      continue;
    }
    if (!isLast) return { ok: false, error: `"${part}" is not a modifier (Ctrl, Alt, Shift, Meta)` };
    if (modifier) return { ok: false, error: `"${trimmed}" has no key after its modifiers` };
    const key = normaliseKey(part);
    if (!key) return { ok: false, error: `"${part}" is not a key ReturnDesk can bind` };
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

/** Chords the browsers or the platform keep for themselves, with the reason shown to the agent. */
export const RESERVED_CHORDS: ReadonlyMap<string, string> = new Map([
  ['Ctrl+Shift+Y', 'opens the Downloads window in Firefox'],
  ['Ctrl+T', 'opens a new tab'],
  ['Ctrl+W', 'closes the tab'],
  ['Ctrl+N', 'opens a new window'],
  ['Ctrl+Shift+T', 'reopens the last closed tab'],
  ['Ctrl+Shift+N', 'opens a private window'],
  ['Ctrl+Tab', 'switches tabs'],
  ['Ctrl+L', 'focuses the address bar'],
  ['Ctrl+R', 'reloads the page'],
  ['Ctrl+F', 'finds in the page'],
  ['Ctrl+Z', 'undoes typing in the composer'],
  ['Ctrl+Enter', 'sends the message on many platforms'],
  ['Escape', 'closes dialogs and menus'],
]);

export interface KeyMapEntry {
  command: string;
  chord: string;
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
      errors.push({ command, chord, message: `${parsed.text} would fire while typing: add Ctrl or Alt` });
      continue;
    }
    const taken = bindings.get(parsed.text);
    if (taken) {
      errors.push({ command, chord, message: `${parsed.text} is already bound to "${taken}"` });
      continue;
    }
    bindings.set(parsed.text, command);
  }
  return { bindings, errors };
}
