import { defineTemplate } from '../define';

/**
 * A label from Back Market Customer Care or one the customer bought (UK guide, step 8): follow the courier's own
 * rules for sending, drop-off and packing; keep the receipt as proof of shipment; when sending it themselves,
 * insurance against damage or loss is advised; get a tracking number.
 */
export default defineTemplate({
  id: 'return-label-own',
  title: "Return label: own label or one from Customer Care (courier's rules, receipt, insurance, tracking)",
  folder: 'Return labels',
  tags: ['return label', 'own label', 'customer care', 'insurance', 'tracking'],
  abbreviation: ';own',
  bodies: {
    'en-gb': `Hello{{#first_name}} {{first_name}}{{/first_name}},

As you're sending {{#product}}your {{product}}{{/product}}{{^product}}your item{{/product}} with a label from Back Market Customer Care or one you bought yourself, please:
- follow the courier's own rules for sending, drop-off, packing and so on;
- keep the receipt, as it is your proof that the parcel was sent;
- as you are sending the parcel yourself, we suggest buying insurance, which covers it if it is damaged or lost on the way;
- make sure you get a tracking number, and share it with us here.

Kind regards`,
    'en-us': `Hi{{#first_name}} {{first_name}}{{/first_name}},

Since you're shipping {{#product}}your {{product}}{{/product}}{{^product}}your item{{/product}} with a label from Back Market Customer Care or one you purchased yourself, please:
- follow the carrier's own guidelines for shipping, drop-off, packing, etc.;
- keep the receipt, since it's your proof that the package was shipped;
- since you're sending the package yourself, we suggest purchasing insurance, which covers it if it's damaged or lost in transit;
- make sure you get a tracking number, and share it with us here.

Best regards`,
  },
  sources: [
    { backs: [], policy: 'return-an-item-uk.txt', quote: 'If you\'re sending your parcel yourself, we suggest buying insurance to cover the potential damage or loss of your parcel while in transit.' },
    { backs: [], policy: 'return-an-item-uk.txt', quote: 'Also, be sure to get a tracking number!' },
  ],
});
