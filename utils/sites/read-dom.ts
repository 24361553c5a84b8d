import type { SnapshotPart, SnapshotProblem } from './snapshot';

/**
 * Small DOM-reading helpers shared by site adapters. They never throw: a user-supplied selector that is not valid
 * CSS, or an element that is missing, becomes `null` and the adapter records a problem for that part.
 */

export function queryFirst(root: ParentNode, selector: string | undefined): Element | null {
  if (!selector) return null;
  try {
    return root.querySelector(selector);
  } catch {
    return null; // invalid CSS from an override: treated as "not found", reported by the caller
  }
}

export function queryAll(root: ParentNode, selector: string | undefined): Element[] {
  if (!selector) return [];
  try {
    return Array.from(root.querySelectorAll(selector));
  } catch {
    return [];
  }
}

/** Visible-ish text of an element: textContent with runs of white space folded, capped. */
export function cleanText(element: Element | null | undefined, max = 20_000): string | null {
  if (!element) return null;
  const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim();
  return text ? text.slice(0, max) : null;
}

/** Like cleanText but keeps line breaks (message bodies). A longer text is cut with a marker (see cutMessageText). */
export function messageText(element: Element | null | undefined, max = 20_000): string {
  if (!element) return '';
  return foldMessageText(element.textContent ?? '', max);
}

/** Spaces folded, line breaks kept (at most one blank line), cut to `max` with a marker (see cutMessageText). */
export function foldMessageText(raw: string, max = 20_000): string {
  const text = raw
    .replace(/[ \t\f\v\r]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return cutMessageText(text, max);
}

const CUT_MARKER = /\n\[… message cut by ReturnDesk: (\d+) characters in all\]$/;

/**
 * Cuts a message to at most `max` characters, ending with a marker that says it was cut and how long it was, so
 * the agent knows the rest is on the page (a bare cut would read as the customer's own last words). A text that
 * already carries the marker keeps its original length in it.
 */
export function cutMessageText(text: string, max: number): string {
  if (text.length <= max) return text;
  const total = Number(CUT_MARKER.exec(text)?.[1] ?? text.length);
  const body = text.replace(CUT_MARKER, '');
  const marker = `\n[… message cut by ReturnDesk: ${total} characters in all]`;
  let end = Math.max(0, max - marker.length);
  // Never split a surrogate pair (an emoji) in half.
  if (end > 0 && /[\ud800-\udbff]/.test(body[end - 1] ?? '')) end--;
  return `${body.slice(0, end)}${marker}`.slice(0, max);
}

export function queryText(root: ParentNode, selector: string | undefined): string | null {
  return cleanText(queryFirst(root, selector));
}

/** Absolute http(s) URL or null: `javascript:`, `data:`, malformed and over-long links are dropped. */
export function absoluteHttpUrl(href: string | null | undefined, base: URL): string | null {
  if (!href) return null;
  try {
    const url = new URL(href, base);
    // Longer than the snapshot schema allows (4096): dropped here rather than failing the whole read.
    if (url.href.length > 4096) return null;
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}

export class ProblemList {
  readonly items: SnapshotProblem[] = [];

  add(part: SnapshotPart, message: string): void {
    if (this.items.length < 50) this.items.push({ part, message });
  }

  /** Returns the value, recording a problem when it is null. */
  require<T>(value: T | null, part: SnapshotPart, message: string): T | null {
    if (value === null || value === undefined) this.add(part, message);
    return value;
  }
}
