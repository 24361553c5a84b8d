import type { en } from './catalogue-en';

/**
 * A message is a string with `{name}` placeholders, or plural forms chosen by `Intl.PluralRules` from `{count}`
 * (`one` and `other`; `many` where the language has it, e.g. French "1 000 000 de photos").
 */
export interface PluralMessage {
  one: string;
  other: string;
  many?: string;
}
export type InterfaceMessage = string | PluralMessage;

/**
 * Every language's catalogue has every key of the English one, with the same shape (a plural stays a plural):
 * a key missing in French is a type error.
 */
export type InterfaceCatalogue = {
  readonly [Key in keyof typeof en]: (typeof en)[Key] extends string ? string : PluralMessage;
};
