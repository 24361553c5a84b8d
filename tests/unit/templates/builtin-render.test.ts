// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { bodyFor } from '@/utils/templates/define';
import { builtinTemplate, builtinTemplates } from '@/utils/templates/registry';
import { renderTemplate, type TemplateValues } from '@/utils/templates/render';
import { caseValues } from '@/utils/templates/case-values';
import { derivedValues } from '@/utils/templates/variables';
import { detectCategory } from '@/utils/checklist/detect-category';
import { categoryById } from '@/utils/checklist/registry';
import { sampleSnapshot } from '../helpers/snapshot';

/** One care case per kind of item a customer sends back, with every fact the panel can know. */
const PRODUCTS = {
  smartphone: { title: 'iPhone 13 128GB - Midnight - Unlocked', category: 'Smartphones' },
  tablet: { title: 'iPad Air (2022) 64GB - Space Gray - WiFi', category: 'Tablets' },
  laptop: { title: 'MacBook Air 13" (2020) - Apple M1 - 8GB RAM - SSD 256GB - QWERTY - English', category: 'Laptops' },
  smartwatch: { title: 'Apple Watch Series 8 (2022) GPS 45 mm - Aluminium Midnight - Sport band', category: 'Smartwatches' },
  console: { title: 'PlayStation 5 Slim 1TB - White', category: 'Consoles' },
} as const;

const LOCALES = ['en-gb', 'en-us', 'fr-fr', 'de-de', 'es-es', 'it-it'] as const;
type Locale = (typeof LOCALES)[number];

/** How each locale greets a customer whose first name is known (Amelia) and unknown, and closes. */
const LETTER: Record<Locale, { named: RegExp; unnamed: RegExp; closing: RegExp }> = {
  'en-gb': { named: /^Hello Amelia,\n/, unnamed: /^Hello,\n/, closing: /Kind regards$/ },
  'en-us': { named: /^Hi Amelia,\n/, unnamed: /^Hi,\n/, closing: /Best regards$/ },
  'fr-fr': { named: /^Bonjour Amelia,\n/, unnamed: /^Bonjour,\n/, closing: /Bien cordialement$/ },
  'de-de': { named: /^Hallo Amelia,\n/, unnamed: /^Guten Tag,\n/, closing: /Freundliche Grüße$/ },
  'es-es': { named: /^Hola, Amelia:\n/, unnamed: /^Hola:\n/, closing: /Un cordial saludo$/ },
  'it-it': { named: /^Gentile Amelia,\n/, unnamed: /^Buongiorno,\n/, closing: /Cordiali saluti$/ },
};

/** Built-ins offered in some markets only have no body in the others' languages. */
function hasBody(id: string, locale: Locale): boolean {
  return builtinTemplate(id).bodies[locale] !== undefined;
}

function fullCase(kind: keyof typeof PRODUCTS, locale: Locale): TemplateValues {
  const product = PRODUCTS[kind];
  const snapshot = sampleSnapshot({ product, country: locale });
  const shots = categoryById(detectCategory({ productTitle: product.title, categoryName: product.category }).category).shots;
  return {
    ...caseValues(snapshot),
    ...derivedValues(product, locale, new Date('2026-11-22T10:00:00Z')),
    imei: '490154203237518',
    waybill: '0057714403',
    order_date: '3 March 2026',
    missing_shots: shots.slice(0, 2).map((shot) => `${shot.label}: ${shot.howTo}`),
    reshoot_shots: [`${shots[2]!.label}: The photo is too dark.`],
  };
}

/** Artefacts a reader would notice: a dropped value leaves "your ." or " ,", an unfilled tag leaves braces. */
function expectReadable(text: string) {
  expect(text).not.toMatch(/\{\{|\}\}/);
  expect(text).not.toMatch(/\b(?:undefined|null|NaN)\b/);
  expect(text).not.toMatch(/ [.,:;)]/);
  expect(text).not.toMatch(/[^\n] {2,}/);
  expect(text).not.toMatch(/\n{3,}/);
  expect(text).not.toMatch(/\byour (?:the|a)\b/);
}

const matrix = builtinTemplates.flatMap((template) =>
  LOCALES.filter((locale) => hasBody(template.id, locale)).flatMap((locale) =>
    (Object.keys(PRODUCTS) as (keyof typeof PRODUCTS)[]).map((kind) => [template.id, locale, kind] as const),
  ),
);

