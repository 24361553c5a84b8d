import { isTextField, type TextField } from './editable';
import { t } from '../i18n/translate';

/**
 * Inserts text at the cursor of the platform's composer so that the page's editor takes it into its own model,
 * keeps the agent's draft, and undoes it with one Ctrl+Z. Never the system clipboard, never HTML.
 *
 * - Text fields (React, Vue...): `document.execCommand('insertText')`, which goes through the browser's editing
 *   pipeline (the framework's `input` events, the field's undo). Where it changes nothing: splice the value through
 *   the native setter (so React's value tracker notices) and dispatch `input`.
 * - Rich editors (Quill, CKEditor 5, TinyMCE, Lexical, Draft.js, Slate...): a `paste` event carrying the text as
 *   text/plain. These editors keep their own model, and most of them do not read back what `execCommand` writes
 *   into their DOM (CKEditor and Slate re-render it away, Lexical and Draft.js scramble it); each reads a paste
 *   through its own clipboard code into its model, as one step of its own undo history, with the reply's
 *   paragraphs. A page that does not handle the paste (a bare contenteditable) gets `execCommand` instead.
 * - ProseMirror (and Tiptap): `execCommand`, which it reads back from the DOM; its plain-text paste would drop the
 *   reply's blank lines.
 *
 * Afterwards the composer is checked: it must hold its earlier text plus the reply. A composer that took nothing,
 * only part of the reply, or something else has that undone and is reported as `refused`: never half-filled.
 */

export type InsertMethod = 'execCommand' | 'value-setter' | 'paste';

export type InsertResult = { ok: true; method: InsertMethod } | { ok: false; reason: 'missing' | 'read-only' | 'refused'; message: string };

export function isReadOnly(element: HTMLElement): boolean {
  if (isTextField(element)) return element.readOnly || element.disabled;
  return !element.isContentEditable;
}

export interface InsertOptions {
  /**
   * Type a rich editor's line breaks as paragraph commands (where `execCommand` is used: ProseMirror, a bare
   * contenteditable). Firefox's insertText turns "\n" into <br>s that ProseMirror reads back as nothing; one
   * insertText per line with insertParagraph between keeps the paragraphs (its history still undoes the whole reply
   * in one step).
   */
  paragraphCommands?: boolean;
  /**
   * Resolves once the page's editor has had its turn: Lexical, Draft.js and Slate render a paste into the DOM only
   * after the event. Tests may pass their own.
   */
  settle?: (element: HTMLElement) => Promise<void>;
}

/** Editors whose plain-text paste loses the reply's blank lines, so they get the browser's editing commands. */
const PASTE_LOSES_BLANK_LINES = '.ProseMirror';

/** A function, not a constant: the message is in the language set after this module loads. */
const refused = (): InsertResult => ({ ok: false, reason: 'refused', message: t('pageReading.replyBoxRefused') });

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
  const view = field.ownerDocument.defaultView;
  const prototype = field.localName === 'textarea' ? view?.HTMLTextAreaElement.prototype : view?.HTMLInputElement.prototype;
  const setter = prototype && Object.getOwnPropertyDescriptor(prototype, 'value')?.set;
  if (setter) setter.call(field, value);
  else field.value = value;
}

/**
 * The composer's text as the agent reads it, without what carries no words (spaces, line and paragraph breaks,
 * the zero-width characters editors keep around the caret) and without the parts an editor marks as not editable
 * (placeholders, widgets). Editors lay out paragraphs differently; the words and their order are what must match.
 */
export function composerWords(element: HTMLElement): string {
  if (isTextField(element)) return squash(element.value);
  const doc = element.ownerDocument;
  const walker = doc.createTreeWalker(element, 0x5 /* SHOW_ELEMENT | SHOW_TEXT */, {
    acceptNode: (node) =>
      node.nodeType === 1 && (node as Element).getAttribute('contenteditable') === 'false' ? 2 /* FILTER_REJECT */ : 1,
  });
  let text = '';
  while (walker.nextNode()) if (walker.currentNode.nodeType === 3) text += (walker.currentNode as Text).data;
  return squash(text);
}

function squash(text: string): string {
  return text.replace(/[\s\u00a0\u200b-\u200d\u2060\ufeff]+/g, '');
}

