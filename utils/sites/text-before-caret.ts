import { isTextField } from './editable';

/**
 * The characters just before the composer's cursor, and selecting them, for text expansion: `;dhl` is selected
 * and then replaced through the same insertion path as any reply (utils/sites/insert-text.ts), so the editor keeps
 * its own undo history and one Ctrl+Z brings the abbreviation back.
 *
 * Only a collapsed cursor counts: with a selection the agent is editing, not typing an abbreviation. In a rich
 * editor only the text node holding the cursor is read: what the agent just typed is there.
 */

function caretTextNode(element: HTMLElement): { node: Text; offset: number } | null {
  const selection = element.ownerDocument.getSelection();
  if (!selection || selection.rangeCount === 0 || !selection.isCollapsed) return null;
  const { startContainer, startOffset } = selection.getRangeAt(0);
  if (!element.contains(startContainer) || startContainer.nodeType !== Node.TEXT_NODE) return null;
  return { node: startContainer as Text, offset: startOffset };
}

/** Up to `maxChars` characters before a collapsed cursor, or null when there is no such cursor in `element`. */
export function textBeforeCaret(element: HTMLElement, maxChars = 64): string | null {
  if (isTextField(element)) {
    const { selectionStart, selectionEnd } = element;
    if (selectionStart === null || selectionStart !== selectionEnd) return null;
    return element.value.slice(Math.max(0, selectionStart - maxChars), selectionStart);
  }
  const caret = caretTextNode(element);
  if (!caret) return null;
  return caret.node.data.slice(Math.max(0, caret.offset - maxChars), caret.offset);
}

/** Selects the `length` characters before the cursor; false when they are not all there any more. */
export function selectBeforeCaret(element: HTMLElement, length: number): boolean {
  if (isTextField(element)) {
    const { selectionStart, selectionEnd } = element;
    if (selectionStart === null || selectionStart !== selectionEnd || selectionStart < length) return false;
    element.setSelectionRange(selectionStart - length, selectionStart);
    return true;
  }
  const caret = caretTextNode(element);
  if (!caret || caret.offset < length) return false;
  const range = element.ownerDocument.createRange();
  range.setStart(caret.node, caret.offset - length);
  range.setEnd(caret.node, caret.offset);
  const selection = element.ownerDocument.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
  return true;
}
