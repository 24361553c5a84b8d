import { defineTemplate } from '../define';
import { CLOSING, GREETING } from './shared/letter';
import { DHL_EXPRESS_LABEL, DHL_EXPRESS_LABEL_SOURCES, DHL_PICKUP_STEPS } from './shared/dhl-express';

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
    'fr-fr': `${GREETING['fr-fr']}

${DHL_EXPRESS_LABEL['fr-fr']} : DHL peut donc venir chercher le colis chez vous. Voici comment l'organiser :
${DHL_PICKUP_STEPS['fr-fr']}

Si vous préférez déposer le colis vous-même, la même étiquette peut être déposée dans un DHL Service Point : dites-le-nous et nous vous enverrons la marche à suivre.

${CLOSING['fr-fr']}`,
    'de-de': `${GREETING['de-de']}

${DHL_EXPRESS_LABEL['de-de']}, daher kann DHL das Paket bei Ihnen zu Hause abholen. So vereinbaren Sie die Abholung:
${DHL_PICKUP_STEPS['de-de']}

Wenn Sie das Paket lieber selbst abgeben möchten, können Sie es mit demselben Etikett an einem DHL Service Point abgeben: Geben Sie uns einfach Bescheid, dann schicken wir Ihnen die Schritte.

${CLOSING['de-de']}`,
    'es-es': `${GREETING['es-es']}

${DHL_EXPRESS_LABEL['es-es']}, así que DHL puede recoger el paquete en su domicilio. Así se organiza:
${DHL_PICKUP_STEPS['es-es']}

Si prefiere entregar el paquete usted mismo, con la misma etiqueta puede llevarlo a un DHL Service Point: díganoslo y le enviaremos los pasos.

${CLOSING['es-es']}`,
    'it-it': `${GREETING['it-it']}

${DHL_EXPRESS_LABEL['it-it']}, quindi DHL può ritirare il pacco a casa sua. Ecco come organizzare il ritiro:
${DHL_PICKUP_STEPS['it-it']}

Se preferisce consegnare il pacco di persona, con la stessa etichetta può portarlo a un DHL Service Point: ce lo dica e le invieremo i passaggi.

${CLOSING['it-it']}`,
  },
  sources: DHL_EXPRESS_LABEL_SOURCES,
});
