import { defineTemplate } from '../define';
import { OUT_OF_WARRANTY_REPAIR, WARRANTY_EXCLUSION_SOURCES, WARRANTY_GUIDE, WARRANTY_GUIDE_CLAUSE } from './shared/warranty';
import { CLOSING, GREETING } from './shared/letter';

/**
 * Liquid damage is excluded: "oxidation (liquid damage)" (US guide), "oxidation" (UK guide), step 1. Suggested
 * first when the claim declares WATER_OR_DROPPED (see suggest.ts). Out of warranty, the seller does not cover
 * the return shipping cost for a repair.
 */
export default defineTemplate({
  id: 'warranty-exclusion-liquid-damage',
  title: 'Warranty exclusion: oxidation (liquid damage)',
  folder: 'Warranty',
  tags: ['warranty', 'exclusion', 'liquid', 'water', 'oxidation'],
  abbreviation: ';liquid',
  bodies: {
    'en-gb': `Hello{{#first_name}} {{first_name}}{{/first_name}},

Thank you for explaining what happened to {{#product}}your {{product}}{{/product}}{{^product}}your item{{/product}}.

We're sorry to tell you that oxidation, meaning damage caused by liquid, is one of the exclusions of the Back Market warranty: a device with liquid damage is not covered by it. Other exclusions include significant physical damage and a device that has been opened by a third party; our guide on warranty exclusions, in the Back Market Help Centre, gives the full list.

If you would still like to have it repaired, please note that for an item out of warranty, the seller does not cover the cost of return shipping for a repair.

Kind regards`,
    'en-us': `Hi{{#first_name}} {{first_name}}{{/first_name}},

Thanks for explaining what happened to {{#product}}your {{product}}{{/product}}{{^product}}your item{{/product}}.

Unfortunately, oxidation, meaning damage caused by liquid, is one of the exclusions of the Back Market warranty: a device with liquid damage isn't covered by it. Other exclusions include significant physical damage and a device that has been opened by a third party; our guide on warranty exclusions, in the Back Market Help Center, gives the full list.

If you'd still like to have it repaired, please note that for an item out of warranty, the seller does not cover the cost of return shipping for a repair.

Best regards`,
    'fr-fr': `${GREETING['fr-fr']}

Merci de nous avoir expliqué ce qui est arrivé à {{#product}}votre {{product}}{{/product}}{{^product}}votre article{{/product}}.

Nous sommes désolés de vous l'annoncer : l'oxydation, c'est-à-dire les dommages causés par un liquide, fait partie des exclusions de la garantie Back Market : un appareil endommagé par un liquide n'est pas couvert. Parmi les autres exclusions figurent les dommages physiques importants et un appareil ouvert par un tiers ; ${WARRANTY_GUIDE_CLAUSE['fr-fr']}

${OUT_OF_WARRANTY_REPAIR['fr-fr']}

${CLOSING['fr-fr']}`,
    'de-de': `${GREETING['de-de']}

vielen Dank, dass Sie uns geschildert haben, was mit Ihrem Artikel{{#product}} ({{product}}){{/product}} passiert ist.

Leider müssen wir Ihnen mitteilen: Oxidation, also ein durch Flüssigkeit verursachter Schaden, gehört zu den Ausschlüssen der Back Market Garantie: Ein Gerät mit Flüssigkeitsschaden ist nicht abgedeckt. Zu den weiteren Ausschlüssen gehören erhebliche physische Schäden und ein von Dritten geöffnetes Gerät. ${WARRANTY_GUIDE['de-de']}

${OUT_OF_WARRANTY_REPAIR['de-de']}

${CLOSING['de-de']}`,
    'es-es': `${GREETING['es-es']}

Gracias por explicarnos lo que le ha pasado a {{#product}}su {{product}}{{/product}}{{^product}}su artículo{{/product}}.

Lamentamos comunicarle que la oxidación, es decir, los daños causados por líquidos, es una de las exclusiones de la garantía de Back Market: un dispositivo dañado por líquidos no está cubierto. Otras exclusiones son los daños físicos importantes y un dispositivo abierto por un tercero; ${WARRANTY_GUIDE_CLAUSE['es-es']}

${OUT_OF_WARRANTY_REPAIR['es-es']}

${CLOSING['es-es']}`,
    'it-it': `${GREETING['it-it']}

la ringraziamo per averci spiegato che cosa è successo al suo prodotto{{#product}} ({{product}}){{/product}}.

Purtroppo l'ossidazione, cioè i danni causati da liquidi, è tra le esclusioni dalla garanzia Back Market: un dispositivo danneggiato da liquidi non è coperto. Tra le altre esclusioni rientrano i danni fisici importanti e un dispositivo aperto da terzi; ${WARRANTY_GUIDE_CLAUSE['it-it']}

${OUT_OF_WARRANTY_REPAIR['it-it']}

${CLOSING['it-it']}`,
  },
  sources: WARRANTY_EXCLUSION_SOURCES,
});
