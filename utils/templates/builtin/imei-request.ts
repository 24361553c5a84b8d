import { defineTemplate } from '../define';

/**
 * Ask for a smartphone's IMEI. Facts from the return guide, step 3 (smartphones only): it is often on the box or
 * in the seller's information; otherwise the phone shows it. The guide links the makers' instructions without
 * quoting them: the 15 digits, *#06# and the settings paths are general knowledge (see sources), not policy.
 */
export default defineTemplate({
  id: 'imei-request',
  title: 'IMEI: ask for the number and where to find it',
  folder: 'IMEI',
  tags: ['imei', 'smartphone', 'return'],
  abbreviation: ';imei',
  bodies: {
    'en-gb': `Hello{{#first_name}} {{first_name}}{{/first_name}},

To go ahead with the return of {{#product}}your {{product}}{{/product}}{{^product}}your smartphone{{/product}}, we need its IMEI number (International Mobile Equipment Identity), the 15-digit number that identifies a mobile phone. We only ask for it for smartphones.

You can usually find it:
- on the phone's box;
- in the information the seller sent you with your order.

If it is in neither place, the phone can show it: open the phone app and dial *#06#, and the IMEI appears on screen. It is also in the settings: Settings > General > About on an iPhone, Settings > About phone on Samsung and Google Pixel phones.

Please reply here with the number, or a photo or screenshot of it.

Kind regards`,
    'en-us': `Hi{{#first_name}} {{first_name}}{{/first_name}},

To move forward with the return of {{#product}}your {{product}}{{/product}}{{^product}}your smartphone{{/product}}, we need its IMEI number (International Mobile Equipment Identity), the 15-digit number that identifies a cell phone. We only ask for it for smartphones.

You can usually find it:
- on the phone's box;
- in the information the seller sent you with your order.

If it's in neither place, the phone can show it: open the phone app and dial *#06#, and the IMEI shows up on the screen. It's also in the settings: Settings > General > About on an iPhone, Settings > About phone on Samsung and Google Pixel phones.

Please reply here with the number, or a photo or screenshot of it.

Best regards`,
  },
  sources: [
    { backs: [], policy: 'return-an-item.txt', quote: 'Include your IMEI number (smartphones only)' },
    { backs: [], policy: 'return-an-item.txt', quote: 'In many cases, the IMEI number is on the box for the device or included with the information from the seller.' },
    { backs: ['15', '*#06#'], generalKnowledge: 'An IMEI has 15 digits (the GSMA standard), and every current phone shows it when *#06# is dialled.' },
    { backs: [], generalKnowledge: 'Where current phones show it: Settings > General > About (iPhone), Settings > About phone (Samsung Galaxy, Google Pixel).' },
  ],
});
