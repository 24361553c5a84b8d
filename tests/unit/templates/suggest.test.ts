// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { suggestTemplates } from '@/utils/templates/suggest';
import { builtinTemplates } from '@/utils/templates/registry';
import { setInterfaceLanguage } from '@/utils/i18n/translate';
import { sampleSnapshot } from '../helpers/snapshot';

const ids = (facts: Parameters<typeof suggestTemplates>[0]) => suggestTemplates(facts).map((suggestion) => suggestion.id);

describe('suggestTemplates', () => {
  it('puts the liquid and drop exclusions first when the claim declares WATER_OR_DROPPED', () => {
    const suggestions = suggestTemplates(sampleSnapshot({ warrantyState: 'WATER_OR_DROPPED' }));
    expect(suggestions[0]!.id).toBe('warranty-exclusion-liquid-damage');
    expect(suggestions[1]!.id).toBe('warranty-exclusion-impact-damage');
    expect(suggestions[0]!.reason).toMatch(/liquid damage or a drop/);
    expect(suggestions.map((suggestion) => suggestion.id)).not.toContain('warranty-exclusion-third-party-repair');
  });

  it('puts the third-party exclusion first when the claim declares THIRD_PARTY_REPAIR', () => {
    const suggestions = suggestTemplates(sampleSnapshot({ warrantyState: 'THIRD_PARTY_REPAIR' }));
    expect(suggestions[0]).toEqual({
      id: 'warranty-exclusion-third-party-repair',
      reason: expect.stringMatching(/third party/),
    });
    expect(suggestions.map((suggestion) => suggestion.id)).not.toContain('warranty-exclusion-liquid-damage');
  });

  it('suggests no warranty exclusion for a claim in warranty', () => {
    expect(ids(sampleSnapshot({ warrantyState: 'IN_WARRANTY' })).filter((id) => id.startsWith('warranty-'))).toEqual([]);
    expect(ids(sampleSnapshot({ warrantyState: null })).filter((id) => id.startsWith('warranty-'))).toEqual([]);
  });

  it("asks for the photos of the item's own category until the photos are checked", () => {
    const watch = { title: 'Apple Watch Series 8 (2022) GPS 45 mm', category: 'Smartwatches' };
    expect(ids({ product: watch })).toContain('photo-request-smartwatch');
    expect(ids({ product: watch, shotsNeeded: 2 })).toEqual(['photo-request-missing']);
    expect(ids({ product: watch, shotsNeeded: 0 })).toEqual([]);
    expect(suggestTemplates({ product: watch, shotsNeeded: 1 })[0]!.reason).toBe('The photo checklist still needs 1 shot.');
  });

  it('asks for the IMEI of a smartphone only', () => {
    expect(ids(sampleSnapshot())).toContain('imei-request');
    expect(ids(sampleSnapshot({ product: { title: 'iPad Air (2022) 64GB', category: 'Tablets' } }))).not.toContain('imei-request');
  });

  it("offers the label instructions of the case's carrier", () => {
    expect(ids(sampleSnapshot({ carrier: 'DHL Express' }))).toContain('return-label-dhl-express');
    expect(ids(sampleSnapshot({ carrier: 'DPD UK' }))).toContain('return-label-dpd-uk');
    expect(ids(sampleSnapshot({ carrier: 'DPD UK' }))).not.toContain('return-label-dhl-express');
  });

  it('keeps trade-in conversations to the trade-in replies, even with a declared warranty state', () => {
    expect(ids(sampleSnapshot({ kind: 'buyback', warrantyState: 'WATER_OR_DROPPED' }))).toEqual([
      'trade-in-counteroffer-declined',
      'trade-in-disconnection-or-id-failed',
      'trade-in-prepaid-ups-label',
    ]);
  });

  it('suggests each template once, and only registered ones', () => {
    const registered = new Set(builtinTemplates.map((template) => template.id));
    for (const facts of [
      sampleSnapshot({ warrantyState: 'WATER_OR_DROPPED', carrier: 'DPD' }),
      sampleSnapshot({ warrantyState: 'THIRD_PARTY_REPAIR', product: { title: 'PlayStation 5', category: 'Consoles' } }),
      {},
    ]) {
      const list = ids(facts);
      expect(new Set(list).size).toBe(list.length);
      for (const id of list) expect(registered.has(id), id).toBe(true);
    }
  });

  it('gives its reasons in the interface’s language, as the panel shows them', () => {
    setInterfaceLanguage('de');
    try {
      const reasons = suggestTemplates({ ...sampleSnapshot({ carrier: 'DHL Express' }), shotsNeeded: 1 }).map(
        (suggestion) => suggestion.reason,
      );
      expect(reasons).toContain('Für die Foto-Checkliste fehlt noch 1 Aufnahme.');
      expect(reasons).toContain('Die Rücksendung erfolgt mit DHL Express.');
      expect(reasons).toContain('Für die Rücksendung eines Smartphones wird seine IMEI benötigt.');
    } finally {
      setInterfaceLanguage('en');
    }
  });
});
