import { defineTemplate } from '../define';

/**
 * A device opened by a third party is excluded: "opened by a third party" (both guides), step 1. Suggested first
 * when the claim declares THIRD_PARTY_REPAIR (see suggest.ts). Out of warranty, the seller does not cover the
 * return shipping cost for a repair.
 */
export default defineTemplate({
  id: 'warranty-exclusion-third-party-repair',
  title: 'Warranty exclusion: opened by a third party',
  folder: 'Warranty',
  tags: ['warranty', 'exclusion', 'third party', 'repair shop', 'opened', 'repaired'],
  abbreviation: ';repair',
  bodies: {
    'en-gb': `Hello{{#first_name}} {{first_name}}{{/first_name}},

Thank you for letting us know that {{#product}}your {{product}}{{/product}}{{^product}}your item{{/product}} has been opened by someone other than the seller.

We're sorry to tell you that a device opened by a third party (for example an independent repair shop) is excluded from the Back Market warranty, so it is no longer covered by it. Other exclusions include significant physical damage and oxidation (liquid damage); our guide on warranty exclusions, in the Back Market Help Centre, gives the full list.

If you would still like to have it repaired, please note that for an item out of warranty, the seller does not cover the cost of return shipping for a repair.

Kind regards`,
    'en-us': `Hi{{#first_name}} {{first_name}}{{/first_name}},

Thanks for letting us know that {{#product}}your {{product}}{{/product}}{{^product}}your item{{/product}} has been opened by someone other than the seller.

Unfortunately, a device opened by a third party (an independent repair shop, for example) is excluded from the Back Market warranty, so it's no longer covered by it. Other exclusions include significant physical damage and oxidation (liquid damage); our guide on warranty exclusions, in the Back Market Help Center, gives the full list.

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
