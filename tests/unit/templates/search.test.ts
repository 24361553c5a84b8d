// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { buildTemplateIndex, searchTemplates } from '@/utils/templates/search';

const library = buildTemplateIndex([
  { id: 'dhl-pickup', title: 'Return label: DHL Express, schedule a pickup', folder: 'Return labels', tags: ['dhl', 'waybill'], body: 'Enter the waybill number' },
  { id: 'dpd', title: 'Return label: DPD UK, drop-off at a DPD Pickup shop', folder: 'Return labels', tags: ['dpd', 'uk-only'], body: 'DPD Pickup parcelshop' },
  { id: 'liquid', title: 'Warranty exclusion: oxidation (liquid damage)', folder: 'Warranty', tags: ['water'], body: 'Oxidation is not covered' },
  { id: 'écran', title: 'Photos: écran allumé', folder: 'Photos', tags: [], body: '' },
]);

describe('searchTemplates', () => {
  it('needs every word typed to match, title first', () => {
    expect(searchTemplates(library, 'dhl pickup')).toEqual(['dhl-pickup']);
    expect(searchTemplates(library, 'pickup')).toEqual(['dhl-pickup', 'dpd']);
  });

  it('finds by tag, folder and body, and by abbreviation of the title', () => {
    expect(searchTemplates(library, 'water')).toEqual(['liquid']);
    expect(searchTemplates(library, 'warranty')).toEqual(['liquid']);
    expect(searchTemplates(library, 'waybill')).toEqual(['dhl-pickup']);
    expect(searchTemplates(library, 'dhlsch')).toEqual(['dhl-pickup']);
  });

  it('ranks the reply a title names above one that mentions the words in an aside ("dhl pickup")', () => {
    const labels = buildTemplateIndex([
      { id: 'return-label-dhl-express', title: 'Return label: DHL Express, both options (Service Point or pickup)', folder: '', tags: ['dhl'], body: 'pickup' },
      { id: 'return-label-dhl-pickup', title: 'Return label: DHL Express, schedule a pickup with the waybill number', folder: '', tags: ['dhl'], body: 'pickup' },
    ]);
    expect(searchTemplates(labels, 'dhl pickup')).toEqual(['return-label-dhl-pickup', 'return-label-dhl-express']);
    expect(searchTemplates(labels, 'dhl both')).toEqual(['return-label-dhl-express']);
  });

  it('ignores case and accents, and lists everything for an empty query', () => {
    expect(searchTemplates(library, 'ECRAN')).toEqual(['écran']);
    expect(searchTemplates(library, '  ')).toHaveLength(4);
    expect(searchTemplates(library, 'zzz')).toEqual([]);
  });
});
