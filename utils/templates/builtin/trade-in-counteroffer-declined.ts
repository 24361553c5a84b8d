import { defineTemplate } from '../define';
import { FREE_RETURN_WITHIN_2_DAYS } from './shared/trade-in';
import { CLOSING, GREETING } from './shared/letter';

/**
 * Trade-in, counteroffer declined (trade-in guide): the refurbisher sends the device back free of charge within 2
 * business days, with a tracking number it provides.
 */
export default defineTemplate({
  id: 'trade-in-counteroffer-declined',
  title: 'Trade-in: counteroffer declined, free return within 2 business days',
  folder: 'Trade-in',
  tags: ['trade-in', 'buyback', 'counteroffer', 'return', 'free'],
  bodies: {
    'en-gb': `Hello{{#first_name}} {{first_name}}{{/first_name}},

We have noted that you declined the counteroffer for {{#product}}your {{product}}{{/product}}{{^product}}your device{{/product}}.

The refurbisher will send the device back to you free of charge within 2 business days. They will give you a tracking number so you can follow the parcel{{#tracking_number}}: {{tracking_number}}{{/tracking_number}}.

Kind regards`,
    'en-us': `Hi{{#first_name}} {{first_name}}{{/first_name}},

We've noted that you declined the counteroffer for {{#product}}your {{product}}{{/product}}{{^product}}your device{{/product}}.

The refurbisher will ship the device back to you at no cost within 2 business days. They'll provide a tracking number so you can follow the package{{#tracking_number}}: {{tracking_number}}{{/tracking_number}}.

Best regards`,
    'fr-fr': `${GREETING['fr-fr']}

Nous avons bien noté que vous avez refusé la contre-offre pour {{#product}}votre {{product}}{{/product}}{{^product}}votre appareil{{/product}}.

${FREE_RETURN_WITHIN_2_DAYS['fr-fr']}

${CLOSING['fr-fr']}`,
    'de-de': `${GREETING['de-de']}

wir haben vermerkt, dass Sie das Gegenangebot für Ihr Gerät{{#product}} ({{product}}){{/product}} abgelehnt haben.

${FREE_RETURN_WITHIN_2_DAYS['de-de']}

${CLOSING['de-de']}`,
    'es-es': `${GREETING['es-es']}

Hemos tomado nota de que ha rechazado la contraoferta por {{#product}}su {{product}}{{/product}}{{^product}}su dispositivo{{/product}}.

${FREE_RETURN_WITHIN_2_DAYS['es-es']}

${CLOSING['es-es']}`,
    'it-it': `${GREETING['it-it']}

abbiamo preso nota che ha rifiutato la controfferta per il suo dispositivo{{#product}} ({{product}}){{/product}}.

${FREE_RETURN_WITHIN_2_DAYS['it-it']}

${CLOSING['it-it']}`,
  },
  sources: [
    {
      backs: ['2'],
      policy: 'trade-in-device-back.txt',
      quote: 'If you decline the counteroffer, the refurbisher will ship your device back to you for free within 2 business days.',
    },
  ],
});
