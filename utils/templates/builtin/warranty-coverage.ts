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

- In the first 30 days after you receive an item, you can generally send it back for a full refund or an exchange, as long as it hasn't been damaged.
- After those 30 days, you are still covered by a 12-month warranty: if a technical fault appears, the item can be repaired.

The warranty does not cover an item that:
- has suffered significant physical damage, such as impact damage from a drop;
- shows oxidation, in other words liquid damage;
- has been opened or repaired by a third party.

Please also bear in mind that once an item is out of warranty, the seller does not cover the cost of return shipping for a repair.

Kind regards`,
    'en-us': `Hi{{#first_name}} {{first_name}}{{/first_name}},

Here's a quick summary of how the Back Market warranty applies to {{#product}}your {{product}}{{/product}}{{^product}}your item{{/product}}{{#order_id}} (order {{order_id}}){{/order_id}}.

- For the first 30 days after you receive an item, you can generally return it for a full refund or an exchange, as long as it hasn't been damaged.
- After those 30 days, you're still covered by a 12-month warranty: if a technical problem comes up, the item can be repaired.

The warranty does not cover an item that:
- has significant physical damage, such as impact damage from a drop;
- shows oxidation, meaning liquid damage;
- has been opened or repaired by a third party.

Please also keep in mind that once an item is out of warranty, the seller does not cover the cost of return shipping for a repair.

Best regards`,
  },
});
