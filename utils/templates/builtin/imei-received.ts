import { defineTemplate } from '../define';
import { CLOSING, GREETING } from './shared/letter';

/**
 * Confirm the IMEI noted for the return, so the customer can spot a misread digit (OCR reads it from their photo).
 * The only built-in whose point is a fact the page does not show: it stays "missing" until the IMEI is filled.
 */
export default defineTemplate({
  id: 'imei-received',
  title: 'IMEI: confirm the number noted',
  folder: 'IMEI',
  tags: ['imei', 'smartphone', 'confirmation'],
  bodies: {
    'en-gb': `Hello{{#first_name}} {{first_name}}{{/first_name}},

Thank you. We have noted this IMEI for {{#product}}your {{product}}{{/product}}{{^product}}your smartphone{{/product}}{{#order_id}} (order {{order_id}}){{/order_id}}:
{{imei}}

If any digit differs from the number your phone shows when you dial *#06#, please let us know.

Kind regards`,
    'en-us': `Hi{{#first_name}} {{first_name}}{{/first_name}},

Thank you. We've noted this IMEI for {{#product}}your {{product}}{{/product}}{{^product}}your smartphone{{/product}}{{#order_id}} (order {{order_id}}){{/order_id}}:
{{imei}}

If any digit is different from the number your phone shows when you dial *#06#, please let us know.

Best regards`,
    'fr-fr': `${GREETING['fr-fr']}

Merci. Nous avons noté cet IMEI pour {{#product}}votre {{product}}{{/product}}{{^product}}votre smartphone{{/product}}{{#order_id}} (commande {{order_id}}){{/order_id}} :
{{imei}}

Si un chiffre diffère du numéro affiché par votre téléphone quand vous composez *#06#, merci de nous le signaler.

${CLOSING['fr-fr']}`,
    'de-de': `${GREETING['de-de']}

vielen Dank. Wir haben diese IMEI für Ihr Smartphone{{#product}} ({{product}}){{/product}}{{#order_id}}, Bestellung {{order_id}},{{/order_id}} notiert:
{{imei}}

Falls eine Ziffer von der Nummer abweicht, die Ihr Telefon beim Wählen von *#06# anzeigt, geben Sie uns bitte Bescheid.

${CLOSING['de-de']}`,
    'es-es': `${GREETING['es-es']}

Gracias. Hemos anotado este IMEI para {{#product}}su {{product}}{{/product}}{{^product}}su smartphone{{/product}}{{#order_id}} (pedido {{order_id}}){{/order_id}}:
{{imei}}

Si algún dígito no coincide con el número que muestra su teléfono al marcar *#06#, le rogamos que nos lo indique.

${CLOSING['es-es']}`,
    'it-it': `${GREETING['it-it']}

grazie. Abbiamo annotato questo IMEI per il suo smartphone{{#product}} ({{product}}){{/product}}{{#order_id}}, ordine {{order_id}}{{/order_id}}:
{{imei}}

Se una cifra è diversa dal numero che il telefono mostra digitando *#06#, ce lo segnali per favore.

${CLOSING['it-it']}`,
  },
  sources: [{ backs: ['*#06#'], generalKnowledge: 'Every current phone shows its IMEI when *#06# is dialled.' }],
});
