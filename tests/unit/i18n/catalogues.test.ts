import { describe, expect, it } from 'vitest';
import { en } from '@/utils/i18n/catalogue-en';
import { INTERFACE_LANGUAGES, interfaceLanguageFor } from '@/utils/i18n/languages';
import { INTERFACE_CATALOGUES, labelInSentence, setInterfaceLanguage, t, translateIn } from '@/utils/i18n/translate';
import { BROWSER_TRANSLATED_KEYS, localeMessageName, localeMessagesFiles } from '@/utils/i18n/manifest-locales';
import { COMMANDS } from '@/utils/keyboard/commands';
import { builtinMacros } from '@/utils/macros/registry';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
const forms = (message: string | { one: string; other: string; many?: string }) =>
  typeof message === 'string' ? [message] : [message.one, message.other, ...(message.many === undefined ? [] : [message.many])];

describe('interface catalogues', () => {
  for (const language of INTERFACE_LANGUAGES) {
    it(`${language}: every message is written and fills the same placeholders as the English`, () => {
      const catalogue = INTERFACE_CATALOGUES[language];
      for (const key of Object.keys(en) as (keyof typeof en)[]) {
        const message = catalogue[key];
        expect(message, key).toBeDefined();
        for (const form of forms(message)) {
          expect(form.trim(), `${language} ${key}`).not.toBe('');
          expect(placeholders(form), `${language} ${key}`).toEqual(placeholders(forms(en[key])[0]!));
        }
      }
      expect(Object.keys(catalogue).sort()).toEqual(Object.keys(en).sort());
    });

    it(`${language}: every plural message has the forms Intl.PluralRules('${language}') picks, and no other`, () => {
      const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
      for (const [key, message] of Object.entries(INTERFACE_CATALOGUES[language])) {
        if (typeof message === 'string') continue;
        // `many` may be left out: it falls back to `other` (French "1 000 000 de photos" is the only use).
        for (const form of Object.keys(message)) expect(categories, `${language} ${key} has a "${form}" form`).toContain(form);
        expect(Object.keys(message), `${language} ${key}`).toEqual(expect.arrayContaining(['one', 'other']));
      }
    });
  }

  it('names every registry command and built-in macro in each language', () => {
    for (const command of COMMANDS) {
      expect(en).toHaveProperty([`command.${command.id}.title`], command.title);
      expect(en).toHaveProperty([`command.${command.id}.description`], command.description);
    }
    for (const macro of builtinMacros) {
      expect(en).toHaveProperty([`macro.${macro.id}.name`], macro.name);
      expect(en).toHaveProperty([`macro.${macro.id}.description`], macro.description);
    }
  });
});

describe('t()', () => {
  it('picks the plural form by the language’s rules: French counts 0 and 1 as singular, English only 1', () => {
    expect(translateIn('en', 'photos.missingCount', { count: 3 })).toBe('3 photos missing');
    expect(translateIn('en', 'photos.missingCount', { count: 1 })).toBe('1 photo missing');
    expect(translateIn('en', 'photos.missingCount', { count: 0 })).toBe('0 photos missing');
    expect(translateIn('fr', 'photos.missingCount', { count: 1 })).toBe('1 photo manquante');
    expect(translateIn('fr', 'photos.missingCount', { count: 0 })).toBe('0 photo manquante');
    expect(translateIn('fr', 'photos.missingCount', { count: 3 })).toBe('3 photos manquantes');
  });

  it('Spanish and Italian: 0 is plural, and a round million takes "de"/"di" (the `many` form of recent CLDR)', () => {
    expect(translateIn('es', 'palette.resultCount', { count: 1 })).toBe('1 resultado');
    expect(translateIn('es', 'palette.resultCount', { count: 0 })).toBe('0 resultados');
    expect(translateIn('es', 'palette.resultCount', { count: 1200 })).toBe('1200 resultados');
    expect(translateIn('es', 'palette.resultCount', { count: 1_000_000 })).toBe('1.000.000 de resultados');
    expect(translateIn('es', 'palette.resultCount', { count: 1_000_001 })).toBe('1.000.001 resultados');
    expect(translateIn('it', 'palette.resultCount', { count: 1 })).toBe('1 risultato');
    expect(translateIn('it', 'palette.resultCount', { count: 0 })).toBe('0 risultati');
    expect(translateIn('it', 'palette.resultCount', { count: 2_000_000 })).toBe('2.000.000 di risultati');
  });

  it('German counts only 1 as singular, as English does', () => {
    expect(translateIn('de', 'photos.missingCount', { count: 1 })).toBe('1 Foto fehlt');
    expect(translateIn('de', 'photos.missingCount', { count: 0 })).toBe('0 Fotos fehlen');
    expect(translateIn('de', 'photos.missingCount', { count: 3 })).toBe('3 Fotos fehlen');
    expect(translateIn('de', 'privacy.choices', { count: 1 })).toBe('die Auswahl in 1 Fall');
    expect(translateIn('de', 'privacy.choices', { count: 21 })).toBe('die Auswahl in 21 Fällen');
  });

  it('writes numbers for the language (French groups thousands with a narrow space)', () => {
    expect(translateIn('en', 'palette.resultCount', { count: 1200 })).toBe('1,200 results');
    expect(translateIn('fr', 'palette.resultCount', { count: 1200 })).toBe('1\u202f200 résultats');
    expect(translateIn('de', 'palette.resultCount', { count: 1200 })).toBe('1.200 Ergebnisse');
  });

  it('keeps a label’s capital inside a German sentence, where English and French lower-case it', () => {
    expect(labelInSentence('Customer')).toBe('customer');
    setInterfaceLanguage('de');
    try {
      expect(t('header.confirmFact', { fact: labelInSentence(t('header.customer')) })).toBe('Kunde bestätigen');
    } finally {
      setInterfaceLanguage('en');
    }
  });

  it('answers in the language set last', () => {
    setInterfaceLanguage('fr');
    try {
      expect(t('help.close')).toBe('Fermer');
    } finally {
      setInterfaceLanguage('en');
    }
    expect(t('help.close')).toBe('Close');
  });
});

