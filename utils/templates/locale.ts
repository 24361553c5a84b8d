import { TEMPLATE_LOCALES, type TemplateDefinition, type TemplateLocale } from './define';
import { languageName, t } from '../i18n/translate';

/**
 * Which language a case's replies are in. The conversation says it first: its Care API locale (`fr-fr`, `de-at`,
 * `fr-be`, `nl-be`), else the site it is on (`backmarket.fr` -> French; `.be` has two languages, so the customer's
 * messages decide between French and Dutch), else the agent's default from the options (used only when the case
 * does not tell). The agent can switch a
 * case to another language in the panel. A template without a body in the case's language falls back to English
 * and says so ("English: no French text yet"), never silently.
 */

/** Languages a case can be in; `nl` has no bodies yet and always falls back (visibly). */
export const CASE_LANGUAGES = ['en', 'fr', 'de', 'es', 'it', 'nl'] as const;
export type CaseLanguage = (typeof CASE_LANGUAGES)[number];

export const LANGUAGE_NAMES: Record<CaseLanguage, string> = {
  en: 'English',
  fr: 'French',
  de: 'German',
  es: 'Spanish',
  it: 'Italian',
  nl: 'Dutch',
};

/** How the panel's switch names each body locale. */
export const LOCALE_NAMES: Record<TemplateLocale, string> = {
  'en-gb': 'English (UK)',
  'en-us': 'English (US)',
  'fr-fr': 'Français',
  'de-de': 'Deutsch',
  'es-es': 'Español',
  'it-it': 'Italiano',
};

export type LanguageSource = 'switch' | 'country' | 'site' | 'messages' | 'default';

export interface ReplyLanguage {
  language: CaseLanguage;
  /** The body locale wanted: the language's own, or the English variant for `en` and languages without bodies. */
  locale: TemplateLocale;
  /** False when the language has no bodies at all (Dutch): every reply falls back, visibly. */
  written: boolean;
  /** Where the choice came from, for the panel's hint ("from the conversation's country"). */
  source: LanguageSource;
}

export interface CaseLanguageInput {
  /** The snapshot's Care API locale, e.g. `fr-be`. */
  country?: string | null;
  /** The conversation's address. */
  url?: string | null;
  /** The customer's messages, for sites with two languages (`.be`). */
  customerTexts?: readonly string[];
  /** The agent's switch for this case. */
  override?: TemplateLocale | null;
  /** The default from the options ('auto' follows the case). */
  defaultLocale?: TemplateLocale | 'auto' | null;
}

/** English variant for a region: British for the UK, Ireland and Australia, American elsewhere (as before). */
function englishFor(region: string | null): TemplateLocale {
  return region && ['gb', 'ie', 'au'].includes(region) ? 'en-gb' : 'en-us';
}

function localeOf(language: CaseLanguage, region: string | null): TemplateLocale {
  const own = TEMPLATE_LOCALES.find((locale) => locale.startsWith(`${language}-`) && language !== 'en');
  return own ?? englishFor(region);
}

function isCaseLanguage(value: string): value is CaseLanguage {
  return (CASE_LANGUAGES as readonly string[]).includes(value);
}

/** The site's country from its host: `www.backmarket.co.uk` -> `gb`, `backmarket.fr` -> `fr`, `.com` -> `us`. */
export function siteRegion(url: string | null | undefined): string | null {
  let host: string;
  try {
    host = new URL(url ?? '').hostname.toLowerCase();
  } catch {
    return null;
  }
  if (!/(?:^|\.)backmarket\.[a-z.]+$/.test(host)) return null;
  const tld = host.slice(host.lastIndexOf('backmarket.') + 'backmarket.'.length);
  if (tld === 'co.uk') return 'gb';
  if (tld === 'com') return 'us';
  return /^[a-z]{2}$/.test(tld) ? tld : null;
}

/** The language a site speaks, or null for a site with two (`be`: French and Dutch) or an unknown one. */
const SITE_LANGUAGE: Record<string, CaseLanguage> = {
  gb: 'en',
  us: 'en',
  ie: 'en',
  au: 'en',
  fr: 'fr',
  de: 'de',
  at: 'de',
  es: 'es',
  it: 'it',
  nl: 'nl',
};

