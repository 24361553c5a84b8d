/**
 * A reply template: one file per template under builtin/, registered in registry.ts. Bodies are logic-less (see
 * render.ts) and written per locale; British and American English exist for every template, and the structure
 * takes French, German, Spanish and Italian bodies when they are written.
 */

export const TEMPLATE_LOCALES = ['en-gb', 'en-us', 'fr-fr', 'de-de', 'es-es', 'it-it'] as const;
export type TemplateLocale = (typeof TEMPLATE_LOCALES)[number];

/** The platform's help articles a built-in rests on (`../shared/policy/`, see its README). */
export const POLICY_FILES = ['return-an-item.txt', 'return-an-item-uk.txt', 'trade-in-device-back.txt'] as const;
export type PolicyFile = (typeof POLICY_FILES)[number];

/**
 * Where a built-in's claim comes from: a sentence of the policy (quoted exactly, so a test can find it), or general
 * device knowledge, which is true for current devices but is not Back Market's policy and is never counted as such.
 * `backs` lists the figures and carrier services the bodies state on this source's strength (`30`, `0.55`,
 * `DHL Service Point`); a body stating one that no source backs fails tests/unit/templates/sources.test.ts.
 */
export type TemplateSource =
  { backs: readonly string[]; policy: PolicyFile; quote: string } | { backs: readonly string[]; generalKnowledge: string };

export interface TemplateDefinition {
  /** Same as the file name. */
  id: string;
  title: string;
  folder: string;
  tags: readonly string[];
  /** Typed in the composer (`;dhl`), it expands to this template (utils/keyboard/abbreviations.ts). */
  abbreviation?: string;
  bodies: { 'en-gb': string; 'en-us': string } & Partial<Record<TemplateLocale, string>>;
  /**
   * Countries where the template applies (the region of the Care API locale: `gb` in `en-gb`); every country when
   * absent. A carrier service that exists in one market (DPD UK Pickup shops) is offered only there, and needs no
   * body in the other markets' languages.
   */
  regions?: readonly string[];
  /** Built-ins only: what each stated figure, deadline and carrier service rests on. */
  sources?: readonly TemplateSource[];
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
