/**
 * Inserts text at the cursor of the platform's composer so that the page's framework sees it.
 *
 * `document.execCommand('insertText')` is used first: it goes through the browser's editing pipeline, so React,
 * Vue and ProseMirror receive their usual `beforeinput`/`input` events, the agent's draft is kept, and one Ctrl+Z
 * undoes the insertion. It is deprecated but has no replacement for this and works in Chrome and Firefox (89+).
 * Fallback for a plain textarea where execCommand is refused: splice the value through the native setter (so
 * React's value tracker notices) and dispatch `input`. Never the clipboard, never HTML.
 */

export type InsertResult =
  | { ok: true; method: 'execCommand' | 'value-setter' }
  | { ok: false; reason: 'missing' | 'read-only' | 'refused'; message: string };

type TextField = HTMLTextAreaElement | HTMLInputElement;

function isTextField(element: Element): element is TextField {
  return element instanceof HTMLTextAreaElement || (element instanceof HTMLInputElement && element.type === 'text');
}

export function isReadOnly(element: HTMLElement): boolean {
  if (isTextField(element)) return element.readOnly || element.disabled;
  return !element.isContentEditable;
}

/** Where the text goes when the composer has no cursor of its own yet: after the agent's draft. */
function placeCaretAtEndIfOutside(element: HTMLElement): void {
  const doc = element.ownerDocument;
  if (isTextField(element)) {
    if (doc.activeElement !== element) {
      const end = element.value.length;
      element.setSelectionRange(end, end);
    }
    return;
  }
  const selection = doc.getSelection();
  if (selection && selection.rangeCount > 0 && element.contains(selection.getRangeAt(0).startContainer)) return;
  const range = doc.createRange();
  range.selectNodeContents(element);
  range.collapse(false);
  selection?.removeAllRanges();
  selection?.addRange(range);
}

function setNativeValue(field: TextField, value: string): void {
  const prototype = field instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  const setter = Object.getOwnPropertyDescriptor(prototype, 'value')?.set;
  if (setter) setter.call(field, value);
  else field.value = value;
}

export interface InsertOptions {
  /**
   * Insert a rich editor's line breaks as paragraph commands. Firefox's insertText turns "\n" into <br>s that
   * ProseMirror reads back as nothing, so multi-line replies lost their paragraphs there; one insertText per line
   * with insertParagraph between keeps them (ProseMirror's history still undoes the whole reply in one step).
   */
  paragraphCommands?: boolean;
}

function execInsert(doc: Document, element: HTMLElement, text: string, options: InsertOptions): boolean {
  if (!options.paragraphCommands || isTextField(element) || !text.includes('\n')) {
    return doc.execCommand('insertText', false, text);
  }
  let ok = true;
  text.split('\n').forEach((line, index) => {
    if (index > 0) ok = doc.execCommand('insertParagraph', false) && ok;
    if (line) ok = doc.execCommand('insertText', false, line) && ok;
  });
  return ok;
}

export function insertTextAtCursor(element: HTMLElement | null, text: string, options: InsertOptions = {}): InsertResult {
  if (!element || !element.isConnected) {
    return { ok: false, reason: 'missing', message: 'The reply box is no longer on the page.' };
  }
  if (isReadOnly(element)) {
    return { ok: false, reason: 'read-only', message: 'The reply box is read-only (is the conversation closed?).' };
  }
  // Remember where the cursor was before focusing: focus() may move it.
  const hadFocus = element.ownerDocument.activeElement === element;
  element.focus();
  if (!hadFocus) placeCaretAtEndIfOutside(element);

  const before = isTextField(element) ? element.value : element.textContent;
  let inserted = false;
  try {
    inserted = execInsert(element.ownerDocument, element, text, options);
  } catch {
    inserted = false;
  }
  const after = isTextField(element) ? element.value : element.textContent;
  if (inserted && after !== before) return { ok: true, method: 'execCommand' };

  if (isTextField(element)) {
    const start = element.selectionStart ?? element.value.length;
    const end = element.selectionEnd ?? start;
    setNativeValue(element, element.value.slice(0, start) + text + element.value.slice(end));
    element.setSelectionRange(start + text.length, start + text.length);
    element.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }));
    return { ok: true, method: 'value-setter' };
  }
  return { ok: false, reason: 'refused', message: 'The reply box did not accept the text.' };
}
