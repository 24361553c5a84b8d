import { describe, expect, it } from 'vitest';
import { builtinTemplates } from '@/utils/templates/registry';
import { renderForCase, type CaseFacts } from '@/utils/templates/case-render';
import { renderTemplate, type TemplateValues } from '@/utils/templates/render';
import { sampleSnapshot } from '../helpers/snapshot';

/**
 * A customer's name, order or product text that looks like a template ({{last_name}}, {{#section}}) or like a
 * replacement pattern ($&, $1) is inserted as typed: values are never read as template text a second time.
 *
 * The check is metamorphic: rendering with hostile values must equal rendering with inert tokens and then putting
 * each value in its token's place, for every built-in template.
 */

const HOSTILE: Record<string, string> = {
  first_name: '{{last_name}}',
  last_name: '{{#first_name}}twice{{/first_name}}',
  order_id: '{{order_id}}{{order_id}}',
  product: "$& $1 $` $' {{.}}",
  category: '{{^x}}shown{{/x}}',
  carrier: '}}{{ {{{raw}}}',
  tracking_number: '{{ tracking_number }}',
};
const token = (name: string) => `\u0001${name}\u0001`;

function facts(values: Record<string, string>): CaseFacts {
  return {
    snapshot: sampleSnapshot({
      customer: { firstName: values.first_name!, lastName: values.last_name! },
      orderId: values.order_id!,
      product: { title: values.product!, category: values.category! },
      carrier: values.carrier!,
      trackingNumber: values.tracking_number!,
    }),
    photoRequest: null,
    readValues: {},
    now: new Date('2026-11-22T10:00:00Z'),
  };
}

describe('page values in templates', () => {
  it('are inserted literally into every built-in template', () => {
    const tokens = Object.fromEntries(Object.keys(HOSTILE).map((name) => [name, token(name)]));
    let compared = 0;
    for (const template of builtinTemplates) {
      for (const country of ['en-gb', 'en-us'] as const) {
        const withTokens = renderForCase(template, { ...facts(tokens), snapshot: { ...facts(tokens).snapshot, country } });
        const withHostile = renderForCase(template, { ...facts(HOSTILE), snapshot: { ...facts(HOSTILE).snapshot, country } });
        expect(withHostile.ok, template.id).toBe(withTokens.ok);
        if (!withTokens.ok || !withHostile.ok) continue;
        const expected = Object.entries(HOSTILE).reduce((text, [name, value]) => text.split(token(name)).join(value), withTokens.text);
        expect(withHostile.text, template.id).toBe(expected);
        if (withTokens.text.includes('\u0001')) compared++;
      }
    }
    // Most built-ins greet the customer by name: the comparison above covered real insertions.
    expect(compared).toBeGreaterThan(10);
  });

  it('list items are inserted literally too', () => {
    const body = '{{#missing_shots}}- {{.}}\n{{/missing_shots}}Thanks {{first_name}}';
    const values: TemplateValues = { missing_shots: ['{{first_name}}', '$&', '{{/missing_shots}}'], first_name: '{{.}}' };
    expect(renderTemplate(body, values).text).toBe('- {{first_name}}\n- $&\n- {{/missing_shots}}\nThanks {{.}}');
  });
});
