/**
 * Walking the page as it is rendered rather than as it is written: into open shadow roots (what a web component
 * shows, with slotted children in their slots) and into same-origin iframes (a rich-text composer is often one).
 * Pure DOM, never throws: a cross-origin frame or a closed shadow root is simply not entered.
 */

const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'HEAD', 'META', 'LINK']);

/** The document of a same-origin iframe, or null (cross-origin frames throw on access in browsers). */
export function frameDocument(element: Element): Document | null {
  if (element.tagName !== 'IFRAME' && element.tagName !== 'FRAME') return null;
  try {
    return (element as HTMLIFrameElement).contentDocument ?? null;
  } catch {
    return null;
  }
}

function slotContent(slot: Element): Node[] {
  const assigned = (slot as HTMLSlotElement).assignedNodes?.({ flatten: true }) ?? [];
  return assigned.length > 0 ? assigned : Array.from(slot.childNodes);
}

/** The nodes rendered inside `node`: a host's shadow tree (slots replaced by what they show), a frame's body. */
export function renderedChildNodes(node: Node): Node[] {
  if (node.nodeType !== 1) return Array.from(node.childNodes);
  const element = node as Element;
  if (SKIPPED_TAGS.has(element.tagName)) return [];
  const frame = frameDocument(element);
  if (frame) return frame.body ? [frame.body] : [];
  if (element.tagName === 'SLOT' && (element.getRootNode() as Partial<ShadowRoot>).host) {
    return slotContent(element);
  }
  const shadow = element.shadowRoot;
  if (shadow) return Array.from(shadow.childNodes);
  return Array.from(element.childNodes);
}

/** Element children as rendered (see renderedChildNodes). */
export function renderedChildren(element: Element): Element[] {
  return renderedChildNodes(element).filter((node): node is Element => node.nodeType === 1);
}

/** Every rendered element under `root`, in document order, `root` excluded. Bounded so a huge page stays cheap. */
export function renderedDescendants(root: Element, limit = 50_000): Element[] {
  const found: Element[] = [];
  const stack = renderedChildren(root).reverse();
  while (stack.length > 0 && found.length < limit) {
    const element = stack.pop()!;
    found.push(element);
    const children = renderedChildren(element);
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return found;
}

/** The element that renders `element`: its parent, the shadow host above a shadow root, the frame of a frame's body. */
export function renderedParent(element: Element): Element | null {
  const slot = (element as Element & { assignedSlot?: Element | null }).assignedSlot;
  if (slot) return slot;
  if (element.parentElement) return element.parentElement;
  const root = element.parentNode;
  if (root && (root as ShadowRoot).host) return (root as ShadowRoot).host;
  try {
    return (element.ownerDocument?.defaultView?.frameElement as Element | null) ?? null;
  } catch {
    return null;
  }
}

/** Ancestors as rendered, nearest first. */
export function renderedAncestors(element: Element): Element[] {
  const chain: Element[] = [];
  let current = renderedParent(element);
  while (current && chain.length < 500) {
    chain.push(current);
    current = renderedParent(current);
  }
  return chain;
}

export function renderedContains(ancestor: Element, element: Element): boolean {
  return ancestor === element || renderedAncestors(element).includes(ancestor);
}

/** Tree distance between two elements (steps up to their nearest common ancestor and down again). */
export function treeDistance(a: Element, b: Element): number {
  const up = [a, ...renderedAncestors(a)];
  const index = new Map(up.map((element, i) => [element, i]));
  let steps = 0;
  for (let current: Element | null = b; current; current = renderedParent(current), steps++) {
    const mine = index.get(current);
    if (mine !== undefined) return mine + steps;
  }
  return Number.POSITIVE_INFINITY;
}

const BLOCK_TAGS = new Set([
  'P',
  'DIV',
  'LI',
  'TR',
  'BR',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'SECTION',
  'ARTICLE',
  'HEADER',
  'FOOTER',
  'BLOCKQUOTE',
  'PRE',
  'UL',
  'OL',
  'TABLE',
  'FIGURE',
]);

/**
 * Rendered text of an element, shadow trees included, with line breaks between blocks; `skip` leaves out parts
 * already read as something else (the author's name, the time).
 */
export function renderedText(element: Element, skip: ReadonlySet<Element> = new Set(), max = 20_000): string {
  const parts: string[] = [];
  let length = 0;
  const visit = (node: Node) => {
    if (length > max * 2) return;
    if (node.nodeType === 3) {
      const value = node.nodeValue ?? '';
      parts.push(value);
      length += value.length;
      return;
    }
    if (node.nodeType !== 1) return;
    const child = node as Element;
    if (skip.has(child) || isHidden(child)) return;
    const block = BLOCK_TAGS.has(child.tagName);
    if (block) parts.push('\n');
    for (const inner of renderedChildNodes(child)) visit(inner);
    if (block) parts.push('\n');
    else if (child.tagName === 'TD' || child.tagName === 'TH') parts.push(' ');
  };
  for (const node of renderedChildNodes(element)) visit(node);
  return parts
    .join('')
    .replace(/[ \t\f\v\r\u00a0]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Rendered text on one line. */
export function flatText(element: Element, max = 2_000): string {
  return renderedText(element, new Set(), max).replace(/\s+/g, ' ').trim().slice(0, max);
}

/**
 * Hidden by the page's markup: `hidden`, `aria-hidden`, or an inline `display: none` / `visibility: hidden`. Cheap
 * enough for every element of a walk; `isHiddenByStyle` adds the style sheets' verdict for the few elements that
 * are about to be chosen (message blocks, the composer, Send buttons).
 */
export function isHidden(element: Element): boolean {
  if (element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true') return true;
  const style = (element as HTMLElement).style;
  return !!style && (style.display === 'none' || style.visibility === 'hidden');
}

/** isHidden, or hidden by a style sheet (computed style; layout is not consulted, so happy-dom agrees with browsers). */
export function isHiddenByStyle(element: Element): boolean {
  if (isHidden(element)) return true;
  try {
    const computed = element.ownerDocument?.defaultView?.getComputedStyle?.(element);
    return !!computed && (computed.display === 'none' || computed.visibility === 'hidden');
  } catch {
    // A parsed document without a window has no computed style: the markup decides.
    return false;
  }
}
