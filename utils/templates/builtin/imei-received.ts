import { defineTemplate } from '../define';

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
  },
  sources: [
    { backs: ['*#06#'], generalKnowledge: 'Every current phone shows its IMEI when *#06# is dialled.' },
  ],
});
