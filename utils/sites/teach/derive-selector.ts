/**
 * Derives a CSS selector for an element the agent pointed at on the page. Pure DOM (no extension API), so it runs
 * under happy-dom in the unit tests.
 *
 * Only what survives a new build of the platform's front end is used: ids and `data-*` values that read as words,
 * `role`, `aria-label`, `name`, `placeholder`, class names that read as words, tag names, and `:nth-of-type` under a
 * stable ancestor. Generated values (hashed class names from CSS-in-JS and CSS modules, React's `:r1:` ids, UUIDs,
 * numbers that belong to one record) are never used: they change with the next deploy or the next conversation.
 *
 * Inside an open shadow root the selector is derived relative to that shadow root (CSS cannot cross the boundary),
 * and `shadowHosts` lists a selector for each host from the document down, so the caller can tell the agent that
 * the part lives in a component the reader cannot look into.
 */

/** single: exactly the element (order id, composer). repeated: it and its like siblings (one message -> all).
 * container: exactly the element, which holds the parts (the message list). */
export type DeriveKind = 'single' | 'repeated' | 'container';

export interface DerivedSelector {
  selector: string;
  /** How many elements the selector matches in the element's document or shadow root. */
  matches: number;
  /** Selectors of the shadow hosts around the element, outermost first; empty in the document itself. */
  shadowHosts: string[];
}

/** Values that a build tool or a framework generated, or that name one record: never part of a taught selector. */
const GENERATED_PATTERNS: readonly RegExp[] = [
  /^css-[a-z0-9]+$/i, // emotion
  /^sc-[a-z0-9]+$/i, // styled-components
  /^jsx-\d+$/, // styled-jsx
  /^_[a-z0-9]{4,}$/i, // short hashed names (vanilla-extract, minified CSS modules)
  /^[a-z][a-z0-9]*_[a-z0-9-]+__[a-z0-9_-]{4,}$/i, // CSS modules: Foo_bar__x1Y2z
  /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}/i, // UUIDs
  /\d{4,}/, // record numbers, timestamps
  /:/, // React useId (:r1:), Radix/Headless UI ids
  /^(?:ember|ext-gen|yui_|mui-|radix-|headlessui-|react-aria|rc-|downshift-|svelte-)/i,
];

/** A short token with several case changes (`bdVaJa`) or letters and digits mixed inside (`x1Y2z`, `a8f3k`). */
function looksRandom(token: string): boolean {
  if (token.length < 4) return false;
  const caseChanges = token.match(/[a-z][A-Z]/g)?.length ?? 0;
  if (token.length <= 8 && caseChanges >= 2) return true;
  return /[a-z][0-9]+[a-z]/i.test(token) && /\d/.test(token) && token.length <= 12;
}

export function looksGenerated(value: string): boolean {
  if (value.trim() === '' || value.length > 80) return true;
  if (GENERATED_PATTERNS.some((pattern) => pattern.test(value))) return true;
  return value.split(/[-_\s.]+/).some(looksRandom);
}

/** CSS identifier escaping (CSS.escape is not everywhere the tests run). */
export function escapeIdent(value: string): string {
  return Array.from(value)
    .map((char, index) => {
      if (/[a-zA-Z_\u00a0-\uffff-]/.test(char) || (index > 0 && /[0-9]/.test(char))) return char;
      if (/[0-9]/.test(char)) return `\\3${char} `;
      return `\\${char}`;
    })
    .join('');
}

/** A quoted attribute value, or null for a value no plain quoting carries (both quote kinds, a backslash, a line break). */
function quoted(value: string): string | null {
  if (/[\\\n\r]/.test(value) || (value.includes('"') && value.includes("'"))) return null;
  return value.includes('"') ? `'${value}'` : `"${value}"`;
}

/** Attributes, best first, that describe the element by what it is rather than where it is. */
const WORD_ATTRIBUTES = ['role', 'aria-label', 'name', 'placeholder', 'type', 'contenteditable'] as const;

interface Piece {
  /** Selector fragment appended to the tag name. */
  text: string;
  /** Fragment that matches siblings of the same kind (attribute present, any value) when the value differs. */
  presence?: string;
}

/** The element's stable selector pieces, best first. */
function stablePieces(element: Element): Piece[] {
  const pieces: Piece[] = [];
  const id = element.getAttribute('id');
  if (id && !looksGenerated(id)) pieces.push({ text: `#${escapeIdent(id)}` });
  for (const attribute of Array.from(element.attributes)) {
    if (!attribute.name.startsWith('data-') || attribute.name.length > 60) continue;
    const presence = `[${escapeIdent(attribute.name)}]`;
    const value = quoted(attribute.value);
    if (attribute.value !== '' && value !== null && !looksGenerated(attribute.value)) {
      pieces.push({ text: `[${escapeIdent(attribute.name)}=${value}]`, presence });
    } else {
      pieces.push({ text: presence, presence });
    }
  }
  for (const name of WORD_ATTRIBUTES) {
    const value = element.getAttribute(name);
    const text = value === null ? null : quoted(value);
    // A label with a record's number or date in it ("Message 12 of 40", "Order 4815162") names one record.
    if (value === null || text === null || value.length > 80 || /\d{2,}/.test(value)) continue;
    pieces.push({ text: `[${name}=${text}]`, presence: `[${name}]` });
  }
  for (const name of Array.from(element.classList)) {
    if (!looksGenerated(name)) pieces.push({ text: `.${escapeIdent(name)}` });
  }
  return pieces;
}

