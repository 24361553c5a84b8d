// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { defineTemplate, TEMPLATE_LOCALES, type TemplateDefinition } from '@/utils/templates/define';
import { builtinTemplates } from '@/utils/templates/registry';
import { renderTemplate } from '@/utils/templates/render';
import { loadPolicy, normalisePolicyText } from '../helpers/policy';

/**
 * Every figure, deadline and carrier service a built-in states rests on a source in its file: a sentence of the
 * policy, or general knowledge marked as such. Numbered steps ("1.") and option labels are structure, not claims.
 */
const CARRIER_SERVICE = /Express Worldwide DHL|DHL Express|DHL Service Point|DPD UK|DPD Pickup|\bUPS\b|\bDHL\b|\bDPD\b/g;
const FIGURE = /\*#\d+#|\d+(?:[.,]\d+)?/g;
const STRUCTURE = /^\s*\d+\.\s|(?:Option|Möglichkeit|Opción|Opzione)\s\d\b/gm;

function normaliseFigure(value: string): string {
  return value.replace(',', '.');
}

export function unsourcedClaims(template: TemplateDefinition): string[] {
  const backed = new Set((template.sources ?? []).flatMap((source) => source.backs.map(normaliseFigure)));
  const found: string[] = [];
  for (const locale of TEMPLATE_LOCALES) {
    const body = template.bodies[locale];
    if (!body) continue;
    const text = renderTemplate(body, {}).text.replace(STRUCTURE, ' ');
    const services = [...text.matchAll(CARRIER_SERVICE)].map((match) => match[0]);
    const figures = [...text.replace(CARRIER_SERVICE, ' ').matchAll(FIGURE)].map((match) => normaliseFigure(match[0]));
    for (const claim of [...services, ...figures]) if (!backed.has(claim)) found.push(`${locale}: ${claim}`);
  }
  return [...new Set(found)];
}

describe('sources of the built-ins', () => {
  it.each(builtinTemplates.map((template) => [template.id, template] as const))(
    '%s states no figure, deadline or carrier service without a source',
    (_id, template) => {
      expect(template.sources?.length ?? 0, 'give the template its sources').toBeGreaterThan(0);
      expect(unsourcedClaims(template), 'add a source backing these, or take them out of the body').toEqual([]);
    },
  );

  it('the check catches a figure and a carrier service that no source backs', () => {
    const template = defineTemplate({
      id: 'unsourced',
      title: 'A reply that invents a deadline',
      folder: 'Test',
      tags: ['test'],
      bodies: {
        'en-gb': 'Hello,\n\n1. Send it with DPD within 14 days.\n\nKind regards',
        'en-us': 'Hi,\n\nOption 2: send it within 2 business days.\n\nBest regards',
      },
      sources: [{ backs: ['2'], policy: 'trade-in-device-back.txt', quote: 'within 2 business days' }],
    });
    expect(unsourcedClaims(template)).toEqual(['en-gb: DPD', 'en-gb: 14']);
  });

  it('general knowledge is marked as such, never as policy', () => {
    for (const template of builtinTemplates) {
      for (const source of template.sources ?? []) {
        if ('generalKnowledge' in source) expect(source.generalKnowledge.length, template.id).toBeGreaterThan(10);
        else expect(source.quote.length, template.id).toBeGreaterThan(5);
      }
    }
  });
});

const policy = loadPolicy();

describe.skipIf(!policy)('policy quotes', () => {
  const texts = Object.fromEntries(Object.entries(policy ?? {}).map(([file, text]) => [file, normalisePolicyText(text)]));
  it.each(builtinTemplates.map((template) => [template.id, template] as const))('%s quotes the policy exactly', (_id, template) => {
    for (const source of template.sources ?? []) {
      if (!('policy' in source)) continue;
      expect(texts[source.policy], `"${source.quote}" is not in ${source.policy}`).toContain(normalisePolicyText(source.quote));
    }
  });
});
