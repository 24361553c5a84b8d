import { defineTemplate } from '../define';

/**
 * DPD UK label: drop-off at a DPD Pickup parcelshop only (UK guide, step 8). Offered only in UK conversations
 * (`regions: ['gb']`), so it has no French, German, Spanish or Italian body. The American body exists because every
 * template has one; it carries the same facts in American wording.
 */
export default defineTemplate({
  id: 'return-label-dpd-uk',
  title: 'Return label: DPD UK, drop-off at a DPD Pickup shop (UK only)',
  folder: 'Return labels',
  tags: ['return label', 'dpd', 'dpd uk', 'pickup shop', 'drop-off', 'uk-only'],
  abbreviation: ';dpd',
  regions: ['gb'],
  bodies: {
    'en-gb': `Hello{{#first_name}} {{first_name}}{{/first_name}},

Your return label is a DPD UK label. Please note that it can only be dropped off at a DPD Pickup parcelshop: other shops and post offices can refuse the parcel.

1. Find your nearest DPD Pickup parcelshop on DPD's website.
2. Print the label and stick it on the parcel where it is clearly visible.
3. Drop the parcel off at the DPD Pickup parcelshop and keep the receipt.

Kind regards`,
    'en-us': `Hi{{#first_name}} {{first_name}}{{/first_name}},

Your return label is a DPD UK label. Please note that it can only be dropped off at a DPD Pickup parcelshop: other stores and post offices can refuse the package.

1. Find your nearest DPD Pickup parcelshop on DPD's website.
2. Print the label and stick it on the package where it's clearly visible.
3. Drop off the package at the DPD Pickup parcelshop and keep the receipt.

Best regards`,
  },
  sources: [
    {
      backs: ['DPD UK', 'DPD Pickup', 'DPD'],
      policy: 'return-an-item-uk.txt',
      quote: 'Note that DPD UK return label can only be dropped off in DPD Pickup Shop',
    },
    {
      backs: [],
      policy: 'return-an-item-uk.txt',
      quote: 'Be aware that drop-off points differ by courier and that your parcel can be rejected if you wind up at the wrong one.',
    },
  ],
});
