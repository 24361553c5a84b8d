/** The languages the extension's own interface is written in (reply bodies have their own list: templates/define.ts). */
export const INTERFACE_LANGUAGES = ['en', 'fr', 'de', 'es', 'it'] as const;
export type InterfaceLanguage = (typeof INTERFACE_LANGUAGES)[number];
/** The options' "Interface language": the browser's, or one of ours. */
export const INTERFACE_LANGUAGE_SETTINGS = ['browser', ...INTERFACE_LANGUAGES] as const;
export type InterfaceLanguageSetting = (typeof INTERFACE_LANGUAGE_SETTINGS)[number];

/** Each language named in itself, as language menus show them. */
export const INTERFACE_LANGUAGE_NAMES: Record<InterfaceLanguage, string> = { en: 'English', fr: 'Français', de: 'Deutsch', es: 'Español', it: 'Italiano' };

/** Languages that write every noun with a capital: a label placed inside a sentence keeps its case there. */
export const LANGUAGES_CAPITALISING_NOUNS: ReadonlySet<InterfaceLanguage> = new Set(['de']);

/**
 * The language the interface speaks: the one set in the options, else the first of the browser's languages (BCP 47
 * tags, most preferred first) that the interface has, else English.
 */
export function interfaceLanguageFor(setting: InterfaceLanguageSetting, browserLanguages: readonly string[]): InterfaceLanguage {
  if (setting !== 'browser') return setting;
  for (const tag of browserLanguages) {
    const primary = tag.toLowerCase().split(/[-_]/)[0];
    const match = INTERFACE_LANGUAGES.find((language) => language === primary);
    if (match) return match;
  }
  return 'en';
}
