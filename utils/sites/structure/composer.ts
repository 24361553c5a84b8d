import { SEARCH_WORDS, SEND_WORDS, normaliseWords } from './words';
import { flatText, isHiddenByStyle, renderedDescendants, renderedContains, treeDistance } from './tree';

/**
 * The reply box: the visible editable element (textarea, `contenteditable`, `role="textbox"`, the body of a
 * same-origin iframe in design mode) nearest the Send button. Search fields and anything inside a message are
 * never taken.
 */

function isEditable(element: Element): boolean {
  if (element.tagName === 'TEXTAREA') return true;
  if (element.getAttribute('role') === 'textbox') return true;
  const editable = element.getAttribute('contenteditable');
  if (editable !== null && editable !== 'false') {
    // The outermost editable element: inner paragraphs of a rich editor are part of it.
    const parent = element.parentElement;
    return !(parent && parent.getAttribute('contenteditable') !== null && parent.getAttribute('contenteditable') !== 'false');
  }
  if (element.tagName === 'BODY') {
    const document = element.ownerDocument;
    return document?.designMode === 'on' || (element as HTMLElement).isContentEditable;
  }
  return false;
}

function isSearchField(element: Element): boolean {
  const words = ['aria-label', 'placeholder', 'name', 'id', 'type', 'role'].map((name) => element.getAttribute(name) ?? '').join(' ');
  return SEARCH_WORDS.test(words);
}

function isSendButton(element: Element): boolean {
  const tag = element.tagName;
  const type = element.getAttribute('type');
  const button =
    tag === 'BUTTON' || element.getAttribute('role') === 'button' || (tag === 'INPUT' && (type === 'submit' || type === 'button'));
  if (!button) return false;
  const names = [flatText(element, 60), element.getAttribute('aria-label'), element.getAttribute('title'), element.getAttribute('value')];
  return names.some((name) => {
    const words = normaliseWords(name ?? '');
    return words !== '' && SEND_WORDS.some((send) => words === send || words.startsWith(`${send} `));
  });
}

/** Editable elements of the page, frames' bodies included, in document order. */
function editableElements(document: Document): Element[] {
  const body = document.body;
  if (!body) return [];
  const all = [body, ...renderedDescendants(body)];
  // A same-origin frame's body is among the rendered descendants (see tree.ts).
  return all.filter((element) => element !== body && isEditable(element));
}

export function findComposerByStructure(document: Document, messageBlocks: readonly Element[] = []): HTMLElement | null {
  const body = document.body;
  if (!body) return null;
  const candidates = editableElements(document).filter(
    (element) =>
      !isHiddenByStyle(element) &&
      !isSearchField(element) &&
      !(element as HTMLTextAreaElement).disabled &&
      !messageBlocks.some((block) => renderedContains(block, element)),
  );
  if (candidates.length === 0) return null;
  const buttons = renderedDescendants(body).filter((element) => isSendButton(element) && !isHiddenByStyle(element));
  if (buttons.length === 0) return candidates[candidates.length - 1] as HTMLElement;
  let best: { element: Element; distance: number } | null = null;
  for (const element of candidates) {
    const distance = Math.min(...buttons.map((button) => treeDistance(element, button)));
    if (!best || distance <= best.distance) best = { element, distance };
  }
  return best!.element as HTMLElement;
}
