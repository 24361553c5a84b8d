import { defineTemplate } from '../define';

/**
 * Remove a device from iCloud remotely, when it no longer turns on or the customer no longer has it. Facts from
 * the return guide, step 5 (same steps for iPhone/iPad and for a Mac): another device, Apple's iCloud site, sign
 * in, Find iPhone, All Devices, select the device, Remove from Account (it shows offline); this unlinks it from
 * the Apple ID and disables Find My, preventing Activation Lock; also remove it from the trusted devices.
 */
export default defineTemplate({
  id: 'disconnect-icloud-device-dead',
  title: 'Accounts: remove a device from iCloud / Find My remotely (device does not turn on)',
  folder: 'Data and accounts',
  tags: ['accounts', 'icloud', 'apple', 'find my', 'activation lock', 'remote', 'device dead'],
  bodies: {
    'en-gb': `Hello{{#first_name}} {{first_name}}{{/first_name}},

Even if {{#product}}your {{product}}{{/product}}{{^product}}your Apple device{{/product}} no longer turns on (or you don't have it to hand), you can remove it from your iCloud account from another device or a computer:
1. On another device connected to the internet, go to Apple's iCloud website, icloud.com.
2. Sign in with your Apple ID and password.
3. Open "Find iPhone" (Find My).
4. Choose "All Devices" at the top of the screen.
5. Select the device you're sending back.
6. As it is switched off, it will appear as offline: choose "Remove from Account".

This unlinks the device from your Apple ID and turns off Find My for it, so that the seller, or a future owner, won't be blocked by Activation Lock. Please also remove it from the list of trusted devices in your Apple ID account.

Once it's done, please send us proof of the disconnection in this conversation.

Kind regards`,
    'en-us': `Hi{{#first_name}} {{first_name}}{{/first_name}},

Even if {{#product}}your {{product}}{{/product}}{{^product}}your Apple device{{/product}} no longer turns on (or you don't have it with you), you can remove it from your iCloud account using another device or a computer:
1. On another device with internet access, go to Apple's iCloud website, icloud.com.
2. Sign in with your Apple ID and password.
3. Open "Find iPhone" (Find My).
4. Select "All Devices" at the top of the screen.
5. Select the device you're returning.
6. Since it's turned off, it will show as offline: select "Remove from Account".

This unlinks the device from your Apple ID and turns off Find My for it, so the seller, or a future owner, won't be blocked by Activation Lock. Please also remove it from the trusted devices list in your Apple ID account.

Best regards`,
  },
  sources: [
    { backs: [], policy: 'return-an-item.txt', quote: 'Step 1. Go to Apple\'s iCloud site' },
    { backs: [], generalKnowledge: 'Apple\'s iCloud website is icloud.com.' },
    { backs: [], policy: 'return-an-item-uk.txt', quote: 'Disconnect your iCloud/Google/Samsung account and send us proof of disconnection' },
  ],
});
