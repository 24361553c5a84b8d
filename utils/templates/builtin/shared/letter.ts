/**
 * How a reply opens and closes in each market's professional register (vous, Sie, usted, Lei). German and Italian
 * use a different greeting when the first name is unknown ("Guten Tag," / "Buongiorno,"), because "Hallo," and
 * "Gentile," alone do not read as a greeting there. English bodies keep their own literal greetings.
 */

export type TranslatedLocale = 'fr-fr' | 'de-de' | 'es-es' | 'it-it';

export const GREETING: Record<TranslatedLocale, string> = {
  'fr-fr': 'Bonjour{{#first_name}} {{first_name}}{{/first_name}},',
  'de-de': '{{#first_name}}Hallo {{first_name}},{{/first_name}}{{^first_name}}Guten Tag,{{/first_name}}',
  'es-es': 'Hola{{#first_name}}, {{first_name}}{{/first_name}}:',
  'it-it': '{{#first_name}}Gentile {{first_name}},{{/first_name}}{{^first_name}}Buongiorno,{{/first_name}}',
};

export const CLOSING: Record<TranslatedLocale, string> = {
  'fr-fr': 'Bien cordialement',
  'de-de': 'Freundliche Grüße',
  'es-es': 'Un cordial saludo',
  'it-it': 'Cordiali saluti',
};
