import { defineTemplate } from '../define';

/**
 * Why accounts and eSIM must be disconnected before a return. Facts from the return guide, step 5: an active
 * iCloud, Google or Samsung account or eSIM significantly delays the refund or exchange; three reasons (privacy,
 * the seller can restore and repair, a next owner can use it); without it the seller cannot repair, reuse or
 * connect to the device; the UK guide asks for proof of disconnection and says it is required before any repair.
 * The step-by-step replies are the disconnect-<account>-device-works/-dead templates.
 */
export default defineTemplate({
  id: 'disconnect-accounts',
  title: 'Accounts: why to disconnect iCloud, Google, Samsung and eSIM',
  folder: 'Data and accounts',
  tags: ['accounts', 'icloud', 'google', 'samsung', 'esim', 'activation lock'],
  abbreviation: ';accounts',
  bodies: {
    'en-gb': `Hello{{#first_name}} {{first_name}}{{/first_name}},

Before you send {{#product}}your {{product}}{{/product}}{{^product}}your device{{/product}} back, please sign out of every user account on it (Apple iCloud, Google or Samsung) and remove any eSIM.

We ask for this whether you want a refund, a repair or an exchange, for three reasons:
- it protects your data and your privacy;
- the seller can only restore and repair the device once it is disconnected;
- if the device is resold, its next owner must be able to use it.

If an account or an eSIM is still active when the device arrives, the seller cannot repair it, reuse it or even connect to it, and your refund or exchange will be significantly delayed. For a repair, no work can start until your account is disconnected.

Let us know which accounts are on the device and whether it still turns on, and we'll send you the exact steps. Once it's done, please send us proof of the disconnection in this conversation.

Kind regards`,
    'en-us': `Hi{{#first_name}} {{first_name}}{{/first_name}},

Before you ship {{#product}}your {{product}}{{/product}}{{^product}}your device{{/product}} back, please sign out of every user account on it (Apple iCloud, Google, or Samsung) and remove any eSIM.

We ask for this whether you'd like a refund, a repair, or an exchange, for three reasons:
- it protects your data and your privacy;
- the seller can only restore and repair the device once it's disconnected;
- if the device is resold, its next owner needs to be able to use it.

If an account or an eSIM is still active when the device arrives, the seller can't repair it, reuse it, or even connect to it, and your refund or exchange will be significantly delayed. For a repair, no work can start until your account is disconnected.

Let us know which accounts are on the device and whether it still turns on, and we'll send you the exact steps. Once it's done, please send us proof of the disconnection in this conversation.

Best regards`,
  },
  sources: [
    { backs: [], policy: 'return-an-item.txt', quote: 'If an iCloud, Google, or Samsung account or eSIM is still active when you send your item, it\'ll result in significant delays in processing your refund or exchange.' },
    { backs: [], policy: 'return-an-item.txt', quote: 'You must deactivate your user accounts and eSIM to successfully return a device' },
    { backs: [], policy: 'return-an-item-uk.txt', quote: 'Disconnect your iCloud/Google/Samsung account and send us proof of disconnection' },
  ],
});
