/**
 * Where text can be typed inside a part of the page: a text field, the root of a contenteditable editor, or the
 * body of a same-origin iframe that an editor such as TinyMCE makes editable. Pure DOM, usable by any reader that
 * has found a composer's surroundings (an adapter's selector, a structural finder).
 *
 * Elements are recognised by tag name, not `instanceof`: an iframe's elements belong to another realm, where the
 * top page's HTMLTextAreaElement is a different constructor.
 */

export type TextField = HTMLTextAreaElement | HTMLInputElement;

const TEXT_INPUT_TYPES = new Set(['text', 'search', '']);

export function isTextField(element: Element): element is TextField {
  if (element.localName === 'textarea') return true;
  return element.localName === 'input' && TEXT_INPUT_TYPES.has((element.getAttribute('type') ?? '').toLowerCase());
}

/** The element an editor made editable, not a child that merely inherits it. */
function isEditableRoot(element: Element): element is HTMLElement {
  if (!(element as HTMLElement).isContentEditable) return false;
  const parent = element.parentElement;
  return !parent?.isContentEditable;
}

/** Hidden by the page: an editor such as TinyMCE keeps the textarea it replaced, with display: none. */
function isHidden(element: Element): boolean {
  if ((element as HTMLElement).hidden) return true;
  const style = element.ownerDocument.defaultView?.getComputedStyle(element);
  return style?.display === 'none' || style?.visibility === 'hidden';
}

/**
 * The editable element inside a same-origin iframe (the frame's body when the editor made the whole document
 * editable), or null when the frame is cross-origin, not loaded yet, or holds nothing editable.
 */
export function editableInFrame(frame: HTMLIFrameElement): HTMLElement | null {
  let frameDocument: Document | null;
  try {
    frameDocument = frame.contentDocument;
  } catch {
    return null;
  }
  const body = frameDocument?.body;
  if (!frameDocument || !body) return null;
  if (frameDocument.designMode === 'on' || body.isContentEditable) return body;
  return editableWithin(body, { frames: false });
}

/**
 * The element where text goes in `container`: the container itself when it is a text field or an editor's root,
 * else the first visible text field, editor root or editable iframe inside it. Null when there is none.
 */
export function editableWithin(container: Element, { frames = true }: { frames?: boolean } = {}): HTMLElement | null {
  if (isTextField(container) && !isHidden(container)) return container;
  if ((container as HTMLElement).isContentEditable) return container as HTMLElement;
  const candidates = container.querySelectorAll('textarea, input, [contenteditable]:not([contenteditable="false"]), iframe');
  for (const candidate of candidates) {
    if (candidate.localName === 'iframe') {
      const inFrame = frames ? editableInFrame(candidate as HTMLIFrameElement) : null;
      if (inFrame) return inFrame;
    } else if ((isTextField(candidate) || isEditableRoot(candidate)) && !isHidden(candidate)) {
      return candidate;
    }
  }
  return null;
}
