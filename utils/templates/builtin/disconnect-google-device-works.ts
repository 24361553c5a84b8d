import { defineTemplate } from '../define';

/**
 * Remove a Google account from a device that still works. Facts from the return guide, step 5 (Google): phone or
 * tablet: Settings, Accounts (or Accounts and backup), then the account (the guide's list stops there; the last
 * step, Android's own "Remove account", is general knowledge); computer: sign out in the browser (each account separately), remove
 * the account in the browser's account/sync settings, which does not delete the account; in Chrome also clear
 * browsing data (chrome://settings, Privacy and security, Clear browsing data).
 */
export default defineTemplate({
  id: 'disconnect-google-device-works',
  title: 'Accounts: remove a Google account from a device that works',
  folder: 'Data and accounts',
  tags: ['accounts', 'google', 'android', 'device works'],
  abbreviation: ';google',
  bodies: {
    'en-gb': `Hello{{#first_name}} {{first_name}}{{/first_name}},

Here is how to remove your Google account from {{#product}}your {{product}}{{/product}}{{^product}}your device{{/product}}.

On an Android phone or tablet:
1. Open the Settings app.
2. Scroll down and tap "Accounts" (or "Accounts and backup").
3. Tap your Google account, then "Remove account", and confirm.

On a laptop or computer:
1. In your web browser, open the Google homepage.
2. Click the user icon in the top-right corner (your profile picture or initial).
3. Click "Sign out" or "Sign out of all accounts". If you are signed in to several Google accounts, sign out of each one.
4. To remove the account from the browser completely, open the browser's settings and find the section about accounts or sync (its name depends on the browser).
5. Find your Google account there, choose "Remove" or "Sign out", and confirm if asked.
This removes the account from that browser only; it does not delete your Google account.

In Google Chrome, also clear your browsing data: type chrome://settings/ in the address bar, open "Privacy and security" > "Clear browsing data", choose the time range and the kinds of data (cookies, cached images and files, etc.), then click "Clear data".

Once it's done, please send us proof of the disconnection in this conversation.

Kind regards`,
    'en-us': `Hi{{#first_name}} {{first_name}}{{/first_name}},

Here's how to remove your Google account from {{#product}}your {{product}}{{/product}}{{^product}}your device{{/product}}.

On an Android phone or tablet:
1. Open the Settings app.
2. Scroll down and tap "Accounts" (or "Accounts and backup").
3. Tap your Google account, then "Remove account", and confirm.

On a laptop or computer:
1. In your web browser, open the Google homepage.
2. Click the user icon in the top-right corner (your profile picture or initial).
3. Click "Sign out" or "Sign out of all accounts". If you're signed in to multiple Google accounts, sign out of each one.
4. To remove the account from the browser completely, open the browser's settings and find the section about accounts or sync (its name depends on the browser).
5. Find your Google account there, select "Remove" or "Sign out", and confirm if prompted.
This removes the account from that browser only; it doesn't delete your Google account.

In Google Chrome, also clear your browsing data: type chrome://settings/ in the address bar, open "Privacy and security" > "Clear browsing data", choose the time range and the types of data (cookies, cached images and files, etc.), then click "Clear data".

Best regards`,
  },
  sources: [
    { backs: [], policy: 'return-an-item.txt', quote: 'Scroll down and select "Accounts" or "Accounts and backup".' },
    { backs: [], generalKnowledge: 'On current Android phones, the account is then removed by tapping it and choosing "Remove account".' },
    { backs: [], policy: 'return-an-item-uk.txt', quote: 'Disconnect your iCloud/Google/Samsung account and send us proof of disconnection' },
  ],
});
