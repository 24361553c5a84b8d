import { en, type InterfaceMessageKey } from './catalogue-en';
import { t } from './translate';

/** `{name}` placeholders of an English message, in order. */
function placeholders(template: string): string[] {
  return [...template.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? '');
}

function escapeForPattern(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The English message as a pattern whose groups capture its placeholders' values. */
function englishPattern(template: string): RegExp {
  const parts = template.split(/\{\w+\}/);
  return new RegExp(`^${parts.map(escapeForPattern).join('([\\s\\S]*?)')}$`);
}

/**
 * A message made in English where the language is not known (a worker, or saved in IndexedDB before the agent chose
 * French) in the interface's language: the first of `keys` whose English text it is, with the values taken from it;
 * the English as stored when none matches (a message from an older version, or a new one the catalogue lacks).
 */
export function translateStoredEnglish(keys: readonly InterfaceMessageKey[], english: string): string {
  for (const key of keys) {
    const template = en[key];
    if (typeof template !== 'string') continue;
    const values = englishPattern(template).exec(english);
    if (!values) continue;
    const names = placeholders(template);
    return t(key, Object.fromEntries(names.map((name, index) => [name, values[index + 1] ?? ''])));
  }
  return english;
}
