import { defineTemplate } from '../define';

/**
 * Remove a Google account remotely, when the device no longer turns on. Facts from the return guide, step 5
 * (Google): phone or tablet: Google account settings, sign in, Security, Your devices, Manage devices, the device
 * (model and last use), Sign out; computer: cannot be removed from the device itself; change the password (signs
 * out everywhere), review connected devices and remove the dead one, two-factor authentication, revoke access so
 * it does not sign in after repair, remote wipe if set up (Find My Device for Chromebooks).
 */
export default defineTemplate({
  id: 'disconnect-google-device-dead',
  title: 'Accounts: remove a Google account remotely (device does not turn on)',
  folder: 'Data and accounts',
  tags: ['accounts', 'google', 'android', 'remote', 'device dead'],
  bodies: {
    'en-gb': `Hello{{#first_name}} {{first_name}}{{/first_name}},

Even though {{#product}}your {{product}}{{/product}}{{^product}}your device{{/product}} no longer turns on, you can disconnect it from your Google account from another device.

For a phone or tablet:
1. Open your Google Account settings.
2. Sign in with the Google account you want to remove.
3. Go to "Security".
4. Scroll down to "Your devices" and choose "Manage devices".
5. Select the phone or tablet that no longer works (the list shows each device's model and when it was last used with your account).
6. Choose "Sign out".

For a laptop or computer, the account can't be removed from the device itself, as that needs the operating system to be running. You can still make sure nobody can use your account on it:
- Change your Google account password: this signs you out of every device, including the one that won't turn on.
- In your account's security settings, review the connected devices and remove the one that won't turn on. This revokes its access, so it won't sign in to your account automatically once repaired.
- Turn on two-factor authentication if you haven't already: it adds protection to every linked device.
- If remote wiping was set up for the device (for example Google's Find My Device on a Chromebook), use it to erase your data from a distance.

Once it's done, please send us proof of the disconnection in this conversation.

Kind regards`,
    'en-us': `Hi{{#first_name}} {{first_name}}{{/first_name}},

Even though {{#product}}your {{product}}{{/product}}{{^product}}your device{{/product}} no longer turns on, you can disconnect it from your Google account using another device.

For a phone or tablet:
1. Open your Google Account settings.
2. Sign in with the Google account you want to remove.
3. Go to "Security".
4. Scroll down to "Your devices" and select "Manage devices".
5. Select the phone or tablet that no longer works (the list shows each device's model and the last time it was used with your account).
6. Select "Sign out".

For a laptop or computer, the account can't be removed from the device itself, since that requires the operating system to be running. You can still make sure no one can use your account on it:
- Change your Google account password: this signs you out of every device, including the one that won't turn on.
- In your account's security settings, review the connected devices and remove the one that won't turn on. This revokes its access, so it won't sign in to your account automatically once it's repaired.
- Turn on two-factor authentication if you haven't already: it adds protection to all your linked devices.
- If remote wiping was set up for the device (for example, Google's Find My Device on a Chromebook), use it to erase your data from a distance.

Best regards`,
  },
  sources: [
    { backs: [], policy: 'return-an-item.txt', quote: 'Go to your Google account settings' },
    { backs: [], policy: 'return-an-item-uk.txt', quote: 'Disconnect your iCloud/Google/Samsung account and send us proof of disconnection' },
  ],
});
