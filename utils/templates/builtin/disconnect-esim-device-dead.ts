import { defineTemplate } from '../define';

/** A phone that does not turn on: only the carrier can disconnect its eSIM (return guide, step 5, eSIM). */
export default defineTemplate({
  id: 'disconnect-esim-device-dead',
  title: 'Accounts: eSIM on a phone that does not turn on (contact the carrier)',
  folder: 'Data and accounts',
  tags: ['esim', 'sim', 'smartphone', 'remote', 'device dead'],
  bodies: {
    'en-gb': `Hello{{#first_name}} {{first_name}}{{/first_name}},

As {{#product}}your {{product}}{{/product}}{{^product}}your phone{{/product}} no longer turns on, its eSIM can't be removed from the phone itself. Please contact your mobile network operator and ask them to disconnect the eSIM from the broken phone.

To return the phone, the eSIM must be deactivated: while it is still active, the seller can't work on the phone and your return will be delayed. Please have it done before you send the phone back.

Kind regards`,
    'en-us': `Hi{{#first_name}} {{first_name}}{{/first_name}},

Since {{#product}}your {{product}}{{/product}}{{^product}}your phone{{/product}} no longer turns on, its eSIM can't be removed from the phone itself. Please contact your wireless carrier and ask them to disconnect the eSIM from the broken phone.

To return the phone, the eSIM must be deactivated: while it's still active, the seller can't work on the phone and your return will be delayed. Please have it done before you ship the phone back.

Best regards`,
  },
  sources: [
    { backs: [], policy: 'return-an-item.txt', quote: 'When the phone won\'t turn on, you will have to contact your carrier to disconnect the eSIM from your broken device.' },
    { backs: [], policy: 'return-an-item.txt', quote: 'You must deactivate your user accounts and eSIM to successfully return a device' },
  ],
});
