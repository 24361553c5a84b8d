import { defineTemplate } from '../define';

/**
 * Sign out of iCloud on a device that still works. Facts from the return guide, step 5 (Apple iCloud): the six
 * iPhone/iPad steps and the Mac steps (Apple menu, System Preferences, Apple ID or iCloud, Overview, Sign Out,
 * keep a copy, Apple Pay cards, password turns off Find My Mac); Apple Watch: Apple's guide before selling or
 * trading it in; AirPods/Beats: unpair, then remove from Find My.
 */
export default defineTemplate({
  id: 'disconnect-icloud-device-works',
  title: 'Accounts: sign out of iCloud / Find My on a device that works',
  folder: 'Data and accounts',
  tags: ['accounts', 'icloud', 'apple', 'find my', 'activation lock', 'device works'],
  abbreviation: ';icloud',
  bodies: {
    'en-gb': `Hello{{#first_name}} {{first_name}}{{/first_name}},

Here is how to sign out of iCloud on {{#product}}your {{product}}{{/product}}{{^product}}your Apple device{{/product}}. Signing out also turns off Find My for it.

On an iPhone or iPad:
1. Open the Settings app.
2. Tap your name (your Apple ID) at the top.
3. Scroll to the bottom and tap "Sign Out".
4. Type your Apple ID password if you are asked for it.
5. Choose which data you'd like to keep a copy of on the device.
6. Tap "Sign Out" once more to confirm.

On a Mac (MacBook or iMac):
1. Click the Apple menu in the top-left corner of the screen.
2. Choose "System Preferences".
3. Click "Apple ID" or "iCloud" (the name depends on your version of macOS) and sign in with the Apple ID to remove if asked.
4. Click "Overview" if you see it, then "Sign Out" at the bottom left.
5. Choose whether the Mac should keep a copy of your iCloud data.
6. If Apple Pay cards are set up, you'll be asked to remove them first.
7. Enter your Apple ID password: this turns off Find My Mac and iCloud, and the account is removed once sign-out finishes.

For an Apple Watch, please follow Apple's guide "What to do before you sell, give away, or trade in your Apple Watch". For AirPods or Beats headphones, unpair them in the Bluetooth settings of every device they were paired with, then delete them from your device list in Find My.

Once it's done, please send us proof of the disconnection in this conversation.

Kind regards`,
    'en-us': `Hi{{#first_name}} {{first_name}}{{/first_name}},

Here's how to sign out of iCloud on {{#product}}your {{product}}{{/product}}{{^product}}your Apple device{{/product}}. Signing out also turns off Find My for it.

On an iPhone or iPad:
1. Open the Settings app.
2. Tap your name (your Apple ID) at the top.
3. Scroll down and tap "Sign Out".
4. Enter your Apple ID password if you're prompted.
5. Choose which data you'd like to keep a copy of on the device.
6. Tap "Sign Out" again to confirm.

On a Mac (MacBook or iMac):
1. Click the Apple menu in the top-left corner of the screen.
2. Choose "System Preferences".
3. Click "Apple ID" or "iCloud" (depending on your version of macOS) and sign in with the Apple ID you want to remove if asked.
4. Click "Overview" if it's there, then "Sign Out" in the bottom-left corner.
5. Choose whether the Mac should keep a copy of your iCloud data.
6. If you have Apple Pay cards set up, you'll be asked to remove them first.
7. Enter your Apple ID password: this turns off Find My Mac and iCloud, and the account is removed once sign-out is complete.

For an Apple Watch, please follow Apple's guide "What to do before you sell, give away, or trade in your Apple Watch". For AirPods or Beats headphones, unpair them in the Bluetooth settings of every device they were paired with, then delete them from your device list in Find My.

Best regards`,
  },
  sources: [
    { backs: [], policy: 'return-an-item.txt', quote: 'Select your Apple ID/profile at the top.' },
    { backs: [], policy: 'return-an-item-uk.txt', quote: 'Disconnect your iCloud/Google/Samsung account and send us proof of disconnection' },
  ],
});