/** The words the insertion replaces: the selected text, when the agent (or text expansion) selected some. */
function selectedWords(element: HTMLElement): string {
  if (isTextField(element)) {
    const { selectionStart, selectionEnd } = element;
    return selectionStart === null || selectionEnd === null ? '' : squash(element.value.slice(selectionStart, selectionEnd));
  }
  const selection = element.ownerDocument.getSelection();
  if (!selection || selection.rangeCount === 0 || !element.contains(selection.getRangeAt(0).commonAncestorContainer)) return '';
  return squash(selection.toString());
}

/** The composer holds its earlier words, less the selection, plus every word of the reply in order. */
function holdsReply(after: string, before: string, replaced: string, text: string): boolean {
  const reply = squash(text);
  return after.length === before.length - replaced.length + reply.length && after.includes(reply);
}

function execInsert(doc: Document, element: HTMLElement, text: string, options: InsertOptions): boolean {
  try {
    if (!options.paragraphCommands || isTextField(element) || !text.includes('\n')) {
      return doc.execCommand('insertText', false, text);
    }
    let ok = true;
    text.split('\n').forEach((line, index) => {
      if (index > 0) ok = doc.execCommand('insertParagraph', false) && ok;
      if (line) ok = doc.execCommand('insertText', false, line) && ok;
    });
    return ok;
  } catch {
    return false;
  }
}

/**
 * The page's own window, for making events the page may read. In a Firefox content script page objects are seen
 * through Xray wrappers and what the script writes into a DataTransfer is hidden from the page (the data carries
 * the extension's principal); the window's `wrappedJSObject` makes the event and its data in the page's realm,
 * under the page's principal, and `cloneInto` hands it plain objects. Elsewhere both are absent and the window is
 * used as it is.
 */
function pageRealm(element: HTMLElement): { view: typeof globalThis; plain: <T extends object>(value: T) => T } {
  const view = (element.ownerDocument.defaultView ?? globalThis) as typeof globalThis & { wrappedJSObject?: typeof globalThis };
  const clone = (globalThis as { cloneInto?: <T>(value: T, target: object) => T }).cloneInto;
  return {
    view: view.wrappedJSObject ?? view,
    plain: (value) => (typeof clone === 'function' ? clone(value, view) : value),
  };
}

/** Dispatches a paste of `text` as text/plain; true when the page's editor took the event over. */
function pasteInsert(element: HTMLElement, text: string): boolean {
  const { view, plain } = pageRealm(element);
  if (!view.ClipboardEvent || !view.DataTransfer) return false;
  const init = { bubbles: true, cancelable: true, composed: true };
  let event = new view.ClipboardEvent('paste', plain(init));
  if (event.clipboardData) {
    // Firefox: the event comes with a DataTransfer of its own (and ignores one given to the constructor).
    event.clipboardData.setData('text/plain', text);
  } else {
    const data = new view.DataTransfer();
    data.setData('text/plain', text);
    event = new view.ClipboardEvent('paste', { ...init, clipboardData: data });
  }
  return !element.dispatchEvent(event);
}

/**
 * Ctrl+Z (Cmd+Z on a Mac) as the agent would press it, for editors that keep their own history (the browser's undo
 * stack never saw a paste an editor handled itself).
 */
function pressUndo(element: HTMLElement): void {
  const { view, plain } = pageRealm(element);
  const mac = view.navigator.platform.includes('Mac');
  const init = { key: 'z', code: 'KeyZ', keyCode: 90, ctrlKey: !mac, metaKey: mac, bubbles: true, cancelable: true, composed: true };
  element.dispatchEvent(new view.KeyboardEvent('keydown', plain(init)));
  element.dispatchEvent(new view.KeyboardEvent('keyup', plain(init)));
}

function execUndo(doc: Document): void {
  try {
    doc.execCommand('undo');
  } catch {
    // Nothing to undo with: the check that follows reports what is left.
  }
}

/**
 * Waits for the page's editor to finish with an event: at least two turns of the event loop, then until a turn
 * passes with no change to the document (TinyMCE takes a paste into a hidden "paste bin" first and moves it into
 * the text on a timer; Lexical, Draft.js and Slate render after the event), at most `MAX_SETTLE_TURNS` turns.
 */
