import { defineTemplate } from '../define';

/**
 * Significant physical damage is excluded: "significant physical damage" (US guide), "significant impact damage"
 * (UK guide), step 1. Suggested when the claim declares WATER_OR_DROPPED (a drop). Out of warranty, the seller does
 * not cover the return shipping cost for a repair.
 */
export default defineTemplate({
  id: 'warranty-exclusion-impact-damage',
  title: 'Warranty exclusion: significant physical or impact damage (drop)',
  folder: 'Warranty',
  tags: ['warranty', 'exclusion', 'drop', 'impact', 'physical damage'],
  abbreviation: ';drop',
  bodies: {
    'en-gb': `Hello{{#first_name}} {{first_name}}{{/first_name}},

Thank you for explaining what happened to {{#product}}your {{product}}{{/product}}{{^product}}your item{{/product}}.

We're sorry to tell you that significant physical damage, such as impact damage after a drop, is one of the exclusions of the Back Market warranty: a device damaged this way is not covered by it. Other exclusions include oxidation (liquid damage) and a device that has been opened by a third party; our guide on warranty exclusions, in the Back Market Help Centre, gives the full list.

If you would still like to have it repaired, please note that for an item out of warranty, the seller does not cover the cost of return shipping for a repair.

Kind regards`,
    'en-us': `Hi{{#first_name}} {{first_name}}{{/first_name}},

Thanks for explaining what happened to {{#product}}your {{product}}{{/product}}{{^product}}your item{{/product}}.

Unfortunately, significant physical damage, such as impact damage from a drop, is one of the exclusions of the Back Market warranty: a device damaged this way isn't covered by it. Other exclusions include oxidation (liquid damage) and a device that has been opened by a third party; our guide on warranty exclusions, in the Back Market Help Center, gives the full list.

If you'd still like to have it repaired, please note that for an item out of warranty, the seller does not cover the cost of return shipping for a repair.

Best regards`,
  },
  sources: [
    { backs: [], policy: 'return-an-item.txt', quote: 'if your item has significant physical damage, oxidation (liquid damage), or was opened by a third party, it won\'t be covered by the Back Market warranty' },
    { backs: [], policy: 'return-an-item-uk.txt', quote: 'If your item has been subjected to significant impact damage, oxidation, or has been opened by a third party, it won\'t be covered by the Back Market warranty.' },
    { backs: [], policy: 'return-an-item.txt', quote: 'Learn more about warranty exclusions' },
    { backs: [], policy: 'return-an-item-uk.txt', quote: 'Please refer to our guide on warranty exclusions' },
    { backs: [], policy: 'return-an-item.txt', quote: 'For out-of-warranty items, the return shipping cost for a repair is not covered by the seller.' },
  ],
});
