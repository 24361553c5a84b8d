import { defineTemplate } from '../define';

/**
 * Remove the eSIM from a phone that still turns on. Facts from the return guide, step 5 (eSIM): two options,
 * Settings > Mobile Data > Delete eSIM, or erase the eSIM while restoring the phone. "Cellular" (en-US) is general
 * knowledge, not policy.
 */
export default defineTemplate({
  id: 'disconnect-esim-device-works',
  title: 'Accounts: remove the eSIM from a phone that turns on',
  folder: 'Data and accounts',
  tags: ['esim', 'sim', 'smartphone', 'device works'],
  abbreviation: ';esim',
  bodies: {
    'en-gb': `Hello{{#first_name}} {{first_name}}{{/first_name}},

Please remove the eSIM from {{#product}}your {{product}}{{/product}}{{^product}}your phone{{/product}} before sending it back: while it is still active, the seller can't work on the phone and your return will be delayed.

As the phone still turns on, you can do it in one of two ways:
- Option 1: go to "Settings" > "Mobile Data" > "Delete eSIM".
- Option 2: when you reset (restore) the phone, choose to erase the eSIM as well.

Kind regards`,
    'en-us': `Hi{{#first_name}} {{first_name}}{{/first_name}},

Please remove the eSIM from {{#product}}your {{product}}{{/product}}{{^product}}your phone{{/product}} before shipping it back: while it's still active, the seller can't work on the phone and your return will be delayed.

Since the phone still turns on, you can do it in one of two ways:
- Option 1: go to "Settings" > "Mobile Data" ("Cellular" on some phones) > "Delete eSIM".
- Option 2: when you reset (restore) the phone, choose to erase the eSIM too.

Best regards`,
  },
  sources: [
    { backs: [], policy: 'return-an-item.txt', quote: 'Option 1: Go to "Settings" > "Mobile Data" > "Delete eSIM"' },
    { backs: [], policy: 'return-an-item.txt', quote: 'Option 2: When you restore your device, you can choose to erase your eSIM' },
    { backs: [], generalKnowledge: '"Cellular" is the name of the iPhone\'s Mobile Data menu in the US.' },
  ],
});
