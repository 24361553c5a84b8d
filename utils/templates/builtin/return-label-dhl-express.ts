import { defineTemplate } from '../define';
import { CLOSING, GREETING } from './shared/letter';
import {
  DHL_EXPRESS_LABEL,
  DHL_EXPRESS_LABEL_SOURCES,
  DHL_PICKUP_STEPS,
  DHL_SERVICE_POINT_STEPS,
  RIGHT_DROP_OFF,
} from './shared/dhl-express';

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
    'fr-fr': `${GREETING['fr-fr']}

${DHL_EXPRESS_LABEL['fr-fr']}. ${RIGHT_DROP_OFF['fr-fr']} Vous avez 2 options.

Option 1 : déposer le colis dans un DHL Service Point
${DHL_SERVICE_POINT_STEPS['fr-fr']}

Option 2 : faire enlever le colis chez vous par DHL
${DHL_PICKUP_STEPS['fr-fr']}

${CLOSING['fr-fr']}`,
    'de-de': `${GREETING['de-de']}

${DHL_EXPRESS_LABEL['de-de']}. ${RIGHT_DROP_OFF['de-de']} Sie haben 2 Möglichkeiten.

Möglichkeit 1: Paket an einem DHL Service Point abgeben
${DHL_SERVICE_POINT_STEPS['de-de']}

Möglichkeit 2: Paket von DHL bei Ihnen abholen lassen
${DHL_PICKUP_STEPS['de-de']}

${CLOSING['de-de']}`,
    'es-es': `${GREETING['es-es']}

${DHL_EXPRESS_LABEL['es-es']}. ${RIGHT_DROP_OFF['es-es']} Tiene 2 opciones.

Opción 1: entregar el paquete en un DHL Service Point
${DHL_SERVICE_POINT_STEPS['es-es']}

Opción 2: que DHL recoja el paquete en su domicilio
${DHL_PICKUP_STEPS['es-es']}

${CLOSING['es-es']}`,
    'it-it': `${GREETING['it-it']}

${DHL_EXPRESS_LABEL['it-it']}. ${RIGHT_DROP_OFF['it-it']} Ha 2 possibilità.

Opzione 1: consegnare il pacco a un DHL Service Point
${DHL_SERVICE_POINT_STEPS['it-it']}

Opzione 2: far ritirare il pacco a casa da DHL
${DHL_PICKUP_STEPS['it-it']}

${CLOSING['it-it']}`,
  },
  sources: DHL_EXPRESS_LABEL_SOURCES,
});
