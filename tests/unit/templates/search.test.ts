// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { buildTemplateIndex, searchTemplates } from '@/utils/templates/search';
import { builtinTemplates } from '@/utils/templates/registry';

const library = buildTemplateIndex([
  {
    id: 'dhl-pickup',
    title: 'Return label: DHL Express, schedule a pickup',
    folder: 'Return labels',
    tags: ['dhl', 'waybill'],
    body: 'Enter the waybill number',
  },
  {
    id: 'dpd',
    title: 'Return label: DPD UK, drop-off at a DPD Pickup shop',
    folder: 'Return labels',
    tags: ['dpd', 'uk-only'],
    body: 'DPD Pickup parcelshop',
  },
  {
    id: 'liquid',
    title: 'Warranty exclusion: oxidation (liquid damage)',
    folder: 'Warranty',
    tags: ['water'],
    body: 'Oxidation is not covered',
  },
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
      {
        id: 'return-label-dhl-express',
        title: 'Return label: DHL Express, both options (Service Point or pickup)',
        folder: '',
        tags: ['dhl'],
        body: 'pickup',
      },
      {
        id: 'return-label-dhl-pickup',
        title: 'Return label: DHL Express, schedule a pickup with the waybill number',
        folder: '',
        tags: ['dhl'],
        body: 'pickup',
      },
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

describe('searchTemplates across languages', () => {
  const index = buildTemplateIndex(
    builtinTemplates.map((template) => ({ ...template, body: template.bodies['fr-fr'] ?? template.bodies['en-us'] })),
  );
  // The replies about a return label: the Return labels folder and the trade-in's prepaid UPS return label.
  const RETURN_LABELS = builtinTemplates.filter((template) => /\blabel\b/i.test(template.title)).map((template) => template.id);

  it.each(['label', 'étiquette', 'Etiquette', 'Rücksendung', 'etiqueta', 'etichetta'])(
    '"%s" puts the return-label replies first',
    (query) => {
      const found = searchTemplates(index, query);
      expect(RETURN_LABELS).toContain('return-label-dhl-pickup');
      expect(new Set(found.slice(0, RETURN_LABELS.length)), `top results for "${query}": ${found.join(', ')}`).toEqual(
        new Set(RETURN_LABELS),
      );
    },
  );

  it("finds a word of another language's body, below the matches in titles", () => {
    expect(searchTemplates(index, 'Abholtermin')).toContain('return-label-dhl-pickup');
    expect(searchTemplates(index, 'zzzz')).toEqual([]);
  });
});
