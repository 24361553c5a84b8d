import { defineTemplate } from '../define';

/**
 * How a customer starts a return (return guide, "Contact Back Market Customer Care"; UK guide, introduction): sign
 * in, "My orders" > "Ask for help", answer the questions; at the confirmation screen the return is under way and
 * Back Market replies within 24 business hours (US guide; the UK guide gives no delay and contradicts none of it).
 */
export default defineTemplate({
  id: 'return-how-to-start',
  title: 'Return: how to start one (My orders > Ask for help)',
  folder: 'Returns',
  tags: ['return', 'start', 'ask for help', 'my orders', 'customer care'],
  abbreviation: ';start',
  bodies: {
    'en-gb': `Hello{{#first_name}} {{first_name}}{{/first_name}},

To start the return of {{#product}}your {{product}}{{/product}}{{^product}}your item{{/product}}, please get in touch with Back Market Customer Care from your account:
1. Sign in to your Back Market account, open "My orders", then "Ask for help".
2. Answer the questions about your return as they come up.
3. The confirmation screen means your return request is under way: we'll reply within 24 business hours.

Kind regards`,
    'en-us': `Hi{{#first_name}} {{first_name}}{{/first_name}},

To start the return of {{#product}}your {{product}}{{/product}}{{^product}}your item{{/product}}, please contact Back Market Customer Care from your account:
1. Log in to your Back Market account, open "My orders", then "Ask for help".
2. Answer the questions about your return as they come up.
3. The confirmation screen means your return request is underway: we'll reply within 24 business hours.

Best regards`,
  },
  sources: [
    { backs: [], policy: 'return-an-item.txt', quote: 'Log in to your Back Market account and go to "My orders" > "Ask for help".' },
    {
      backs: ['24'],
      policy: 'return-an-item.txt',
      quote: "When you've reached the confirmation screen, the return process is now underway and we'll be in touch within 24 business hours.",
    },
  ],
});
