import { defineTemplate } from '../define';

/**
 * Remove a Samsung account remotely, when the device no longer turns on. Facts from the return guide, step 5
 * (Samsung): phone or tablet: sign in with the account to remove (the guide's first step is missing: it is
 * Samsung's device-finding website), select the device, "Erase Data" triggers a factory reset that removes the
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
1. On another device, open Samsung's Find My Mobile website.
2. Sign in with the Samsung account you want to remove.
3. Select the device you're sending back.
4. Use "Erase data": this starts a factory reset, which removes your Samsung account and the data stored on the device.

For a laptop or computer, the account can't be removed from the device itself. Instead, sign in to the Samsung account website from another device and remove the laptop from your list of devices.

Kind regards`,
    'en-us': `Hi{{#first_name}} {{first_name}}{{/first_name}},

Even though {{#product}}your {{product}}{{/product}}{{^product}}your device{{/product}} no longer turns on, you can disconnect it from your Samsung account using another device.

For a phone or tablet:
1. On another device, open Samsung's Find My Mobile website.
2. Sign in with the Samsung account you want to remove.
3. Select the device you're returning.
4. Use "Erase data": this triggers a factory reset, which removes your Samsung account and the data stored on the device.

For a laptop or computer, the account can't be removed from the device itself. Instead, sign in to the Samsung account website from another device and remove the laptop from your list of devices.

Best regards`,
  },
});
