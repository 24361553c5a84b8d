import type { ConversationMessage } from '../snapshot';
import { AUTHOR_HINTS, normaliseWords } from './words';
import { flatText, renderedChildren, renderedDescendants, renderedText } from './tree';

/**
 * Who wrote a message block and when, where the page shows it: a `<time>` or a date attribute; the author's name
 * from an element named so (author, sender, from...) or a short bold line at the top; the author's role from words
 * in the block's attributes, or by matching the name with the customer shown in the header.
 */

const NAME_HINT = /author|sender|from|name|user|byline|expediteur|auteur|absender|verfasser|remitente|autor|mittente|autore/i;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

export interface MessageDetails {
  author: ConversationMessage['author'];
  authorName: string | null;
  date: string | null;
  /** Elements read as the author and the time, left out of the message text. */
  consumed: Element[];
}

function dateFromAttributes(element: Element): string | null {
  for (const name of ['datetime', 'data-datetime', 'data-time', 'data-date', 'data-timestamp', 'title']) {
    const value = element.getAttribute(name)?.trim();
    if (!value) continue;
    if (ISO_DATE.test(value)) return value.slice(0, 64);
    if (/^\d{12,13}$/.test(value) && name !== 'title') {
      const date = new Date(Number(value));
      if (!Number.isNaN(date.getTime())) return date.toISOString();
    }
  }
  return null;
}

function findDate(block: Element, inside: Element[]): { date: string | null; element: Element | null } {
  const own = dateFromAttributes(block);
  for (const element of inside) {
    if (element.tagName === 'TIME') {
      return { date: dateFromAttributes(element) ?? (flatText(element, 64) || null), element };
    }
  }
  for (const element of inside) {
    const date = dateFromAttributes(element);
    if (date) return { date, element: flatText(element, 100).length <= 40 ? element : null };
  }
  return { date: own, element: null };
}

function attributeHints(element: Element): string {
  const values = [element.getAttribute('class'), element.getAttribute('aria-label'), element.getAttribute('itemprop')];
  for (const attribute of Array.from(element.attributes))
    if (attribute.name.startsWith('data-')) values.push(`${attribute.name} ${attribute.value}`);
  return values.filter(Boolean).join(' ');
}

function looksLikeName(text: string): boolean {
  return text.length > 0 && text.length <= 60 && !/[.!?]$/.test(text) && text.split(' ').length <= 6;
}

function findAuthorName(_block: Element, inside: Element[], skip: Element | null): Element | null {
  const hinted = inside.find(
    (element) => element !== skip && NAME_HINT.test(attributeHints(element)) && looksLikeName(flatText(element, 100)),
  );
  if (hinted) return hinted;
  // "Olivia Bennett · 12 Nov, 09:16": the short text just before the time.
  if (skip) {
    for (let previous = skip.previousElementSibling; previous; previous = previous.previousElementSibling) {
      if (renderedChildren(previous).length === 0 && looksLikeName(flatText(previous, 100))) return previous;
    }
  }
  const first = inside.find((element) => ['STRONG', 'B', 'H3', 'H4', 'H5', 'H6', 'CITE', 'HEADER', 'DT', 'TH'].includes(element.tagName));
  if (first && first !== skip && looksLikeName(flatText(first, 100))) return first;
  return null;
}

function roleFromHints(text: string): ConversationMessage['author'] | null {
  for (const { author, pattern } of AUTHOR_HINTS) if (pattern.test(text)) return author;
  return null;
}

export function readMessageDetails(block: Element, customerName: string | null): MessageDetails {
  const inside = renderedDescendants(block, 2_000);
  const { date, element: dateElement } = findDate(block, inside);
  const nameElement = findAuthorName(block, inside, dateElement);
  const authorName = nameElement ? flatText(nameElement, 200) || null : null;
  const consumed = [dateElement, nameElement].filter((element): element is Element => element !== null);

  let author = roleFromHints(attributeHints(block)) ?? (nameElement ? roleFromHints(attributeHints(nameElement)) : null);
  if (!author && authorName) {
    const name = normaliseWords(authorName);
    const customer = customerName ? normaliseWords(customerName) : '';
    const firstName = customer.split(' ')[0] ?? '';
    if (/back ?market/.test(name)) author = 'backmarket';
    else if (customer && (name === customer || name === firstName || customer.startsWith(`${name} `) || name.startsWith(`${customer} `)))
      author = 'customer';
    else if (customer) author = 'merchant';
  }
  // The wrapper a block sits in (a row, a bubble's parent) often carries the direction.
  if (!author) {
    const wrapper = renderedChildren(block)[0];
    if (wrapper) author = roleFromHints(attributeHints(wrapper));
  }
  return { author: author ?? 'unknown', authorName, date, consumed };
}

/** The message's own text: the block's rendered text without the author's name and the time. */
export function messageBodyText(block: Element, consumed: readonly Element[]): string {
  return renderedText(block, new Set(consumed));
}

/** The page's id for a block, if it gives one. */
export function pageMessageId(block: Element): string | null {
  for (const name of ['data-message-id', 'data-id', 'data-key', 'id']) {
    const value = block.getAttribute(name)?.trim();
    if (value) return value.slice(0, 100);
  }
  return null;
}
