import { defineTemplate } from '../define';

/**
 * What to put in the parcel with the item. Facts from the return guide, step 6: the printed proof of purchase or
 * invoice (Back Market account, "My orders"); without a printer, a handwritten sheet with Back Market (UK list),
 * the customer's name and surname, order number, order date, and the PIN code or unlock system if it could not be
 * removed. Known facts are filled in so the customer can copy them.
 */
export default defineTemplate({
  id: 'order-details-in-parcel',
  title: 'Parcel: order details to put inside (proof of purchase or handwritten list)',
  folder: 'Packing and shipping',
  tags: ['order details', 'invoice', 'proof of purchase', 'parcel', 'return'],
  abbreviation: ';order',
  bodies: {
    'en-gb': `Hello{{#first_name}} {{first_name}}{{/first_name}},

Please put your order details inside the parcel with {{#product}}your {{product}}{{/product}}{{^product}}your item{{/product}}, so the seller can match it to your order straight away.

The simplest way is to print your proof of purchase or invoice: you'll find it in your Back Market account, under "My orders".

If you don't have a printer, write the following on a blank sheet of paper and put it in the parcel:
- Back Market
- Your name and surname
- Your order number{{#order_id}}: {{order_id}}{{/order_id}}
- The date of the order{{#order_date}}: {{order_date}}{{/order_date}}
- The PIN code or unlock code/pattern of the device, if you couldn't remove it before sending

Kind regards`,
    'en-us': `Hi{{#first_name}} {{first_name}}{{/first_name}},

Please put your order details inside the package with {{#product}}your {{product}}{{/product}}{{^product}}your item{{/product}}, so the seller can match it to your order right away.

The easiest way is to print your proof of purchase or invoice: you'll find it in your Back Market account, under "My orders".

If you don't have a printer, write the following on a blank sheet of paper and put it in the package:
- Back Market
- Your first and last name
- Your order number{{#order_id}}: {{order_id}}{{/order_id}}
- The date of the order{{#order_date}}: {{order_date}}{{/order_date}}
- The PIN code or unlock code/pattern of the device, if you couldn't remove it before shipping

Best regards`,
  },
  sources: [
    { backs: [], policy: 'return-an-item.txt', quote: 'Please print the proof of purchase or the invoice, which you can find in your Back Market Account under "My orders," and put it in the package.' },
  ],
});