// Short, frequent words that tell French, Dutch, German, Spanish, Italian and English apart in a customer's message.
const MARKERS: Record<CaseLanguage, readonly string[]> = {
  fr: ['le', 'la', 'les', 'est', 'je', 'vous', 'pas', 'et', 'une', 'mon', 'avec', 'pour', 'bonjour', 'merci', 'ne'],
  nl: ['de', 'het', 'een', 'ik', 'niet', 'en', 'is', 'mijn', 'van', 'met', 'voor', 'dat', 'hallo', 'bedankt', 'goedendag'],
  de: ['der', 'die', 'das', 'ich', 'nicht', 'und', 'ist', 'mein', 'mit', 'für', 'ein', 'eine', 'hallo', 'danke'],
  es: ['el', 'la', 'los', 'es', 'yo', 'no', 'y', 'mi', 'con', 'para', 'una', 'hola', 'gracias', 'que'],
  it: ['il', 'la', 'è', 'io', 'non', 'e', 'mio', 'con', 'per', 'una', 'che', 'buongiorno', 'grazie', 'sono'],
  en: ['the', 'is', 'i', 'not', 'and', 'my', 'with', 'for', 'a', 'hello', 'thanks', 'it', 'to'],
};

/** The language most of the customer's words are in, among `candidates`; null when nothing stands out. */
export function messageLanguage(texts: readonly string[], candidates: readonly CaseLanguage[]): CaseLanguage | null {
  const words =
    texts
      .join(' ')
      .toLowerCase()
      .match(/\p{L}+/gu) ?? [];
  let best: CaseLanguage | null = null;
  let bestScore = 0;
  let tie = false;
  for (const language of candidates) {
    const markers = new Set(MARKERS[language]);
    const score = words.filter((word) => markers.has(word)).length;
    if (score > bestScore) [best, bestScore, tie] = [language, score, false];
    else if (score === bestScore && score > 0) tie = true;
  }
  return tie ? null : best;
}

/** The language a case's replies should be in, and why. Pure: the panel passes what it knows. */
export function replyLanguage(input: CaseLanguageInput): ReplyLanguage {
  const country = (input.country ?? '').toLowerCase();
  const [countryLanguage = '', countryRegion = null] = country.split('-');
  const region = countryRegion ?? siteRegion(input.url);
  const pick = (language: CaseLanguage, source: LanguageSource): ReplyLanguage => ({
    language,
    locale: localeOf(language, region),
    written: language === 'en' || TEMPLATE_LOCALES.some((locale) => locale.startsWith(`${language}-`)),
    source,
  });

  if (input.override) {
    const language = input.override.split('-')[0] as CaseLanguage;
    return { language, locale: input.override, written: true, source: 'switch' };
  }
  if (isCaseLanguage(countryLanguage)) return pick(countryLanguage, 'country');
  const site = siteRegion(input.url);
  if (site && SITE_LANGUAGE[site]) return pick(SITE_LANGUAGE[site], 'site');
  if (site === 'be') {
    const spoken = messageLanguage(input.customerTexts ?? [], ['fr', 'nl']);
    if (spoken) return pick(spoken, 'messages');
  }
  // Nothing in the case tells: the agent's default, else English.
  if (input.defaultLocale && input.defaultLocale !== 'auto') {
    const language = input.defaultLocale.split('-')[0] as CaseLanguage;
    return { language, locale: input.defaultLocale, written: true, source: 'default' };
  }
  return pick(site === 'be' ? 'fr' : 'en', 'default');
}

export interface ChosenBody {
  body: string;
  locale: TemplateLocale;
  /** Shown beside the reply and when it is inserted, e.g. "English: no French text yet"; null when none. */
  fallback: string | null;
}

/** The body of `template` in the case's language, or its English body with a note saying so. */
export function bodyInLanguage(template: TemplateDefinition, choice: ReplyLanguage): ChosenBody {
  const own = template.bodies[choice.locale];
  if (own !== undefined && choice.written) return { body: own, locale: choice.locale, fallback: null };
  const english = choice.locale === 'en-gb' ? 'en-gb' : 'en-us';
  return {
    body: template.bodies[english],
    locale: english,
    fallback: t('replies.fallback', { language: languageName(choice.language, LANGUAGE_NAMES[choice.language]) }),
  };
}

/**
 * Whether a template belongs in this case's list: one limited to some countries (DPD UK) is offered only in a
 * conversation from one of them, or with no known country at all.
 */
export function offeredForCase(template: TemplateDefinition, country: string | null | undefined, url?: string | null): boolean {
  if (!template.regions) return true;
  const region = (country ?? '').toLowerCase().split('-')[1] ?? siteRegion(url);
  return region === null || region === undefined || template.regions.includes(region);
}
