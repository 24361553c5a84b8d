import { defineTemplate } from '../define';

/**
 * Remove a Samsung account remotely, when the device no longer turns on. Facts from the return guide, step 5
 * (Samsung): phone or tablet: sign in with the account to remove (the guide's first step is missing: Samsung's
 * device-finding website, SmartThings Find, is general knowledge), select the device, "Erase Data" triggers a factory reset that removes the
 * account and the data; laptop: Samsung account website from another device, sign in, remove the device.
 */
export default defineTemplate({
  id: 'disconnect-samsung-device-dead',
  title: 'Accounts: remove a Samsung account remotely (device does not turn on)',
  folder: 'Data and accounts',
  tags: ['accounts', 'samsung', 'galaxy', 'remote', 'device dead'],
  bodies: {
    'en-gb': `Hello{{#first_name}} {{first_name}}{{/first_name}},

Even though {{#product}}your {{product}}{{/product}}{{^product}}your device{{/product}} no longer turns on, you can disconnect it from your Samsung account from another device.

For a phone or tablet:
1. On another device, open Samsung's SmartThings Find website (which replaced Find My Mobile).
2. Sign in with the Samsung account you want to remove.
3. Select the device you're sending back.
4. Use "Erase data": this starts a factory reset, which removes your Samsung account and the data stored on the device.

For a laptop or computer, the account can't be removed from the device itself. Instead, sign in to the Samsung account website from another device and remove the laptop from your list of devices.

Once it's done, please send us proof of the disconnection in this conversation.

Kind regards`,
    'en-us': `Hi{{#first_name}} {{first_name}}{{/first_name}},

Even though {{#product}}your {{product}}{{/product}}{{^product}}your device{{/product}} no longer turns on, you can disconnect it from your Samsung account using another device.

For a phone or tablet:
1. On another device, open Samsung's SmartThings Find website (which replaced Find My Mobile).
2. Sign in with the Samsung account you want to remove.
3. Select the device you're returning.
4. Use "Erase data": this triggers a factory reset, which removes your Samsung account and the data stored on the device.

For a laptop or computer, the account can't be removed from the device itself. Instead, sign in to the Samsung account website from another device and remove the laptop from your list of devices.

Best regards`,
  },
  sources: [
    { backs: [], policy: 'return-an-item.txt', quote: 'Use the “Erase Data” feature to trigger a factory reset' },
    { backs: ['2024'], generalKnowledge: 'Samsung\'s website for finding and erasing a device is SmartThings Find, which replaced Find My Mobile in 2024.' },
    { backs: [], policy: 'return-an-item-uk.txt', quote: 'Disconnect your iCloud/Google/Samsung account and send us proof of disconnection' },
  ],
});
