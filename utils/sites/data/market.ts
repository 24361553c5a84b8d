/**
 * The back office's JSON gives a country as a market code (`GB`); the snapshot keeps the Care API's locale
 * (`en-gb`, COUNTRY_CODES in care-api-openapi.yml). One locale per market: every market has a single one there.
 */
const LOCALE_BY_MARKET: Record<string, string> = {
  FR: 'fr-fr',
  BE: 'fr-be',
  ES: 'es-es',
  DE: 'de-de',
  AT: 'de-at',
  IT: 'it-it',
  GB: 'en-gb',
  UK: 'en-gb',
  NL: 'nl-nl',
  PT: 'pt-pt',
  IE: 'en-ie',
  GR: 'el-gr',
  SK: 'sk-sk',
  SE: 'sv-se',
  US: 'en-us',
  JP: 'ja-jp',
  AU: 'en-au',
};

/** `GB` -> `en-gb`; a locale already (`en-GB`, `en_gb`) is normalised; anything else is null. */
export function localeFromCountry(value: string | null | undefined): string | null {
  const trimmed = value?.trim();
  if (!trimmed) return null;
  const locale = trimmed.toLowerCase().replace('_', '-');
  if (/^[a-z]{2}-[a-z]{2}$/.test(locale)) return locale;
  return LOCALE_BY_MARKET[trimmed.toUpperCase()] ?? null;
}