describe('every built-in with every fact known', () => {
  it.each(matrix)('%s renders completely (%s, %s)', (id, locale, kind) => {
    const values = fullCase(kind, locale);
    const { text, missing } = renderTemplate(bodyFor(builtinTemplate(id), locale), values);
    expect(missing).toEqual([]);
    expectReadable(text);
    expect(text).toMatch(LETTER[locale].named);
    expect(text).toMatch(LETTER[locale].closing);
  });
});

describe('every built-in with nothing known', () => {
  // Only these templates cannot be sent without a fact; every other fact sits in an optional section.
  const REQUIRED: Record<string, string[]> = {
    'imei-received': ['imei'],
    'photo-request-missing': ['first_name', 'product'],
  };

  it.each(
    builtinTemplates.flatMap((template) =>
      LOCALES.filter((locale) => hasBody(template.id, locale)).map((locale) => [template.id, locale] as const),
    ),
  )('%s still reads well (%s)', (id, locale) => {
    const { text, missing } = renderTemplate(bodyFor(builtinTemplate(id), locale), {});
    // English greets by name only ("Hello Amelia,"); the other languages have a greeting without one.
    const required = (REQUIRED[id] ?? []).filter((name) => name !== 'first_name' || locale.startsWith('en-'));
    expect(missing).toEqual(required);
    if (missing.length === 0) {
      expectReadable(text);
      expect(text).toMatch(LETTER[locale].unnamed);
    }
  });
});

describe('optional facts', () => {
  it.each(LOCALES)('the DHL pickup reply says where the waybill is, and gives it when known (%s)', (locale) => {
    const body = bodyFor(builtinTemplate('return-label-dhl-pickup'), locale);
    const known = renderTemplate(body, { waybill: '0057714403' }).text;
    const unknown = renderTemplate(body, {}).text;
    for (const text of [known, unknown]) expect(text).toMatch(/\b10\b[^\n]*WAYBILL/);
    expect(known).toContain('0057714403');
    expect(unknown).not.toContain('0057714403');
    expect(unknown.length).toBeLessThan(known.length);
  });

  it('the UPS reply gives the weight for the item only when the guide has one', () => {
    const body = bodyFor(builtinTemplate('trade-in-prepaid-ups-label'), 'en-us');
    expect(renderTemplate(body, fullCase('console', 'en-us')).text).toContain('For your device, use about 6 lb.');
    expect(renderTemplate(body, fullCase('smartwatch', 'en-us')).text).not.toContain('For your device, use about');
  });

  it('the handwritten order details fill in the order number and date when known', () => {
    const body = bodyFor(builtinTemplate('order-details-in-parcel'), 'en-gb');
    const text = renderTemplate(body, { order_id: '58123456', order_date: '3 March 2026' }).text;
    expect(text).toContain('- Your order number: 58123456');
    expect(text).toContain('- The date of the order: 3 March 2026');
    expect(renderTemplate(body, {}).text).toContain('- Your order number\n');
  });

  it('the trade-in returns give the tracking number when known', () => {
    const body = bodyFor(builtinTemplate('trade-in-counteroffer-declined'), 'en-us');
    expect(renderTemplate(body, { tracking_number: '1Z999AA10123456784' }).text).toContain('follow the package: 1Z999AA10123456784.');
    expect(renderTemplate(body, {}).text).toContain('follow the package.');
  });
});

describe('photo requests per category', () => {
  it.each(['smartphone', 'tablet', 'computer', 'smartwatch', 'other'] as const)(
    "photo-request-%s lists the checklist's seven shots by their guide labels",
    (category) => {
      const shots = categoryById(category).shots;
      const gb = renderTemplate(builtinTemplate(`photo-request-${category}`).bodies['en-gb'], {}).text;
      const us = renderTemplate(builtinTemplate(`photo-request-${category}`).bodies['en-us'], {}).text;
      const listed = (text: string) =>
        text
          .split('\n')
          .filter((line) => line.startsWith('- '))
          .map((line) => line.slice(2));
      expect(listed(us)).toEqual(shots.map((shot) => shot.label));
      expect(listed(gb)).toEqual(shots.map((shot) => shot.labelUk ?? shot.label));
    },
  );

  it('British smartwatch requests use the UK guide wording', () => {
    expect(builtinTemplate('photo-request-smartwatch').bodies['en-gb']).toContain('- Rear case');
    expect(builtinTemplate('photo-request-smartwatch').bodies['en-us']).toContain('- Back case');
  });
});