const tagOf = (element: Element) => escapeIdent(element.localName);

type Scope = Document | ShadowRoot | DocumentFragment;

function scopeOf(element: Element): Scope {
  const root = element.getRootNode();
  return root instanceof ShadowRoot || root instanceof Document || root instanceof DocumentFragment ? root : element.ownerDocument;
}

function count(scope: Scope, selector: string): Element[] {
  try {
    return Array.from(scope.querySelectorAll(selector));
  } catch {
    return [];
  }
}

const matchesOnly = (scope: Scope, selector: string, element: Element) => {
  const found = count(scope, selector);
  return found.length === 1 && found[0] === element;
};

/** Compound selectors for the element alone, most telling first (tag plus one piece, then two, then the tag). */
function compounds(element: Element): string[] {
  const tag = tagOf(element);
  const pieces = stablePieces(element).map((piece) => piece.text);
  const result = pieces.map((piece) => (piece.startsWith('#') ? piece : `${tag}${piece}`));
  for (let i = 0; i < pieces.length; i++) {
    for (let j = i + 1; j < pieces.length; j++) result.push(`${tag}${pieces[i]}${pieces[j]}`);
  }
  result.push(tag);
  return result;
}

/** One step of a child path: the best compound, with `:nth-of-type` when like siblings would match it too. */
function pathStep(element: Element): string {
  const best = compounds(element)[0]!;
  const parent = element.parentElement ?? element.parentNode;
  if (!parent || best.startsWith('#')) return best;
  const siblings = Array.from(parent.children).filter((sibling) => {
    try {
      return sibling.matches(best);
    } catch {
      return false;
    }
  });
  if (siblings.length <= 1) return best;
  const sameTag = Array.from(parent.children).filter((sibling) => sibling.localName === element.localName);
  return `${best}:nth-of-type(${sameTag.indexOf(element) + 1})`;
}

/** A selector that matches exactly `element` in its scope. */
function uniqueSelector(element: Element, scope: Scope): string {
  const own = compounds(element);
  const direct = own.find((candidate) => matchesOnly(scope, candidate, element));
  if (direct) return direct;

  const steps = [pathStep(element)];
  for (let ancestor = element.parentElement; ancestor; ancestor = ancestor.parentElement) {
    const anchor = compounds(ancestor).find((candidate) => candidate !== tagOf(ancestor) && matchesOnly(scope, candidate, ancestor));
    if (anchor) {
      // A stable ancestor: first the short form ("#thread textarea"), then the exact path under it.
      for (const candidate of own) {
        const short = `${anchor} ${candidate}`;
        if (matchesOnly(scope, short, element)) return short;
      }
      const path = `${anchor} > ${steps.join(' > ')}`;
      if (matchesOnly(scope, path, element)) return path;
    }
    const path = steps.join(' > ');
    if (matchesOnly(scope, path, element)) return path;
    steps.unshift(pathStep(ancestor));
  }
  return steps.join(' > ');
}

/**
 * A selector for the element and its siblings of the same kind: the piece most of the siblings share (a
 * `data-qa`, a role, a word class, the presence of `data-message-id`), scoped under the parent when the piece
 * alone also matches elsewhere. Without any shared piece, every child of the parent.
 */
function repeatedSelector(element: Element, scope: Scope): string {
  const parent = element.parentElement;
  if (!parent) return uniqueSelector(element, scope);
  const siblings = Array.from(parent.children);
  const tag = tagOf(element);
  const candidates = [
    ...stablePieces(element).flatMap((piece) =>
      piece.text.startsWith('#') ? [] : [`${tag}${piece.text}`, ...(piece.presence ? [`${tag}${piece.presence}`] : [])],
    ),
    tag,
  ];
  let best: { selector: string; shared: number } | null = null;
  for (const candidate of candidates) {
    const shared = siblings.filter((sibling) => sibling.matches(candidate)).length;
    if (shared > 1 && (!best || shared > best.shared)) best = { selector: candidate, shared };
  }
  const parentSelector = uniqueSelector(parent, scope);
  if (!best) return `${parentSelector} > *`;
  const alone = count(scope, best.selector);
  const onlySiblings = alone.length === best.shared && alone.every((found) => found.parentElement === parent);
  return onlySiblings ? best.selector : `${parentSelector} > ${best.selector}`;
}

export function deriveSelector(element: Element, kind: DeriveKind): DerivedSelector {
  const scope = scopeOf(element);
  const selector = kind === 'repeated' ? repeatedSelector(element, scope) : uniqueSelector(element, scope);
  const shadowHosts: string[] = [];
  for (let root = element.getRootNode(); root instanceof ShadowRoot; root = root.host.getRootNode()) {
    shadowHosts.unshift(uniqueSelector(root.host, scopeOf(root.host)));
  }
  return { selector, matches: count(scope, selector).length, shadowHosts };
}

/** Is this text a selector the browser accepts? Edits and imports are refused otherwise; without a DOM (Node) every
 * selector is taken as written. */
export function isValidSelector(selector: string): boolean {
  if (typeof document === 'undefined') return true;
  try {
    document.createDocumentFragment().querySelector(selector);
    return true;
  } catch {
    return false;
  }
}