describe('interface language', () => {
  it('follows the browser’s first language the interface has, else English; the options’ choice wins', () => {
    expect(interfaceLanguageFor('browser', ['fr-FR', 'en-US'])).toBe('fr');
    expect(interfaceLanguageFor('browser', ['fr_BE'])).toBe('fr');
    expect(interfaceLanguageFor('browser', ['nl-NL', 'fr-FR'])).toBe('fr');
    expect(interfaceLanguageFor('browser', ['nl-NL'])).toBe('en');
    expect(interfaceLanguageFor('browser', [])).toBe('en');
    expect(interfaceLanguageFor('en', ['fr-FR'])).toBe('en');
    expect(interfaceLanguageFor('fr', ['en-US'])).toBe('fr');
  });

  it('takes a regional Spanish or Italian for the language itself', () => {
    expect(interfaceLanguageFor('browser', ['es-MX', 'en'])).toBe('es');
    expect(interfaceLanguageFor('browser', ['es'])).toBe('es');
    expect(interfaceLanguageFor('es', ['fr-FR'])).toBe('es');
    expect(interfaceLanguageFor('browser', ['it-CH'])).toBe('it');
    expect(interfaceLanguageFor('browser', ['rm-CH', 'it-CH', 'fr-CH'])).toBe('it');
  });

  it('gives German to an Austrian or Swiss browser (any region of a language the interface has)', () => {
    expect(interfaceLanguageFor('browser', ['de-AT', 'en'])).toBe('de');
    expect(interfaceLanguageFor('browser', ['de-CH'])).toBe('de');
    expect(interfaceLanguageFor('browser', ['en-GB', 'de-AT'])).toBe('en');
    expect(interfaceLanguageFor('de', ['fr-FR'])).toBe('de');
  });
});

describe('_locales', () => {
  it('gives the browser the manifest’s name, description, toolbar title and shortcut names in each language', () => {
    const files = localeMessagesFiles();
    expect(Object.keys(files).sort()).toEqual([...INTERFACE_LANGUAGES].sort());
    expect(files.en?.manifest_name?.message).toBe('ReturnDesk');
    expect(files.fr?.manifest_actionTitle?.message).toBe('Ouvrir ReturnDesk');
    expect(files.fr?.['command_check-conversation_title'.replace(/-/g, '_')]?.message).toBe('Vérifier la conversation (photos et numéros)');
    expect(files.de?.manifest_actionTitle?.message).toBe('ReturnDesk öffnen');
    for (const key of BROWSER_TRANSLATED_KEYS) {
      // Chrome refuses a messages.json name with other characters.
      expect(localeMessageName(key)).toMatch(/^[A-Za-z0-9_@]+$/);
      for (const language of INTERFACE_LANGUAGES)
        expect(files[language]?.[localeMessageName(key)]?.message).toBe(translateIn(language, key));
    }
  });
});
