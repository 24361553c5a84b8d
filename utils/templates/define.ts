/**
 * A reply template: one file per template under builtin/, registered in registry.ts. Bodies are logic-less (see
 * render.ts) and written per locale; British and American English exist for every template, and the structure
 * takes French, German, Spanish and Italian bodies when they are written.
 */

export const TEMPLATE_LOCALES = ['en-gb', 'en-us', 'fr-fr', 'de-de', 'es-es', 'it-it'] as const;
export type TemplateLocale = (typeof TEMPLATE_LOCALES)[number];

export interface TemplateDefinition {
  /** Same as the file name. */
  id: string;
  title: string;
  folder: string;
  tags: readonly string[];
  /** Typed in the composer (`;dhl`), it expands to this template (utils/keyboard/abbreviations.ts). */
  abbreviation?: string;
  bodies: { 'en-gb': string; 'en-us': string } & Partial<Record<TemplateLocale, string>>;
}

export function defineTemplate(template: TemplateDefinition): TemplateDefinition {
  return template;
}

/**
 * The body locale for a conversation's country (Care API locale, e.g. `en-ie`): British English for the UK,
 * Ireland and Australia, the country's language where a body exists, American English otherwise.
 */
export function templateLocaleFor(country: string | null | undefined, available: readonly string[]): TemplateLocale {
  const locale = (country ?? '').toLowerCase();
  if (available.includes(locale)) return locale as TemplateLocale;
  const language = locale.split('-')[0];
  const sameLanguage = available.find((candidate) => candidate.startsWith(`${language}-`) && language !== 'en');
  if (sameLanguage) return sameLanguage as TemplateLocale;
  return ['en-gb', 'en-ie', 'en-au'].includes(locale) ? 'en-gb' : 'en-us';
}

export function bodyFor(template: TemplateDefinition, country: string | null | undefined): string {
  const locale = templateLocaleFor(country, Object.keys(template.bodies));
  return template.bodies[locale] ?? template.bodies['en-us'];
}
