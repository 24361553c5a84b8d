import { defineTemplate } from '../define';

/**
 * Ask for proof that the accounts are disconnected. The UK guide's step 5 is "send us proof of disconnection", and
 * disconnection is required before any repair; the screenshots suggested (as examples only: the guide names no format) are of the screens the disconnect
 * templates lead to (Find My's All Devices, Google's Your devices, the Accounts settings).
 */
export default defineTemplate({
  id: 'disconnect-proof',
  title: 'Accounts: ask for proof of disconnection',
  folder: 'Data and accounts',
  tags: ['accounts', 'proof', 'screenshot', 'icloud', 'google', 'samsung', 'esim'],
  abbreviation: ';proof',
  bodies: {
    'en-gb': `Hello{{#first_name}} {{first_name}}{{/first_name}},

Thank you for disconnecting your accounts. Could you please send us proof that {{#product}}your {{product}}{{/product}}{{^product}}your device{{/product}} is no longer linked to them, here in this conversation? For example, a screenshot of:
- Apple: the device list in Find My on iCloud ("All Devices") without this device, or the device's Settings with no Apple ID signed in;
- Google: the "Your devices" list in the Security section of your Google account, without this device;
- Samsung: your Samsung account's list of devices without this one, or the device's Accounts settings without your Samsung account.
Please also tell us whether the eSIM has been removed, if the device had one.

The device must be disconnected before any repair work can begin, so this helps us avoid delays.

Kind regards`,
    'en-us': `Hi{{#first_name}} {{first_name}}{{/first_name}},

Thanks for disconnecting your accounts. Could you please send us proof that {{#product}}your {{product}}{{/product}}{{^product}}your device{{/product}} is no longer linked to them, here in this conversation? For example, a screenshot of:
- Apple: the device list in Find My on iCloud ("All Devices") without this device, or the device's Settings with no Apple ID signed in;
- Google: the "Your devices" list in the Security section of your Google account, without this device;
- Samsung: your Samsung account's device list without this one, or the device's Accounts settings without your Samsung account.
Please also let us know whether the eSIM has been removed, if the device had one.

The device has to be disconnected before any repair work can start, so this helps us avoid delays.

Best regards`,
  },
  sources: [
    { backs: [], policy: 'return-an-item-uk.txt', quote: 'Disconnect your iCloud/Google/Samsung account and send us proof of disconnection' },
    { backs: [], policy: 'return-an-item-uk.txt', quote: 'Disconnecting your personal account on your device is absolutely necessary before repair work can happen.' },
    { backs: [], generalKnowledge: 'Where a current device or account shows which devices are linked: Find My on iCloud, Google account > Security > Your devices, Samsung account devices, Settings > Accounts.' },
  ],
});
