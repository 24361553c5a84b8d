// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { bodyInLanguage, messageLanguage, offeredForCase, replyLanguage, siteRegion } from '@/utils/templates/locale';
import { defineTemplate } from '@/utils/templates/define';
import { builtinTemplate } from '@/utils/templates/registry';

const pick = (input: Parameters<typeof replyLanguage>[0]) => {
  const { locale, source, written } = replyLanguage(input);
  return { locale, source, written };
};

describe('replyLanguage: the locale follows the case', () => {
  it.each([
    ['fr-fr', 'fr-fr'],
    ['fr-be', 'fr-fr'],
    ['de-de', 'de-de'],
    ['de-at', 'de-de'],
    ['es-es', 'es-es'],
    ['it-it', 'it-it'],
    ['en-gb', 'en-gb'],
    ['en-ie', 'en-gb'],
    ['en-us', 'en-us'],
  ])('a %s conversation gets %s replies', (country, locale) => {
    expect(pick({ country })).toEqual({ locale, source: 'country', written: true });
  });

  it('a Dutch-speaking Belgian conversation wants Dutch, which has no bodies: English, flagged as not written', () => {
    expect(replyLanguage({ country: 'nl-be' })).toMatchObject({ language: 'nl', locale: 'en-us', written: false });
  });

  it.each([
    ['https://www.backmarket.fr/bo-seller/customer-care/1', 'fr-fr'],
    ['https://www.backmarket.de/bo-seller/customer-care/1', 'de-de'],
    ['https://www.backmarket.at/bo-seller/customer-care/1', 'de-de'],
    ['https://www.backmarket.es/bo-seller/customer-care/1', 'es-es'],
    ['https://www.backmarket.it/bo-seller/customer-care/1', 'it-it'],
    ['https://www.backmarket.co.uk/bo-seller/customer-care/1', 'en-gb'],
    ['https://www.backmarket.com/bo-seller/customer-care/1', 'en-us'],
  ])('without a country, the site decides: %s -> %s', (url, locale) => {
    expect(pick({ url })).toEqual({ locale, source: 'site', written: true });
  });

  it("on backmarket.be the customer's messages decide between French and Dutch", () => {
    const url = 'https://www.backmarket.be/bo-seller/customer-care/1';
    expect(replyLanguage({ url, customerTexts: ["Bonjour, mon téléphone ne s'allume pas et je voudrais le renvoyer."] })).toMatchObject({
      language: 'fr',
      locale: 'fr-fr',
      source: 'messages',
    });
    expect(replyLanguage({ url, customerTexts: ['Goedendag, mijn telefoon gaat niet aan en ik wil het terugsturen.'] })).toMatchObject({
      language: 'nl',
      written: false,
      source: 'messages',
    });
  });

  it("the agent's switch wins over everything; the options' default applies only when the case does not tell", () => {
    expect(pick({ country: 'fr-fr', override: 'de-de' })).toEqual({ locale: 'de-de', source: 'switch', written: true });
    expect(pick({ country: 'fr-fr', defaultLocale: 'it-it' })).toMatchObject({ locale: 'fr-fr', source: 'country' });
    expect(pick({ defaultLocale: 'it-it' })).toMatchObject({ locale: 'it-it', source: 'default' });
    expect(pick({ defaultLocale: 'auto' })).toMatchObject({ locale: 'en-us', source: 'default' });
    expect(pick({ url: 'https://example.com/x' })).toMatchObject({ locale: 'en-us', source: 'default' });
  });
});

describe('siteRegion and messageLanguage', () => {
  it('reads the country from Back Market hosts only', () => {
    expect(siteRegion('https://preprod.backmarket.fr/x')).toBe('fr');
    expect(siteRegion('https://www.backmarket.co.uk/x')).toBe('gb');
    expect(siteRegion('https://evil-backmarket.fr.example.com/x')).toBeNull();
    expect(siteRegion('http://127.0.0.1:5173/x')).toBeNull();
    expect(siteRegion('not a url')).toBeNull();
  });

  it('says nothing when the messages do not lean either way', () => {
    expect(messageLanguage(['IMEI 490154203237518'], ['fr', 'nl'])).toBeNull();
    expect(messageLanguage([], ['fr', 'nl'])).toBeNull();
  });
});

describe('bodyInLanguage: a missing translation falls back visibly', () => {
  const englishOnly = defineTemplate({
    id: 'english-only',
    title: 'An agent template written in English only',
    folder: 'Mine',
    tags: ['test'],
    bodies: { 'en-gb': 'Hello,\n\nKind regards', 'en-us': 'Hi,\n\nBest regards' },
  });

  it("gives the case's language when the template has it", () => {
    const chosen = bodyInLanguage(builtinTemplate('warranty-coverage'), replyLanguage({ country: 'fr-fr' }));
    expect(chosen.locale).toBe('fr-fr');
    expect(chosen.body).toContain('garantie');
    expect(chosen.fallback).toBeNull();
  });

  it('gives English with a note naming the language otherwise', () => {
    expect(bodyInLanguage(englishOnly, replyLanguage({ country: 'fr-fr' }))).toEqual({
      body: 'Hi,\n\nBest regards',
      locale: 'en-us',
      fallback: 'English: no French text yet',
    });
    expect(bodyInLanguage(builtinTemplate('warranty-coverage'), replyLanguage({ country: 'nl-be' })).fallback).toBe(
      'English: no Dutch text yet',
    );
  });
});

describe('offeredForCase', () => {
  const dpd = builtinTemplate('return-label-dpd-uk');
  it('offers DPD UK only in UK conversations (or when the country is unknown)', () => {
    expect(offeredForCase(dpd, 'en-gb')).toBe(true);
    expect(offeredForCase(dpd, 'fr-fr')).toBe(false);
    expect(offeredForCase(dpd, null, 'https://www.backmarket.de/x')).toBe(false);
    expect(offeredForCase(dpd, null, 'http://127.0.0.1/x')).toBe(true);
    expect(offeredForCase(builtinTemplate('return-label-dhl-express'), 'fr-fr')).toBe(true);
  });
});
