import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

/**
 * The conversation test pages (tests/fixtures/conversation-pages/<page>/): their HTML, scripts and expected
 * snapshot, loaded into happy-dom's document as a browser would show them. Same-origin iframes with `srcdoc` get a
 * document of their own (happy-dom loads no frames), and the page's module scripts run.
 */

export const PAGES_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../fixtures/conversation-pages');

export const expectedSnapshotSchema = z.strictObject({
  /** Back-office path the page is served at in browser tests. */
  path: z.string().startsWith('/'),
  customer: z.string().optional(),
  order: z.string().optional(),
  product: z.string().optional(),
  category: z.string().optional(),
  warranty: z.enum(['IN_WARRANTY', 'WATER_OR_DROPPED', 'THIRD_PARTY_REPAIR']).optional(),
  carrier: z.string().optional(),
  trackingNumber: z.string().optional(),
  messageCount: z.number().int().min(0),
  authors: z.array(z.enum(['customer', 'merchant', 'backmarket', 'unknown'])).optional(),
  /** Attachment paths on the page's origin, in message order. */
  attachments: z.array(z.string().startsWith('/')),
  composerFound: z.boolean(),
  /** Module scripts of the page, run after the HTML is in place. */
  scripts: z.array(z.string()).optional(),
  /** The page shows a skeleton first; `reveal()` of its script shows the content. */
  revealsLater: z.boolean().optional(),
});
export type ExpectedSnapshot = z.infer<typeof expectedSnapshotSchema>;

export const PAGE_NAMES = fs
  .readdirSync(PAGES_DIR, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

export function expectedOf(page: string): ExpectedSnapshot {
  return expectedSnapshotSchema.parse(JSON.parse(fs.readFileSync(path.join(PAGES_DIR, page, 'expected.json'), 'utf8')));
}

export function htmlOf(page: string): string {
  return fs.readFileSync(path.join(PAGES_DIR, page, 'page.html'), 'utf8');
}

/** Gives each `<iframe srcdoc>` the document a browser would load, since happy-dom loads none. */
function loadSrcdocFrames(document: Document): void {
  for (const frame of Array.from(document.querySelectorAll('iframe[srcdoc]'))) {
    const inner = document.implementation.createHTMLDocument('');
    inner.documentElement.innerHTML = frame.getAttribute('srcdoc') ?? '';
    Object.defineProperty(frame, 'contentDocument', { configurable: true, value: inner });
  }
}

/** Puts the page into the global document and runs its scripts; returns the document. */
export async function loadPage(page: string): Promise<Document> {
  const html = htmlOf(page)
    .replace(/<script\b[\s\S]*?<\/script>/gi, '')
    .replace(/<iframe\b([^>]*)>/gi, (_tag, attributes: string) => `<iframe data-frame${attributes.replace(/\ssrc="[^"]*"/, '')}>`);
  // happy-dom would try to load frames it sees arrive; they are given documents below instead.
  document.documentElement.innerHTML = html.replace(/^[\s\S]*?<html[^>]*>/i, '').replace(/<\/html>\s*$/i, '');
  loadSrcdocFrames(document);
  for (const script of expectedOf(page).scripts ?? []) {
    await import(/* @vite-ignore */ path.join(PAGES_DIR, page, script));
  }
  return document;
}

/** Shows a `revealsLater` page's content, as its script's timer does in a browser. */
export async function revealPage(page: string, document: Document): Promise<void> {
  const script = (await import(/* @vite-ignore */ path.join(PAGES_DIR, page, 'reveal.js'))) as { reveal: (document: Document) => void };
  script.reveal(document);
}
