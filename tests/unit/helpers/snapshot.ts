import type { ConversationSnapshot } from '@/utils/sites/snapshot';

/** A valid snapshot for tests; override what the test is about. */
export function sampleSnapshot(overrides: Partial<ConversationSnapshot> = {}): ConversationSnapshot {
  return {
    platform: 'demo',
    kind: 'care',
    folderId: '4815162',
    url: 'http://127.0.0.1:4173/bo-seller/customer-care/folders/4815162',
    customer: { firstName: 'Amelia', lastName: 'Hart' },
    country: 'en-gb',
    orderId: '58123456',
    product: { title: 'iPhone 13 128GB - Midnight - Unlocked', category: 'Smartphones' },
    warrantyState: 'IN_WARRANTY',
    carrier: 'DHL Express',
    trackingNumber: '0057714403',
    returnLabels: [],
    messages: [],
    composerFound: true,
    problems: [],
    readAt: '2026-11-22T10:00:00.000Z',
    ...overrides,
  };
}
