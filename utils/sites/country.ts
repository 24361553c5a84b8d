import { interfaceLanguage } from '../i18n/translate';

/** "United Kingdom (en-gb)" from a Care API locale; the locale alone when the runtime has no region names. */
export function countryName(locale: string): string {
  const region = locale.split('-')[1]?.toUpperCase();
  if (!region) return locale;
  try {
    const name = new Intl.DisplayNames([interfaceLanguage()], { type: 'region' }).of(region);
    return name && name !== region ? `${name} (${locale})` : locale;
  } catch {
    return locale;
  }
}
