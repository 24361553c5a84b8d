import { describe, expect, it } from 'vitest';
import { combineReads, type PlatformDataOutcome } from '@/utils/sites/combine-reads';
import type { SnapshotRead } from '@/utils/messages';
import { messagesNotRead } from '@/utils/sites/snapshot';

const context = {
  url: 'https://www.backmarket.fr/bo-seller/customer-care/help-requests/4815162',
  folderIdFromUrl: '4815162',
  platform: 'backoffice',
  composerFound: true,
  now: () => new Date('2026-12-05T10:00:00Z'),
};

const facts: PlatformDataOutcome = {
  ok: true,
  facts: {
    customer: { firstName: 'Léa', lastName: 'Martin' },
    country: 'fr-fr',
    orderId: '71029384',
    carrier: 'DHL Express',
    trackingNumber: '1234567890',
    messages: [{ id: 'm1', author: 'customer', authorName: 'Léa Martin', date: null, text: 'Bonjour', attachments: [] }],
    sources: { customer: 'data', country: 'data', order: 'data', carrier: 'data', messages: 'data' },
  },
  problems: [{ part: 'product', message: 'the product endpoint answered 500' }],
};

describe('combineReads', () => {
  it('builds the conversation from the data alone when the page shows nothing readable (a compiled app)', () => {
    const dom: SnapshotRead = { status: 'no-conversation', message: 'This Back Market page shows no conversation.' };
    const read = combineReads(dom, facts, context);
    expect(read.status).toBe('ok');
    if (read.status !== 'ok') return;
    expect(read.snapshot).toMatchObject({
      folderId: '4815162',
      customer: { firstName: 'Léa' },
      orderId: '71029384',
      trackingNumber: '1234567890',
      composerFound: true,
    });
    expect(read.snapshot.sources).toMatchObject({ customer: 'data', messages: 'data' });
    expect(read.snapshot.problems).toContainEqual({ part: 'product', message: 'the product endpoint answered 500' });
    expect(messagesNotRead(read.snapshot)).toBeNull();
  });

  it('says the reply box is missing when neither the page nor the data has one', () => {
    const dom: SnapshotRead = { status: 'no-conversation', message: 'nothing' };
    const read = combineReads(dom, facts, { ...context, composerFound: false });
    expect(read.status === 'ok' && read.snapshot.problems.some((problem) => problem.part === 'composer')).toBe(true);
  });

  it('keeps an unreadable page unreadable when the data failed too, naming both', () => {
    const dom: SnapshotRead = { status: 'no-conversation', message: 'This Back Market page shows no conversation.' };
    const read = combineReads(dom, { ok: false, reason: 'not-json', message: 'the conversation endpoint answered HTML' }, context);
    expect(read).toMatchObject({ status: 'unreadable' });
    expect(read.status !== 'ok' && read.message).toContain('answered HTML');
  });

  it('leaves the page read alone when no data source applies', () => {
    const dom: SnapshotRead = { status: 'unsupported-page', message: 'no' };
    expect(combineReads(dom, null, context)).toBe(dom);
  });
});
