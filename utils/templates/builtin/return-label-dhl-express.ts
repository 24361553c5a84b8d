import { defineTemplate } from '../define';
import { DHL_PICKUP_STEPS, DHL_SERVICE_POINT_STEPS, RIGHT_DROP_OFF } from './shared/dhl-express';

/** Both ways to send a DHL Express return label: a Service Point, or a scheduled pickup (UK guide, step 8). */
export default defineTemplate({
  id: 'return-label-dhl-express',
  title: 'Return label: DHL Express, both options (Service Point or pickup)',
  folder: 'Return labels',
  tags: ['return label', 'dhl', 'dhl express', 'service point', 'pickup', 'waybill'],
  abbreviation: ';dex',
  bodies: {
    'en-gb': `Hello{{#first_name}} {{first_name}}{{/first_name}},

Your return label is a DHL Express label (it reads "Express Worldwide DHL"). ${RIGHT_DROP_OFF.gb} You have two options.

Option 1: drop the parcel off at a DHL Service Point
${DHL_SERVICE_POINT_STEPS.gb}

Option 2: have DHL collect it from you
${DHL_PICKUP_STEPS.gb}

Kind regards`,
    'en-us': `Hi{{#first_name}} {{first_name}}{{/first_name}},

Your return label is a DHL Express label (it says "Express Worldwide DHL"). ${RIGHT_DROP_OFF.us} You have two options.

Option 1: drop off the package at a DHL Service Point
${DHL_SERVICE_POINT_STEPS.us}

Option 2: have DHL pick it up from you
${DHL_PICKUP_STEPS.us}

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
