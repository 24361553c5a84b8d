import { defineTemplate } from '../define';

/**
 * What the Back Market warranty covers and excludes. Facts from the return guide, step 1 (and its introduction):
 * refund or exchange within 30 days of receipt unless the customer damaged the item; a 12-month warranty after
 * that; exclusions: significant physical (impact) damage, oxidation (liquid damage), opened by a third party;
 * out of warranty, the seller does not pay the return shipping cost for a repair (US guide; the UK guide is silent
 * on it and contradicts none of it, so British bodies say it too).
 */
export default defineTemplate({
  id: 'warranty-coverage',
  title: 'Warranty: what is covered and what is not',
  folder: 'Warranty',
  tags: ['warranty', 'coverage', 'exclusions', 'refund', 'repair'],
  abbreviation: ';warranty',
  bodies: {
    'en-gb': `Hello{{#first_name}} {{first_name}}{{/first_name}},

Here is a short summary of how the Back Market warranty applies to {{#product}}your {{product}}{{/product}}{{^product}}your item{{/product}}{{#order_id}} (order {{order_id}}){{/order_id}}.

- In the first 30 days after you receive an item, you can generally send it back for a full refund or an exchange, unless you have damaged it.
- After those 30 days, you are still covered by a 12-month warranty: if a technical fault appears, the item can be repaired.

The exclusions of the warranty include an item that:
- has suffered significant physical damage, such as impact damage from a drop;
- shows oxidation, in other words liquid damage;
- has been opened by a third party.

Our guide on warranty exclusions, in the Back Market Help Centre, gives the full list.

Please also bear in mind that once an item is out of warranty, the seller does not cover the cost of return shipping for a repair.

Kind regards`,
    'en-us': `Hi{{#first_name}} {{first_name}}{{/first_name}},

Here's a quick summary of how the Back Market warranty applies to {{#product}}your {{product}}{{/product}}{{^product}}your item{{/product}}{{#order_id}} (order {{order_id}}){{/order_id}}.

- For the first 30 days after you receive an item, you can generally return it for a full refund or an exchange, unless you've damaged it.
- After those 30 days, you're still covered by a 12-month warranty: if a technical problem comes up, the item can be repaired.

The exclusions of the warranty include an item that:
- has significant physical damage, such as impact damage from a drop;
- shows oxidation, meaning liquid damage;
- has been opened by a third party.

Our guide on warranty exclusions, in the Back Market Help Center, gives the full list.

Please also keep in mind that once an item is out of warranty, the seller does not cover the cost of return shipping for a repair.

Best regards`,
  },
  sources: [
    { backs: ['30'], policy: 'return-an-item.txt', quote: 'Unless you\'ve damaged your device, you can generally return any item for a full refund or exchange within 30 days of receiving it.' },
    { backs: ['12'], policy: 'return-an-item.txt', quote: 'we throw in a 12-month warranty in case a technical issue comes up and you need to have the product repaired' },
    { backs: [], policy: 'return-an-item.txt', quote: 'if your item has significant physical damage, oxidation (liquid damage), or was opened by a third party, it won\'t be covered by the Back Market warranty' },
    { backs: [], policy: 'return-an-item-uk.txt', quote: 'If your item has been subjected to significant impact damage, oxidation, or has been opened by a third party, it won\'t be covered by the Back Market warranty.' },
    { backs: [], policy: 'return-an-item.txt', quote: 'Learn more about warranty exclusions' },
    { backs: [], policy: 'return-an-item-uk.txt', quote: 'Please refer to our guide on warranty exclusions' },
    { backs: [], policy: 'return-an-item.txt', quote: 'For out-of-warranty items, the return shipping cost for a repair is not covered by the seller.' },
  ],
});
