import { defineTemplate } from '../define';
import { DHL_SERVICE_POINT_STEPS, RIGHT_DROP_OFF } from './shared/dhl-express';

/** DHL Express label, option 1: drop-off at a DHL Service Point (UK guide, step 8). */
export default defineTemplate({
  id: 'return-label-dhl-service-point',
  title: 'Return label: DHL Express, drop-off at a DHL Service Point',
  folder: 'Return labels',
  tags: ['return label', 'dhl', 'dhl express', 'service point', 'drop-off'],
  abbreviation: ';dsp',
  bodies: {
    'en-gb': `Hello{{#first_name}} {{first_name}}{{/first_name}},

Your return label is a DHL Express label (it reads "Express Worldwide DHL"), so the parcel must go to a DHL Service Point. ${RIGHT_DROP_OFF.gb}

${DHL_SERVICE_POINT_STEPS.gb}

If you would rather have DHL collect the parcel from you, let us know and we'll explain how to book a pickup.

Kind regards`,
    'en-us': `Hi{{#first_name}} {{first_name}}{{/first_name}},

Your return label is a DHL Express label (it says "Express Worldwide DHL"), so the package needs to go to a DHL Service Point. ${RIGHT_DROP_OFF.us}

${DHL_SERVICE_POINT_STEPS.us}

If you'd rather have DHL pick up the package from you, let us know and we'll explain how to schedule a pickup.

Best regards`,
  },
});
