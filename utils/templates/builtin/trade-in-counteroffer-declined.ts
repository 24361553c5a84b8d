import { defineTemplate } from '../define';

/**
 * Trade-in, counteroffer declined (trade-in guide): the refurbisher sends the device back free of charge within 2
 * business days, with a tracking number it provides.
 */
export default defineTemplate({
  id: 'trade-in-counteroffer-declined',
  title: 'Trade-in: counteroffer declined, free return within 2 business days',
  folder: 'Trade-in',
  tags: ['trade-in', 'buyback', 'counteroffer', 'return', 'free'],
  bodies: {
    'en-gb': `Hello{{#first_name}} {{first_name}}{{/first_name}},

We have noted that you declined the counteroffer for {{#product}}your {{product}}{{/product}}{{^product}}your device{{/product}}.

The refurbisher will send the device back to you free of charge within 2 business days. They will give you a tracking number so you can follow the parcel{{#tracking_number}}: {{tracking_number}}{{/tracking_number}}.

Kind regards`,
    'en-us': `Hi{{#first_name}} {{first_name}}{{/first_name}},

We've noted that you declined the counteroffer for {{#product}}your {{product}}{{/product}}{{^product}}your device{{/product}}.

The refurbisher will ship the device back to you at no cost within 2 business days. They'll provide a tracking number so you can follow the package{{#tracking_number}}: {{tracking_number}}{{/tracking_number}}.

Best regards`,
  },
  sources: [
    { backs: ['2'], policy: 'trade-in-device-back.txt', quote: 'If you decline the counteroffer, the refurbisher will ship your device back to you for free within 2 business days.' },
  ],
});
