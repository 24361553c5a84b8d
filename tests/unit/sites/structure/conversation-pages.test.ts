// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import backoffice from '@/utils/sites/adapters/backoffice';
import type { ConversationSnapshot } from '@/utils/sites/snapshot';
import { expectedOf, loadPage, PAGE_NAMES, PAGES_DIR, revealPage, type ExpectedSnapshot } from './pages';

/**
 * Every conversation test page, read by the back-office adapter as the content script reads it, compared with the
 * page's expected.json (the parts that must be read). The same pages are opened in Chromium and Firefox ESR by
 * tests/e2e/conversation-pages-*.test.ts.
 */

const ORIGIN = 'http://127.0.0.1:4321';

function readPage(document: Document, expected: ExpectedSnapshot, at = new Date('2026-12-05T10:00:00Z')) {
  const url = new URL(`${ORIGIN}${expected.path}`);
  return backoffice.read({ document, url, selectors: backoffice.defaultSelectors, now: () => at });
}

/** The parts expected.json names, as read: what the test compares. */
function partsRead(snapshot: ConversationSnapshot, expected: ExpectedSnapshot): Partial<ExpectedSnapshot> {
  const read: Partial<ExpectedSnapshot> = {
    customer: [snapshot.customer.firstName, snapshot.customer.lastName].filter(Boolean).join(' ') || undefined,
    order: snapshot.orderId ?? undefined,
    product: snapshot.product.title ?? undefined,
    category: snapshot.product.category ?? undefined,
    warranty: snapshot.warrantyState ?? undefined,
    carrier: snapshot.carrier ?? undefined,
    trackingNumber: snapshot.trackingNumber ?? undefined,
    messageCount: snapshot.messages.length,
    authors: snapshot.messages.map((message) => message.author),
    attachments: snapshot.messages.flatMap((message) => message.attachments.map((attachment) => new URL(attachment.url).pathname)),
    composerFound: snapshot.composerFound,
  };
  return Object.fromEntries(
    Object.keys(read)
      .filter((key) => key in expected)
      .map((key) => [key, read[key as keyof typeof read]]),
  );
}

describe('conversation test pages, read by the back-office adapter', () => {
  it('has at least the eight kinds of page the issue lists', () => {
    expect(PAGE_NAMES).toEqual(
      expect.arrayContaining([
        'semantic',
        'div-soup',
        'legacy-table',
        'web-components',
        'lazy-images',
        'virtualised',
        'iframe-composer',
        'french-labels',
      ]),
    );
  });

  for (const page of PAGE_NAMES) {
    it(`${page}: reads every part of expected.json`, async () => {
      const expected = expectedOf(page);
      const document = await loadPage(page);
      if (expected.revealsLater) {
        // The skeleton shows nothing yet: no customer, no messages (the reader reports it as still loading).
        const first = readPage(document, expected);
        expect(first.ok && [first.snapshot.customer.firstName, first.snapshot.messages.length]).toEqual([null, 0]);
        await revealPage(page, document);
      }
      // In demo builds the back-office adapter is the one that reads this route on 127.0.0.1.
      expect(backoffice.matches(new URL(`${ORIGIN}${expected.path}`))).toBe(true);
      const result = readPage(document, expected);
      if (!result.ok) throw new Error(`${page}: ${result.reason}: ${result.message}`);
      const { path: _path, scripts: _scripts, revealsLater: _later, ...parts } = expected;
      expect(partsRead(result.snapshot, expected)).toEqual(parts);
      // Whatever was read says where it came from.
      expect(result.snapshot.sources?.messages).toBeDefined();
    });
  }
});

describe('conversation pages README', () => {
  it('has a row in the page × part table for every page', () => {
    const readme = readFileSync(join(PAGES_DIR, 'README.md'), 'utf8');
    const rows = [...readme.matchAll(/^\| `([a-z-]+)` \|/gm)].map((match) => match[1]);
    expect(rows.sort()).toEqual([...PAGE_NAMES].sort());
  });
});
