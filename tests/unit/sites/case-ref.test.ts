import { describe, expect, it } from 'vitest';
import { caseFingerprint, caseRefOf, checkCase } from '@/utils/sites/case-ref';
import type { ConversationSnapshot } from '@/utils/sites/snapshot';

const amelia: ConversationSnapshot = {
  platform: 'demo',
  kind: 'care',
  folderId: '104820113',
  url: 'http://127.0.0.1:5391/bo-seller/customer-care/folders/104820113',
  customer: { firstName: 'Amelia', lastName: 'Hart' },
  country: 'en-gb',
  orderId: '58123456',
  product: { title: 'iPhone 13', category: 'Smartphones' },
  warrantyState: 'IN_WARRANTY',
  carrier: 'DHL Express',
  trackingNumber: '1234567890',
  returnLabels: [],
  messages: [],
  composerFound: true,
  problems: [],
  readAt: '2026-12-05T10:00:00Z',
};
const noah: ConversationSnapshot = {
  ...amelia,
  folderId: '104820257',
  customer: { firstName: 'Noah', lastName: 'Williams' },
  orderId: '58999999',
};

describe('case references', () => {
  it('lets an action prepared for the conversation on the page through', () => {
    expect(checkCase(caseRefOf(amelia), { status: 'ok', snapshot: { ...amelia, readAt: 'later' } })).toEqual({ ok: true });
  });

  it('a new message does not void a prepared reply', () => {
    const withMessage = {
      ...amelia,
      messages: [{ id: 'm9', author: 'customer' as const, authorName: null, date: null, text: 'Any news?', attachments: [] }],
    };
    expect(checkCase(caseRefOf(amelia), { status: 'ok', snapshot: withMessage }).ok).toBe(true);
  });

  it('refuses, naming both conversations, when the page now shows another one', () => {
    const check = checkCase(caseRefOf(amelia), { status: 'ok', snapshot: noah });
    expect(check.ok).toBe(false);
    if (check.ok) return;
    expect(check.message).toContain('conversation 104820113 (Amelia Hart, order 58123456)');
    expect(check.message).toContain('conversation 104820257 (Noah Williams, order 58999999)');
  });

  it('refuses when the same folder now has other facts (another tracking number)', () => {
    expect(checkCase(caseRefOf(amelia), { status: 'ok', snapshot: { ...amelia, trackingNumber: '9999999999' } }).ok).toBe(false);
    expect(caseFingerprint(amelia)).not.toBe(caseFingerprint({ ...amelia, trackingNumber: '9999999999' }));
  });

  it('refuses when the page shows no conversation any more', () => {
    const check = checkCase(caseRefOf(amelia), { status: 'no-conversation', message: 'list' });
    expect(check).toMatchObject({ ok: false });
  });
});