export function settleUntilQuiet(element: HTMLElement): Promise<void> {
  const doc = element.ownerDocument;
  const view = doc.defaultView ?? globalThis;
  let changed = false;
  const observer = new (view.MutationObserver ?? MutationObserver)(() => (changed = true));
  observer.observe(doc, { childList: true, subtree: true, characterData: true });
  const turn = () => new Promise<void>((resolve) => view.setTimeout(resolve, 0));
  return (async () => {
    for (let turns = 1; turns <= MAX_SETTLE_TURNS; turns++) {
      changed = false;
      await turn();
      if (turns >= 2 && !changed) break;
    }
    observer.disconnect();
  })();
}

const MAX_SETTLE_TURNS = 20;

function focusComposer(element: HTMLElement): void {
  // Remember where the cursor was before focusing: focus() may move it. An iframe's body also needs its window
  // focused, or the keys and commands go to the top page.
  const doc = element.ownerDocument;
  const hadFocus = doc.activeElement === element;
  if (doc.defaultView && doc.defaultView !== doc.defaultView.top) doc.defaultView.focus();
  element.focus();
  if (!hadFocus) placeCaretAtEndIfOutside(element);
}

async function insertIntoTextField(field: TextField, text: string, options: InsertOptions): Promise<InsertResult> {
  const before = field.value;
  const start = field.selectionStart ?? before.length;
  const end = field.selectionEnd ?? start;
  const expected = before.slice(0, start) + text + before.slice(end);
  if (execInsert(field.ownerDocument, field, text, options) && field.value !== before) {
    if (field.value === expected) return { ok: true, method: 'execCommand' };
    // The field kept only part of the reply (its maxlength, or the page cut it): take that back.
    execUndo(field.ownerDocument);
    if (field.value !== before) {
      setNativeValue(field, before);
      field.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'historyUndo' }));
    }
    return field.maxLength > 0
      ? { ok: false, reason: 'refused', message: t('pageReading.replyTooLong', { maxLength: String(field.maxLength) }) }
      : refused();
  }
  setNativeValue(field, expected);
  field.setSelectionRange(start + text.length, start + text.length);
  field.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }));
  return { ok: true, method: 'value-setter' };
}

async function insertIntoRichEditor(element: HTMLElement, text: string, options: InsertOptions): Promise<InsertResult> {
  const settle = options.settle ?? settleUntilQuiet;
  const before = composerWords(element);
  const replaced = selectedWords(element);
  const order: readonly ('paste' | 'execCommand')[] = element.closest(PASTE_LOSES_BLANK_LINES)
    ? ['execCommand', 'paste']
    : ['paste', 'execCommand'];
  for (const method of order) {
    const claimed = method === 'paste' ? pasteInsert(element, text) : execInsert(element.ownerDocument, element, text, options);
    // Whether the attempt was taken is decided at once, before the agent or the page can change the composer: an
    // editor took the paste over (some render it only later), or the DOM changed. Only an attempt that nothing
    // took is followed by the other method; a second attempt after a first that landed late would land twice.
    const taken = (method === 'paste' && claimed) || composerWords(element) !== before;
    if (!taken) continue;
    await settle(element);
    const after = composerWords(element);
    if (holdsReply(after, before, replaced, text)) return { ok: true, method };
    // Something landed that is not the reply, or an editor took the paste and kept nothing: take back what landed
    // rather than leave half a reply.
    if (after !== before) {
      if (method === 'paste') pressUndo(element);
      else execUndo(element.ownerDocument);
      await settle(element);
    }
    if (composerWords(element) !== before) {
      return {
        ok: false,
        reason: 'refused',
        message: t('pageReading.replyPartlyTaken'),
      };
    }
    return refused();
  }
  return refused();
}

export async function insertTextAtCursor(element: HTMLElement | null, text: string, options: InsertOptions = {}): Promise<InsertResult> {
  if (!element?.isConnected) {
    return { ok: false, reason: 'missing', message: t('pageReading.replyBoxGone') };
  }
  if (isReadOnly(element)) {
    return { ok: false, reason: 'read-only', message: t('pageReading.replyBoxReadOnly') };
  }
  focusComposer(element);
  return isTextField(element) ? insertIntoTextField(element, text, options) : insertIntoRichEditor(element, text, options);
}
