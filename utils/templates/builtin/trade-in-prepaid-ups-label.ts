import { defineTemplate } from '../define';

/**
 * Trade-in, the customer must provide a prepaid UPS return label (trade-in guide, "Other possibilities"): the
 * three situations; UPS "Create a Shipment" (account or guest); average weights (smartphone 0.55 lb, tablet
 * 1.65 lb, laptop 4.4 lb, consoles 6 lb, otherwise weigh it or have the post office weigh it); sender = the
 * refurbisher's address (which they must provide), recipient = the customer's; insurance recommended; the voucher
 * sent as an attachment in the Back Market conversation; the refurbisher then ships within 2 business days.
 * The guide writes "lbs"; "lb" is the unit's usual abbreviation, in both bodies.
 */
export default defineTemplate({
  id: 'trade-in-prepaid-ups-label',
  title: 'Trade-in: the customer provides a prepaid UPS return label',
  folder: 'Trade-in',
  tags: ['trade-in', 'buyback', 'ups', 'prepaid label', 'return', 'weight', 'insurance'],
  abbreviation: ';ups',
  bodies: {
    'en-gb': `Hello{{#first_name}} {{first_name}}{{/first_name}},

To get {{#product}}your {{product}}{{/product}}{{^product}}your device{{/product}} back, you'll need to give the refurbisher a prepaid return label. This applies when:
- you did not try to disconnect your user accounts (iCloud, Google, Samsung, etc.) from the device, despite our help and reminders;
- you did not send us a copy of your ID to complete the trade-in, whether by choice or because you did not attempt it;
- or the device was identified as counterfeit, greylisted, blocklisted or rooted.

Here is how to do it:
1. Create the label on the UPS website, on the page called "Create a Shipment". You can create a UPS.com account or continue as a guest.
2. Estimate the weight of the parcel. Average weights for the most common devices: smartphone 0.55 lb, tablet 1.65 lb, laptop 4.4 lb, console 6 lb. For anything else, weigh the item yourself or have it weighed at the post office.{{#device_weight}} For your device, use about {{device_weight}}.{{/device_weight}}
3. Fill in the addresses: the sender's address is the refurbisher's (they must give it to you; just ask them here), and the recipient's address is your own postal address.
4. Buy insurance for the shipment: we recommend it, in case the parcel is lost or damaged.
5. Send the shipping voucher to the refurbisher as an attachment, in this conversation on your Back Market account. Keeping your exchanges with the refurbisher on Back Market means we can step in if anything goes wrong.

Once the refurbisher has your prepaid label, they must send your device back within 2 business days.

Kind regards`,
    'en-us': `Hi{{#first_name}} {{first_name}}{{/first_name}},

To get {{#product}}your {{product}}{{/product}}{{^product}}your device{{/product}} back, you'll need to provide the refurbisher with a prepaid return label. This applies when:
- you didn't try to disconnect your user accounts (iCloud, Google, Samsung, etc.) from the device, despite our help and reminders;
- you didn't send us a copy of your ID to finalize the trade-in, whether by choice or because you didn't attempt it;
- or the device was identified as counterfeit, greylisted, blocklisted, or rooted.

Here's how to do it:
1. Create the label on the UPS website, on the page called "Create a Shipment". You can create a UPS.com account or continue as a guest.
2. Estimate the weight of the package. Average weights for the most common devices: smartphone 0.55 lb, tablet 1.65 lb, laptop 4.4 lb, console 6 lb. For anything else, weigh the item yourself or have it weighed at the post office.{{#device_weight}} For your device, use about {{device_weight}}.{{/device_weight}}
3. Fill in the addresses: the sender's address is the refurbisher's (they have to give it to you; just ask them here), and the recipient's address is your own mailing address.
4. Purchase insurance for the shipment: we recommend it, in case the package is lost or damaged.
5. Send the shipping voucher to the refurbisher as an attachment, in this conversation in your Back Market account. Keeping your communication with the refurbisher on Back Market means we can help if any issues come up.

Once the refurbisher receives your prepaid label, they're required to ship your device back within 2 business days.

Best regards`,
  },
  sources: [
    { backs: ['UPS'], policy: 'trade-in-device-back.txt', quote: 'Create a shipping label on the UPS website' },
    { backs: ['0.55', '1.65', '4.4', '6'], policy: 'trade-in-device-back.txt', quote: '0.55 lbs | 1.65 lbs | 4.4 lbs | 6 lbs |' },
    { backs: ['2'], policy: 'trade-in-device-back.txt', quote: 'Once the prepaid label has been sent to the refurbisher, they\'re required to mail your item back within 2 business days.' },
  ],
});
