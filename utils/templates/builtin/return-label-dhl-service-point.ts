import { defineTemplate } from '../define';
import { DHL_SERVICE_POINT_STEPS, RIGHT_DROP_OFF } from './shared/dhl-express';

/**
 * DHL Express label, option 1: drop-off at a DHL Service Point (UK guide, step 8). The label has two options, so
 * the body names the pickup as the other one and offers its steps.
 */
export default defineTemplate({
  id: 'return-label-dhl-service-point',
  title: 'Return label: DHL Express, drop-off at a DHL Service Point',
  folder: 'Return labels',
  tags: ['return label', 'dhl', 'dhl express', 'service point', 'drop-off'],
  abbreviation: ';dsp',
  bodies: {
    'en-gb': `Hello{{#first_name}} {{first_name}}{{/first_name}},

Your return label is a DHL Express label (it reads "Express Worldwide DHL"), which gives you 2 options: dropping the parcel off at a DHL Service Point, or having DHL collect it from you. ${RIGHT_DROP_OFF.gb} Here is how to use a DHL Service Point:

${DHL_SERVICE_POINT_STEPS.gb}

If you would rather have DHL collect the parcel from you, let us know and we'll explain how to book a pickup.

Kind regards`,
    'en-us': `Hi{{#first_name}} {{first_name}}{{/first_name}},

Your return label is a DHL Express label (it says "Express Worldwide DHL"), which gives you 2 options: dropping off the package at a DHL Service Point, or having DHL pick it up from you. ${RIGHT_DROP_OFF.us} Here's how to use a DHL Service Point:

${DHL_SERVICE_POINT_STEPS.us}

If you'd rather have DHL pick up the package from you, let us know and we'll explain how to schedule a pickup.

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
