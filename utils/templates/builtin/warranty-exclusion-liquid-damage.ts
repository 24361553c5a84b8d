import { defineTemplate } from '../define';

/**
 * Liquid damage is excluded: "oxidation (liquid damage)" (US guide), "oxidation" (UK guide), step 1. Suggested
 * first when the claim declares WATER_OR_DROPPED (see suggest.ts). Out of warranty, the seller does not cover
 * the return shipping cost for a repair.
 */
export default defineTemplate({
  id: 'warranty-exclusion-liquid-damage',
  title: 'Warranty exclusion: oxidation (liquid damage)',
  folder: 'Warranty',
  tags: ['warranty', 'exclusion', 'liquid', 'water', 'oxidation'],
  abbreviation: ';liquid',
  bodies: {
    'en-gb': `Hello{{#first_name}} {{first_name}}{{/first_name}},

Thank you for explaining what happened to {{#product}}your {{product}}{{/product}}{{^product}}your item{{/product}}.

We're sorry to tell you that oxidation, meaning damage caused by liquid, is one of the exclusions of the Back Market warranty: a device with liquid damage is not covered by it. Other exclusions include significant physical damage and a device that has been opened by a third party; our guide on warranty exclusions, in the Back Market Help Centre, gives the full list.

If you would still like to have it repaired, please note that for an item out of warranty, the seller does not cover the cost of return shipping for a repair.

Kind regards`,
    'en-us': `Hi{{#first_name}} {{first_name}}{{/first_name}},

Thanks for explaining what happened to {{#product}}your {{product}}{{/product}}{{^product}}your item{{/product}}.

Unfortunately, oxidation, meaning damage caused by liquid, is one of the exclusions of the Back Market warranty: a device with liquid damage isn't covered by it. Other exclusions include significant physical damage and a device that has been opened by a third party; our guide on warranty exclusions, in the Back Market Help Center, gives the full list.

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
