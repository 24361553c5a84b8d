import { defineTemplate } from '../define';

/**
 * Back up and remove data before the return. Facts from the return guide, step 4: only devices that store
 * personal data (anything one logs in to: smartphones, tablets, laptops, consoles, computers); sellers run tests
 * and may fully restore the device whatever the reason for the return; a dead device cannot be backed up, but a
 * cloud backup may exist; sellers follow the Ethics and Compliance Charter, never handle personal data, so cannot
 * back it up for the customer; the makers' guides the help centre links, by device.
 */
export default defineTemplate({
  id: 'backup-data',
  title: 'Data: back up and remove it before the return',
  folder: 'Data and accounts',
  tags: ['backup', 'data', 'privacy', 'return'],
  abbreviation: ';backup',
  bodies: {
    'en-gb': `Hello{{#first_name}} {{first_name}}{{/first_name}},

Before you send {{#product}}your {{product}}{{/product}}{{^product}}your device{{/product}} back, please back up anything you want to keep, then remove your data from it.

This applies to any device that stores personal data, meaning anything you sign in to: smartphones, tablets, laptops and other computers, and games consoles. If you are returning another kind of electronic item, you can skip this step.

Whatever the reason for the return (refund, exchange or repair), the seller runs a full series of tests on the device and may reset it completely, which would erase everything on it.

The seller cannot make the backup for you. Sellers on Back Market must respect strict privacy rules, set out in our Ethics and Compliance Charter: they never handle your personal data, which also means they cannot copy it for you.

If the device no longer works, or its screen does not respond, a backup won't be possible, but it is worth checking whether one of your cloud accounts already holds a backup.

The manufacturers' own support pages explain the steps for:
- Apple: iPhone, iPad and iPod touch, Apple Watch, Mac
- Samsung and other Android smartphones and tablets, and Android-based smartwatches
- Windows computers (HP, Asus, Dell, Lenovo): check which version of Windows you have first
- PlayStation 4, Nintendo Switch and Xbox

Kind regards`,
    'en-us': `Hi{{#first_name}} {{first_name}}{{/first_name}},

Before you ship {{#product}}your {{product}}{{/product}}{{^product}}your device{{/product}} back, please back up anything you want to keep, then remove your data from it.

This applies to any device that stores personal data, meaning anything you log in to: smartphones, tablets, laptops and other computers, and gaming consoles. If you're returning another type of electronic item, you can skip this step.

Whatever the reason for the return (refund, exchange, or repair), the seller runs a full series of tests on the device and may completely reset it, which would erase everything on it.

The seller can't make the backup for you. Sellers on Back Market must follow strict privacy rules, laid out in our Ethics and Compliance Charter: they never handle your personal data, which also means they can't copy it for you.

If the device no longer works, or its screen doesn't respond, a backup won't be possible, but it's worth checking whether one of your cloud accounts already has a backup.

The manufacturers' own support pages explain the steps for:
- Apple: iPhone, iPad, and iPod touch, Apple Watch, Mac
- Samsung and other Android smartphones and tablets, and Android-based smartwatches
- Windows computers (HP, Asus, Dell, Lenovo): check which version of Windows you have first
- PlayStation 4, Nintendo Switch, and Xbox

Best regards`,
  },
  sources: [
    { backs: [], policy: 'return-an-item.txt', quote: 'This section only concerns devices with personal data storage.' },
    { backs: [], policy: 'return-an-item.txt', quote: 'sellers do a whole series of tests on your device and may even completely restore it' },
    { backs: ['4'], policy: 'return-an-item.txt', quote: 'PlayStation 4' },
  ],
});
