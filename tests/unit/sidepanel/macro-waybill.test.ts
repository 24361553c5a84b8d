import { describe, expect, it } from 'vitest';
import { createPanelMacroHost, type PanelFacts } from '@/entrypoints/sidepanel/panel-macro-host';
import { runMacro } from '@/utils/macros/runner';
import { builtinMacros } from '@/utils/macros/registry';
import type { ConversationSnapshot } from '@/utils/sites/snapshot';

/**
 * Copy-waybill (Alt+4) and the DHL macros never take a number the panel did not read from a label or get from the
 * platform's return shipment: not the order's outbound tracking number, and not a number found in the page's
 * layout or a customer's message (issue 13).
 */
const snapshot = (overrides: Partial<ConversationSnapshot>): ConversationSnapshot => ({
  platform: 'backoffice',
  kind: 'care',
  folderId: '4815162',
  url: 'https://www.backmarket.co.uk/bo-seller/customer-care/help-requests/4815162',
  customer: { firstName: 'Ann', lastName: 'Lee' },
  country: 'en-gb',
  orderId: null,
  product: { title: null, category: null },
  warrantyState: null,
  carrier: 'DHL Express',
  trackingNumber: '1234567890',
  returnLabels: [],
  messages: [],
  composerFound: true,
  problems: [],
  readAt: '2026-12-05T10:00:00Z',
  ...overrides,
});

function host(read: ConversationSnapshot, readValues: PanelFacts['readValues'] = {}) {
  const facts = {
    snapshot: read,
    tabId: 1,
    photoCheck: { error: null, progress: { done: 0, total: 0 } },
    numbers: { images: [], paused: false, resume: () => undefined },
    readValues,
    library: [],
  } as unknown as PanelFacts;
  return createPanelMacroHost(() => facts);
}

describe('the waybill a macro uses', () => {
  it('is never a tracking number read from the page layout or the order', async () => {
    for (const sources of [{ carrier: 'structure' as const }, { carrier: 'adapter' as const }, undefined]) {
      const outcome = await host(snapshot({ sources })).waybill();
      expect(outcome).toMatchObject({ ok: false });
    }
  });

  it('is the waybill read from a label, or the platform’s own return shipment', async () => {
    expect(await host(snapshot({}), { waybill: '5555555555' }).waybill()).toEqual({ ok: true, value: '5555555555' });
    expect(await host(snapshot({ sources: { carrier: 'data' } })).waybill()).toEqual({ ok: true, value: '1234567890' });
  });

  it('copy-waybill stops before copying anything when there is none', async () => {
    const macro = builtinMacros.find((candidate) => candidate.id === 'copy-waybill')!;
    const result = await runMacro(
      { ...macro, steps: macro.steps.filter((step) => step.kind === 'copy-waybill') },
      host(snapshot({ sources: { carrier: 'structure' } })),
    );
    expect(result.ok).toBe(false);
    expect(result.message).toMatch(/no waybill/i);
  });
});
