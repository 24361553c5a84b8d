// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { localeVariableGaps } from '@/utils/templates/library';
import { builtinTemplates } from '@/utils/templates/registry';

describe('localeVariableGaps: a variable the other languages lack', () => {
  it('flags a variable used in one body and not in another written one', () => {
    expect(
      localeVariableGaps({
        'en-gb': 'Hello {{first_name}}, your waybill is {{waybill}}.',
        'en-us': 'Hi {{first_name}}, your waybill is {{waybill}}.',
        'fr-fr': 'Bonjour {{first_name}}, votre colis part bientôt.',
      }),
    ).toEqual([
      { locale: 'en-gb', variable: 'waybill', missingIn: ['fr-fr'] },
      { locale: 'en-us', variable: 'waybill', missingIn: ['fr-fr'] },
    ]);
  });

  it('ignores languages not written yet, list items and broken bodies', () => {
    expect(
      localeVariableGaps({
        'en-gb': '{{#missing_shots}}- {{.}}\n{{/missing_shots}}',
        'en-us': '{{#missing_shots}}{{.}}{{/missing_shots}}',
        'de-de': '',
      }),
    ).toEqual([]);
    expect(localeVariableGaps({ 'en-gb': '{{#imei}}', 'en-us': 'Hi {{imei}}' })).toEqual([]);
  });

  it.each(builtinTemplates.map((template) => [template.id, template] as const))(
    '%s uses the same variables in every language',
    (_id, template) => {
      expect(localeVariableGaps(template.bodies)).toEqual([]);
    },
  );
});
