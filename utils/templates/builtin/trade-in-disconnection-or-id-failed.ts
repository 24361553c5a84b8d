import { defineTemplate } from '../define';

/**
 * Trade-in, account disconnection or ID upload unsuccessful despite help from the refurbisher or Customer Care
 * (trade-in guide): free return within 2 business days, with a tracking number from the refurbisher. Not for a
 * customer who did not try (that is trade-in-prepaid-ups-label).
 */
export default defineTemplate({
  id: 'trade-in-disconnection-or-id-failed',
  title: 'Trade-in: disconnection or ID upload unsuccessful, free return within 2 business days',
  folder: 'Trade-in',
  tags: ['trade-in', 'buyback', 'accounts', 'id', 'return', 'free'],
  bodies: {
    'en-gb': `Hello{{#first_name}} {{first_name}}{{/first_name}},

We're sorry that, even with the help you received from the refurbisher and our Customer Care team, you weren't able to disconnect your user account or upload your ID for the trade-in of {{#product}}your {{product}}{{/product}}{{^product}}your device{{/product}}.

In this case, the refurbisher will return the device to you free of charge within 2 business days. They will give you a tracking number so you can follow the parcel{{#tracking_number}}: {{tracking_number}}{{/tracking_number}}.

Kind regards`,
    'en-us': `Hi{{#first_name}} {{first_name}}{{/first_name}},

We're sorry that, even with help from the refurbisher and our Customer Care team, you weren't able to disconnect your user account or upload your ID for the trade-in of {{#product}}your {{product}}{{/product}}{{^product}}your device{{/product}}.

In this case, the refurbisher will return the device to you at no cost within 2 business days. They'll provide a tracking number so you can follow the package{{#tracking_number}}: {{tracking_number}}{{/tracking_number}}.

Best regards`,
  },
  sources: [
    { backs: ['2'], policy: 'trade-in-device-back.txt', quote: 'the refurbisher will return your device to you for free within 2 business days' },
  ],
});
