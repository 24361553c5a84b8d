import { factForLabel, type HeaderFact } from './words';
import { flatText, renderedChildren, renderedDescendants } from './tree';

/**
 * The case's facts shown as label/value pairs: `<dt>`/`<dd>`, table cells (row headers and column headers),
 * `aria-labelledby`, `<label for>`, a label element followed by its value, and "Label: value" text, with labels in
 * English, French, German, Spanish and Italian. Message blocks and the composer are never searched: a customer
 * who writes "Order ID 12345678" in a message does not set the case's order.
 */

export type HeaderFacts = Partial<Record<HeaderFact, string>>;

function valueOf(element: Element | null | undefined): string | null {
  if (!element) return null;
  if (element.tagName === 'INPUT' || element.tagName === 'TEXTAREA' || element.tagName === 'SELECT') {
    return (element as HTMLInputElement).value?.trim().slice(0, 500) || null;
  }
  return flatText(element, 500) || null;
}

function nextElement(element: Element, tags?: readonly string[]): Element | null {
  let next = element.nextElementSibling;
  while (next && tags && !tags.includes(next.tagName)) next = next.nextElementSibling;
  return next;
}

function byId(element: Element, id: string): Element | null {
  const root = element.getRootNode() as Document | ShadowRoot;
  try {
    return root.getElementById?.(id) ?? null;
  } catch {
    return null;
  }
}

/** Value of a table cell's column in the row below a header row (a table with column headers). */
function columnValue(headerCell: Element): Element | null {
  const row = headerCell.parentElement;
  if (row?.tagName !== 'TR') return null;
  const column = Array.from(row.children).indexOf(headerCell);
  const table = row.closest('table');
  if (!table) return null;
  const rows: Element[] = Array.from(table.querySelectorAll('tr'));
  const below = rows[rows.indexOf(row) + 1];
  return below?.children[column] ?? null;
}

/** "Label: value", "Label : value", "Label - value" in one piece of text. */
export function splitLabelledText(text: string): { fact: HeaderFact; value: string } | null {
  const match = /^([^:：]{1,40})\s*[:：]\s*(.+)$/s.exec(text.trim());
  if (!match) return null;
  const fact = factForLabel(match[1]!);
  return fact ? { fact, value: match[2]!.trim().slice(0, 500) } : null;
}

function pairsFrom(element: Element): { fact: HeaderFact; value: string | null }[] {
  const pairs: { fact: HeaderFact; value: string | null }[] = [];
  const labelledBy = element.getAttribute('aria-labelledby');
  if (labelledBy) {
    const label = labelledBy
      .split(/\s+/)
      .map((id) => byId(element, id))
      .map((found) => (found ? flatText(found, 100) : ''))
      .join(' ');
    const fact = factForLabel(label);
    if (fact) pairs.push({ fact, value: valueOf(element) });
  }
  const tag = element.tagName;
  const ownText = renderedChildren(element).length === 0 || ['DT', 'TH', 'LABEL'].includes(tag) ? flatText(element, 200) : null;
  if (!ownText) return pairs;
  const fact = factForLabel(ownText);
  if (fact) {
    if (tag === 'DT') pairs.push({ fact, value: valueOf(nextElement(element, ['DD'])) });
    else if (tag === 'TH' || tag === 'TD') {
      const beside = nextElement(element, ['TD', 'TH']);
      pairs.push({ fact, value: valueOf(beside?.tagName === 'TD' ? beside : columnValue(element)) });
    } else if (tag === 'LABEL' && element.getAttribute('for')) {
      pairs.push({ fact, value: valueOf(byId(element, element.getAttribute('for')!)) });
    } else {
      pairs.push({ fact, value: valueOf(nextElement(element)) ?? restOfParent(element) });
    }
    return pairs;
  }
  const split = splitLabelledText(ownText);
  if (split) pairs.push(split);
  return pairs;
}

/** "<p>Customer: <span>Olivia</span></p>": the element's own text is the label, its children the value. */
function pairFromOwnText(element: Element): { fact: HeaderFact; value: string | null } | null {
  if (renderedChildren(element).length === 0) return null;
  const own = Array.from(element.childNodes)
    .filter((node) => node.nodeType === 3)
    .map((node) => node.nodeValue ?? '')
    .join(' ')
    .trim();
  const fact = own ? factForLabel(own) : null;
  if (!fact) return null;
  const text = flatText(element, 500);
  const labelEnd = text.indexOf(own.replace(/\s+/g, ' '));
  const rest =
    labelEnd === 0
      ? text
          .slice(own.replace(/\s+/g, ' ').length)
          .replace(/^[\s:：\-–]+/, '')
          .trim()
      : null;
  return { fact, value: rest || null };
}

/** "<p><b>Order</b> 1234</p>": the parent's text after the label. */
function restOfParent(label: Element): string | null {
  const parent = label.parentElement;
  if (!parent) return null;
  const labelText = flatText(label, 200);
  const parentText = flatText(parent, 500);
  const at = parentText.indexOf(labelText);
  if (at < 0) return null;
  const rest = parentText
    .slice(at + labelText.length)
    .replace(/^[\s:：\-–]+/, '')
    .trim();
  return rest || null;
}

/** Values as the snapshot wants them: an order number without its "#", a tracking number without spaces around. */
function tidy(fact: HeaderFact, value: string): string {
  if (fact === 'order') return value.replace(/^(?:#|n[°º.]\s*|no\.?\s*)/i, '').trim();
  return value.trim();
}

/**
 * Header facts of the page outside the `excluded` elements (message blocks, the composer), first shown wins.
 * Elements are compared as rendered (shadow roots and same-origin frames included).
 */
export function readHeaderFacts(document: Document, excluded: readonly Element[]): HeaderFacts {
  const body = document.body;
  if (!body) return {};
  const skip = new Set<Element>();
  for (const element of excluded) {
    skip.add(element);
    for (const inner of renderedDescendants(element, 20_000)) skip.add(inner);
  }
  const facts: HeaderFacts = {};
  for (const element of renderedDescendants(body)) {
    if (skip.has(element) || ['SCRIPT', 'STYLE', 'BUTTON', 'OPTION'].includes(element.tagName)) continue;
    const ownTextPair = pairFromOwnText(element);
    for (const { fact, value } of [...pairsFrom(element), ...(ownTextPair ? [ownTextPair] : [])]) {
      if (!value || facts[fact] !== undefined) continue;
      // A value that is itself a label ("Order" under "Customer") belongs to an empty field.
      if (factForLabel(value)) continue;
      facts[fact] = tidy(fact, value);
    }
  }
  // "DHL Express 3018472656" under Carrier when the tracking number is shown on its own too.
  if (facts.carrier && facts.tracking && facts.carrier !== facts.tracking && facts.carrier.endsWith(facts.tracking)) {
    facts.carrier =
      facts.carrier
        .slice(0, -facts.tracking.length)
        .replace(/[\s·•|,\-–(]+$/, '')
        .trim() || facts.carrier;
  }
  return facts;
}
