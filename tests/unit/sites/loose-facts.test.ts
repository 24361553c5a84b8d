import { describe, expect, it } from 'vitest';
import { confirmedFactsOnly, unconfirmedFacts } from '@/utils/sites/loose-facts';
import { caseValues } from '@/utils/templates/case-values';
import { caseTemplateValues } from '@/utils/templates/case-render';
import type { ConversationSnapshot } from '@/utils/sites/snapshot';

const guessed: ConversationSnapshot = {
  platform: 'backoffice',
  kind: 'care',
  folderId: '9001',
  url: 'https://www.backmarket.co.uk/bo-seller/customer-care/help-requests/9001',
  customer: { firstName: 'Olivia', lastName: 'Bennett' },
  country: 'en-gb',
  orderId: '58123456',
  product: { title: 'iPhone 13 128GB', category: 'Smartphones' },
  warrantyState: 'WATER_OR_DROPPED',
  carrier: 'DHL Express',
  trackingNumber: '1234567890',
  returnLabels: [],
  messages: [],
  composerFound: true,
  sources: { customer: 'structure', order: 'structure', product: 'adapter', 'warranty state': 'structure', carrier: 'data' },
  problems: [],
  readAt: '2026-12-05T10:00:00Z',
};

describe('loose facts (read from the page structure)', () => {
  it('are unconfirmed until the agent confirms them; data, selectors and taught parts never are', () => {
    expect(unconfirmedFacts(guessed)).toEqual(['customer', 'order', 'warranty state']);
    expect(unconfirmedFacts({ ...guessed, confirmedFacts: ['customer', 'order'] })).toEqual(['warranty state']);
  });

  it('fill no reply variable until confirmed: the fill-in form asks instead', () => {
    const values = caseValues(guessed);
    expect(values.first_name).toBeNull();
    expect(values.order_id).toBeNull();
    expect(values.product).toBe('iPhone 13 128GB');
    expect(values.tracking_number).toBe('1234567890');
    const confirmed = caseValues({ ...guessed, confirmedFacts: ['customer'] });
    expect(confirmed.first_name).toBe('Olivia');
    expect(confirmed.order_id).toBeNull();
  });

  it('keep a guessed product out of what is worked out from it (the return weight)', () => {
    const looseProduct = { ...guessed, sources: { ...guessed.sources, product: 'structure' as const } };
    const values = caseTemplateValues({ snapshot: looseProduct, photoRequest: null, readValues: {}, now: new Date('2026-12-05') });
    expect(values.product).toBeNull();
    expect(confirmedFactsOnly(looseProduct).product.title).toBeNull();
  });
});
