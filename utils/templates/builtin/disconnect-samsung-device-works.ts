import { defineTemplate } from '../define';

/**
 * Remove a Samsung account from a device that still works. Facts from the return guide, step 5 (Samsung): phone or
 * tablet: Settings, Accounts and backup, Accounts or Samsung Account, the account, Remove Account or Sign Out,
 * confirm (again, or password); laptop: Settings, Accounts, Your info or Email & accounts, Manage or Remove,
 * confirm, sign out of Samsung apps, optionally delete leftover Samsung account files.
 */
export default defineTemplate({
  id: 'disconnect-samsung-device-works',
  title: 'Accounts: remove a Samsung account from a device that works',
  folder: 'Data and accounts',
  tags: ['accounts', 'samsung', 'galaxy', 'device works'],
  abbreviation: ';samsung',
  bodies: {
    'en-gb': `Hello{{#first_name}} {{first_name}}{{/first_name}},

Here is how to remove your Samsung account from {{#product}}your {{product}}{{/product}}{{^product}}your device{{/product}}.

On a Samsung phone or tablet:
1. Open "Settings".
2. Scroll down and tap "Accounts and backup".
3. Tap "Accounts" or "Samsung account".
4. Tap the account you want to remove.
5. Tap "Remove account" or "Sign out".
6. Confirm by tapping "Remove account" again, or by entering your password if asked.

On a laptop or computer:
1. Open "Settings".
2. Go to "Accounts".
3. Find your account under "Your info" or "Email & accounts".
4. Select it and choose "Manage" or "Remove".
5. Confirm and follow any further instructions on screen.
6. Sign out of any Samsung apps on the laptop.
If you like, you can also delete any Samsung account files left on the computer.

Once it's done, please send us proof of the disconnection in this conversation.

Kind regards`,
    'en-us': `Hi{{#first_name}} {{first_name}}{{/first_name}},

Here's how to remove your Samsung account from {{#product}}your {{product}}{{/product}}{{^product}}your device{{/product}}.

On a Samsung phone or tablet:
1. Go to "Settings".
2. Scroll down and tap "Accounts and backup".
3. Tap "Accounts" or "Samsung account".
4. Tap the account you want to remove.
5. Tap "Remove account" or "Sign out".
6. Confirm by tapping "Remove account" again, or by entering your password if prompted.

On a laptop or computer:
1. Open "Settings".
2. Go to "Accounts".
3. Find your account under "Your info" or "Email & accounts".
4. Select it and choose "Manage" or "Remove".
5. Confirm and follow any additional prompts.
6. Sign out of any Samsung apps on the laptop.
Optionally, you can also delete any leftover Samsung account files from the computer.

Best regards`,
  },
  sources: [
    { backs: [], policy: 'return-an-item.txt', quote: 'Scroll down and select “Accounts and backup”.' },
    { backs: [], policy: 'return-an-item-uk.txt', quote: 'Disconnect your iCloud/Google/Samsung account and send us proof of disconnection' },
  ],
});
