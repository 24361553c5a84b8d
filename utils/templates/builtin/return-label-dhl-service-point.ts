import { defineTemplate } from '../define';
import { CLOSING, GREETING } from './shared/letter';
import { DHL_EXPRESS_LABEL, DHL_EXPRESS_LABEL_SOURCES, DHL_SERVICE_POINT_STEPS, RIGHT_DROP_OFF } from './shared/dhl-express';

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
    'fr-fr': `${GREETING['fr-fr']}

${DHL_EXPRESS_LABEL['fr-fr']}, qui vous laisse 2 options : déposer le colis dans un DHL Service Point, ou le faire enlever chez vous par DHL. ${RIGHT_DROP_OFF['fr-fr']} Voici comment passer par un DHL Service Point :

${DHL_SERVICE_POINT_STEPS['fr-fr']}

Si vous préférez que DHL vienne chercher le colis chez vous, dites-le-nous et nous vous expliquerons comment programmer un enlèvement.

${CLOSING['fr-fr']}`,
    'de-de': `${GREETING['de-de']}

${DHL_EXPRESS_LABEL['de-de']}. Damit haben Sie 2 Möglichkeiten: das Paket an einem DHL Service Point abgeben oder es von DHL bei Ihnen abholen lassen. ${RIGHT_DROP_OFF['de-de']} So geht es über einen DHL Service Point:

${DHL_SERVICE_POINT_STEPS['de-de']}

Wenn Sie das Paket lieber von DHL abholen lassen möchten, geben Sie uns Bescheid, dann erklären wir Ihnen, wie Sie eine Abholung vereinbaren.

${CLOSING['de-de']}`,
    'es-es': `${GREETING['es-es']}

${DHL_EXPRESS_LABEL['es-es']}, que le ofrece 2 opciones: entregar el paquete en un DHL Service Point o que DHL lo recoja en su domicilio. ${RIGHT_DROP_OFF['es-es']} Así se hace a través de un DHL Service Point:

${DHL_SERVICE_POINT_STEPS['es-es']}

Si prefiere que DHL recoja el paquete en su domicilio, díganoslo y le explicaremos cómo programar una recogida.

${CLOSING['es-es']}`,
    'it-it': `${GREETING['it-it']}

${DHL_EXPRESS_LABEL['it-it']}, che le offre 2 possibilità: consegnare il pacco a un DHL Service Point oppure farlo ritirare a casa da DHL. ${RIGHT_DROP_OFF['it-it']} Ecco come passare da un DHL Service Point:

${DHL_SERVICE_POINT_STEPS['it-it']}

Se preferisce far ritirare il pacco a casa da DHL, ce lo dica e le spiegheremo come prenotare un ritiro.

${CLOSING['it-it']}`,
  },
  sources: DHL_EXPRESS_LABEL_SOURCES,
});
