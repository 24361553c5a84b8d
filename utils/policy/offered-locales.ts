import { TEMPLATE_LOCALES, type TemplateLocale } from '../templates/define';
import type { CaseLanguage, ReplyLanguage } from '../templates/locale';

/**
 * The reply languages a team offers (`locales` in its policy) applied to a case: the panel's switch lists only
 * those, and a case whose own language is not among them is answered in an offered one, saying so. Pure.
 */

/** The locales agents may reply in: the team's, in the team's order, or every locale when the team names none. */
export const offeredLocales = (offered: readonly TemplateLocale[] | null | undefined): readonly TemplateLocale[] =>
  offered && offered.length > 0 ? offered : TEMPLATE_LOCALES;

/**
 * The locale to write in when `wanted` may not be: an offered one of the same language (British English for
 * American English), else the first one the team offers.
 */
export function offeredLocaleFor(wanted: TemplateLocale, offered: readonly TemplateLocale[] | null | undefined): TemplateLocale {
  const allowed = offeredLocales(offered);
  if (allowed.includes(wanted)) return wanted;
  const language = wanted.split('-')[0]!;
  return allowed.find((locale) => locale.startsWith(`${language}-`)) ?? allowed[0]!;
}

export interface OfferedReplyLanguage extends ReplyLanguage {
  /** The language the case asked for when the team does not offer it (the panel says so); null otherwise. */
  notOffered: ReplyLanguage | null;
}

/** A case's reply language within the locales the team offers. */
export function withinOfferedLocales(language: ReplyLanguage, offered: readonly TemplateLocale[] | null | undefined): OfferedReplyLanguage {
  const locale = offeredLocaleFor(language.locale, offered);
  if (locale === language.locale) return { ...language, notOffered: null };
  return { language: locale.split('-')[0] as CaseLanguage, locale, written: true, source: language.source, notOffered: language };
}
