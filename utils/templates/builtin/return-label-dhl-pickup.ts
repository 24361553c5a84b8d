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

Kind regards`,
    'en-us': `Hi{{#first_name}} {{first_name}}{{/first_name}},

Your return label is a DHL Express label (it says "Express Worldwide DHL"), so DHL can pick up the package from your home. Here's how to set it up:
${DHL_PICKUP_STEPS.us}

Best regards`,
  },
});
