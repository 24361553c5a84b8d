import { chordFromEvent } from './chords';
import { HELP_KEY } from './commands';

/**
 * What one keydown on the platform page (or in the panel) means. Pure, so the content script, the panel and the
 * tests share the same rules:
 * - while an input method composes (Japanese, Chinese, dead keys…), every key belongs to it;
 * - inside fields other than the composer (the platform's search, a form), the page keeps its keys;
 * - bound chords run in the composer and on the page (they all carry Ctrl, Alt or Meta, so typing never fires them);
 * - `?` shows the help only outside the composer, where it is not text being typed.
 */

export interface KeydownLike {
  key: string;
  code?: string;
  ctrlKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
  metaKey: boolean;
  isComposing?: boolean;
  /** Deprecated, but 229 is still the only sign of composition some browsers give on the first key. */
  keyCode?: number;
}

export type KeyTarget = 'composer' | 'other-field' | 'page';

export type KeydownAction<Binding> = { kind: 'ignore' } | { kind: 'run'; chord: string; binding: Binding } | { kind: 'help' };

const IME_PROCESS_KEY = 229;

export function classifyKeydown<Binding>(
  event: KeydownLike,
  target: KeyTarget,
  bindings: ReadonlyMap<string, Binding>,
): KeydownAction<Binding> {
  if (event.isComposing || event.keyCode === IME_PROCESS_KEY) return { kind: 'ignore' };
  if (target === 'other-field') return { kind: 'ignore' };
  if (event.key === HELP_KEY && !event.ctrlKey && !event.altKey && !event.metaKey) {
    return target === 'page' ? { kind: 'help' } : { kind: 'ignore' };
  }
  const chord = chordFromEvent(event);
  if (chord === null) return { kind: 'ignore' };
  const binding = bindings.get(chord);
  return binding === undefined ? { kind: 'ignore' } : { kind: 'run', chord, binding };
}

const NON_TEXT_INPUTS = new Set(['button', 'checkbox', 'radio', 'range', 'color', 'file', 'image', 'reset', 'submit', 'hidden']);

/** Whether keys typed into this element are text (or choices) the page owns. */
export function isEditableElement(element: Element): boolean {
  const tag = element.tagName.toLowerCase();
  if (tag === 'textarea' || tag === 'select') return true;
  if (tag === 'input') return !NON_TEXT_INPUTS.has((element.getAttribute('type') ?? 'text').toLowerCase());
  const editable = element.closest('[contenteditable]');
  if (editable && editable.getAttribute('contenteditable')?.toLowerCase() !== 'false') return true;
  return element.closest('[role="textbox"], [role="searchbox"], [role="combobox"]') !== null;
}

/**
 * Where a key was pressed. Pass the real target (`event.composedPath()[0]`, which sees into shadow roots) and
 * the composer element the site adapter found (or null).
 */
export function keyTargetOf(target: Element | null, composer: Element | null): KeyTarget {
  if (!target) return 'page';
  if (composer && (composer === target || composer.contains(target))) return 'composer';
  return isEditableElement(target) ? 'other-field' : 'page';
}
