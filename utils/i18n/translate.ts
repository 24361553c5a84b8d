import { en, type InterfaceMessageKey } from './catalogue-en';
import { fr } from './catalogue-fr';
import { de } from './catalogue-de';
import { es } from './catalogue-es';
import { it } from './catalogue-it';
import type { InterfaceCatalogue, PluralMessage } from './define';
import { LANGUAGES_CAPITALISING_NOUNS, type InterfaceLanguage } from './languages';

/**
 * The extension's own interface text (panel, options, palette, help, toasts, context menu), in the agent's language.
 * `browser.i18n.getMessage` follows the browser's language only, and the options can override it, so every
 * catalogue ships in the bundle and `t()` reads the one chosen. Reply bodies are separate: they follow the case
 * (utils/templates/locale.ts).
 */

export const INTERFACE_CATALOGUES: Record<InterfaceLanguage, InterfaceCatalogue> = { en, fr, de, es, it };

let current: InterfaceLanguage = 'en';

/** Sets the language `t()` answers in; each extension page and the content script set it once their settings are read. */
export function setInterfaceLanguage(language: InterfaceLanguage): void {
  current = language;
}

export function interfaceLanguage(): InterfaceLanguage {
  return current;
}

export type MessageParams = Record<string, string | number>;

/** `{name}` in a message becomes `params.name`; numbers are written for the language (1 234,5 in French). */
function fill(text: string, language: InterfaceLanguage, params: MessageParams | undefined): string {
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? formatInterfaceNumber(value, language) : value;
  });
}

export function formatInterfaceNumber(value: number, language: InterfaceLanguage = current): string {
  return new Intl.NumberFormat(language).format(value);
}

/** The plural form `count` takes in `language` (French: 0 and 1 are singular, English: only 1). */
function pluralForm(message: PluralMessage, count: number, language: InterfaceLanguage): string {
  const category = new Intl.PluralRules(language).select(count);
  return category === 'one' ? message.one : (category === 'many' && message.many) || message.other;
}

/** A message of the interface in `language`; plural messages take `params.count`. */
export function translateIn(language: InterfaceLanguage, key: InterfaceMessageKey, params?: MessageParams): string {
  const message = INTERFACE_CATALOGUES[language][key] ?? en[key];
  const text = typeof message === 'string' ? message : pluralForm(message, Number(params?.count ?? 0), language);
  return fill(text, language, params);
}

/** A message of the interface in the current language. */
export function t(key: InterfaceMessageKey, params?: MessageParams): string {
  return translateIn(current, key, params);
}

/**
 * A label (a field's name, a category, a warranty state) placed inside a sentence: lower-cased where the language
 * writes it so ("Confirm the customer", "Confirmer le client"), kept where nouns keep their capital ("Kunde bestätigen").
 */
export function labelInSentence(label: string): string {
  return LANGUAGES_CAPITALISING_NOUNS.has(current) ? label : label.toLocaleLowerCase(current);
}

/** A language named in the interface's language ("French" / "français"), from `Intl.DisplayNames`. */
export function languageName(code: string, fallback: string = code): string {
  try {
    return new Intl.DisplayNames([current], { type: 'language' }).of(code) ?? fallback;
  } catch {
    return fallback;
  }
}

/** Whether the catalogue has this key (for keys built from a registry's ids: commands, built-in macros). */
function isMessageKey(key: string): key is InterfaceMessageKey {
  return key in en;
}

/** A registry command's title or description in the interface's language (the registry holds the English). */
export function commandText(id: string, field: 'title' | 'description', english: string): string {
  const key = `command.${id}.${field}`;
  return isMessageKey(key) ? t(key) : english;
}

/**
 * A reply template variable's label, fill-in hint or description in the interface's language (utils/templates/
 * variables.ts holds the English); a variable the catalogue lacks keeps its English.
 */
export function variableText(name: string, field: 'label' | 'placeholder' | 'description', english: string): string {
  const key = `variable.${name}.${field}`;
  return isMessageKey(key) ? t(key) : english;
}

/**
 * A built-in macro's name or description in the interface's language, while the agent has not renamed it (a name
 * the agent typed stays as typed).
 */
export function macroText(id: string, field: 'name' | 'description', shown: string): string {
  const key = `macro.${id}.${field}`;
  return isMessageKey(key) && shown === en[key] ? t(key) : shown;
}

/** The locale `Intl` writes the interface's lists and dates in: British English for English, as the interface does. */
export function interfaceIntlLocale(): string {
  return current === 'en' ? 'en-GB' : current;
}

/** "a, b and c" / "a, b et c": a list joined by the language's own rules (`Intl.ListFormat`). */
export function formatList(items: readonly string[]): string {
  // British English: no comma before "and", as the rest of the interface writes lists.
  return new Intl.ListFormat(interfaceIntlLocale(), { type: 'conjunction' }).format(items);
}
