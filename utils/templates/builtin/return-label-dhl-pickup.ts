import { defineTemplate } from '../define';
import { DHL_PICKUP_STEPS } from './shared/dhl-express';

/**
 * DHL Express label, option 2: a pickup scheduled with the waybill number (UK guide, step 8). The body always says
 * where the number is (10 digits, next to WAYBILL beneath the first barcode) and adds it when the panel knows it.
 */
export default defineTemplate({
  id: 'return-label-dhl-pickup',
  title: 'Return label: DHL Express, schedule a pickup with the waybill number',
  folder: 'Return labels',
  tags: ['return label', 'dhl', 'dhl express', 'pickup', 'waybill', 'collection'],
  abbreviation: ';dhl',
  bodies: {
    'en-gb': `Hello{{#first_name}} {{first_name}}{{/first_name}},

Your return label is a DHL Express label (it reads "Express Worldwide DHL"), so DHL can collect the parcel from your home. Here is how to arrange it:
${DHL_PICKUP_STEPS.gb}

If you would rather drop the parcel off yourself, the same label can be taken to a DHL Service Point: just let us know and we'll send you the steps.

Kind regards`,
    'en-us': `Hi{{#first_name}} {{first_name}}{{/first_name}},

Your return label is a DHL Express label (it says "Express Worldwide DHL"), so DHL can pick up the package from your home. Here's how to set it up:
${DHL_PICKUP_STEPS.us}

If you'd rather drop off the package yourself, the same label can be taken to a DHL Service Point: just let us know and we'll send you the steps.

Best regards`,
  },
  sources: [
    { backs: ['DHL Express', 'Express Worldwide DHL', '2'], policy: 'return-an-item-uk.txt', quote: 'If you received a DHL Express label with "Express Worldwide DHL" on it, you have 2 options:' },
    { backs: ['DHL Service Point', 'DHL'], policy: 'return-an-item-uk.txt', quote: 'Option 1: Drop your parcel off at a DHL Service Point' },
    { backs: ['DHL'], policy: 'return-an-item-uk.txt', quote: 'Option 2: Schedule a pickup with DHL' },
    { backs: ['10'], policy: 'return-an-item-uk.txt', quote: 'Enter the DHL waybill number (a 10-digit number next to the word "WAYBILL" beneath the first barcode on your label)' },
    { backs: [], policy: 'return-an-item-uk.txt', quote: 'Be aware that drop-off points differ by courier and that your parcel can be rejected if you wind up at the wrong one.' },
  ],
});
