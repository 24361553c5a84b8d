import { defineTemplate } from '../define';
import { OUT_OF_WARRANTY_REPAIR, WARRANTY_EXCLUSION_SOURCES, WARRANTY_GUIDE, WARRANTY_GUIDE_CLAUSE } from './shared/warranty';
import { CLOSING, GREETING } from './shared/letter';

/**
 * Significant physical damage is excluded: "significant physical damage" (US guide), "significant impact damage"
 * (UK guide), step 1. Suggested when the claim declares WATER_OR_DROPPED (a drop). Out of warranty, the seller does
 * not cover the return shipping cost for a repair.
 */
export default defineTemplate({
  id: 'warranty-exclusion-impact-damage',
  title: 'Warranty exclusion: significant physical or impact damage (drop)',
  folder: 'Warranty',
  tags: ['warranty', 'exclusion', 'drop', 'impact', 'physical damage'],
  abbreviation: ';drop',
  bodies: {
    'en-gb': `Hello{{#first_name}} {{first_name}}{{/first_name}},

Thank you for explaining what happened to {{#product}}your {{product}}{{/product}}{{^product}}your item{{/product}}.

We're sorry to tell you that significant physical damage, such as impact damage after a drop, is one of the exclusions of the Back Market warranty: a device damaged this way is not covered by it. Other exclusions include oxidation (liquid damage) and a device that has been opened by a third party; our guide on warranty exclusions, in the Back Market Help Centre, gives the full list.

If you would still like to have it repaired, please note that for an item out of warranty, the seller does not cover the cost of return shipping for a repair.

Kind regards`,
    'en-us': `Hi{{#first_name}} {{first_name}}{{/first_name}},

Thanks for explaining what happened to {{#product}}your {{product}}{{/product}}{{^product}}your item{{/product}}.

Unfortunately, significant physical damage, such as impact damage from a drop, is one of the exclusions of the Back Market warranty: a device damaged this way isn't covered by it. Other exclusions include oxidation (liquid damage) and a device that has been opened by a third party; our guide on warranty exclusions, in the Back Market Help Center, gives the full list.

If you'd still like to have it repaired, please note that for an item out of warranty, the seller does not cover the cost of return shipping for a repair.

Best regards`,
    'fr-fr': `${GREETING['fr-fr']}

Merci de nous avoir expliqué ce qui est arrivé à {{#product}}votre {{product}}{{/product}}{{^product}}votre article{{/product}}.

Nous sommes désolés de vous l'annoncer : les dommages physiques importants, comme un choc après une chute, font partie des exclusions de la garantie Back Market : un appareil endommagé ainsi n'est pas couvert. Parmi les autres exclusions figurent l'oxydation (dommages causés par un liquide) et un appareil ouvert par un tiers ; ${WARRANTY_GUIDE_CLAUSE['fr-fr']}

${OUT_OF_WARRANTY_REPAIR['fr-fr']}

${CLOSING['fr-fr']}`,
    'de-de': `${GREETING['de-de']}

vielen Dank, dass Sie uns geschildert haben, was mit Ihrem Artikel{{#product}} ({{product}}){{/product}} passiert ist.

Leider müssen wir Ihnen mitteilen: Erhebliche physische Schäden, etwa Stoßschäden nach einem Sturz, gehören zu den Ausschlüssen der Back Market Garantie: Ein so beschädigtes Gerät ist nicht abgedeckt. Zu den weiteren Ausschlüssen gehören Oxidation (Flüssigkeitsschaden) und ein von Dritten geöffnetes Gerät. ${WARRANTY_GUIDE['de-de']}

${OUT_OF_WARRANTY_REPAIR['de-de']}

${CLOSING['de-de']}`,
    'es-es': `${GREETING['es-es']}

Gracias por explicarnos lo que le ha pasado a {{#product}}su {{product}}{{/product}}{{^product}}su artículo{{/product}}.

Lamentamos comunicarle que los daños físicos importantes, como un golpe tras una caída, son una de las exclusiones de la garantía de Back Market: un dispositivo dañado de este modo no está cubierto. Otras exclusiones son la oxidación (daños causados por líquidos) y un dispositivo abierto por un tercero; ${WARRANTY_GUIDE_CLAUSE['es-es']}

${OUT_OF_WARRANTY_REPAIR['es-es']}

${CLOSING['es-es']}`,
    'it-it': `${GREETING['it-it']}

la ringraziamo per averci spiegato che cosa è successo al suo prodotto{{#product}} ({{product}}){{/product}}.

Purtroppo i danni fisici importanti, come un urto dopo una caduta, sono tra le esclusioni dalla garanzia Back Market: un dispositivo danneggiato in questo modo non è coperto. Tra le altre esclusioni rientrano l'ossidazione (danni causati da liquidi) e un dispositivo aperto da terzi; ${WARRANTY_GUIDE_CLAUSE['it-it']}

${OUT_OF_WARRANTY_REPAIR['it-it']}

${CLOSING['it-it']}`,
  },
  sources: WARRANTY_EXCLUSION_SOURCES,
});
