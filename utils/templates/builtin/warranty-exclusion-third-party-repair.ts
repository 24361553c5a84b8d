import { defineTemplate } from '../define';
import { OUT_OF_WARRANTY_REPAIR, WARRANTY_EXCLUSION_SOURCES, WARRANTY_GUIDE, WARRANTY_GUIDE_CLAUSE } from './shared/warranty';
import { CLOSING, GREETING } from './shared/letter';

/**
 * A device opened by a third party is excluded: "opened by a third party" (both guides), step 1. Suggested first
 * when the claim declares THIRD_PARTY_REPAIR (see suggest.ts). Out of warranty, the seller does not cover the
 * return shipping cost for a repair.
 */
export default defineTemplate({
  id: 'warranty-exclusion-third-party-repair',
  title: 'Warranty exclusion: opened by a third party',
  folder: 'Warranty',
  tags: ['warranty', 'exclusion', 'third party', 'repair shop', 'opened', 'repaired'],
  abbreviation: ';repair',
  bodies: {
    'en-gb': `Hello{{#first_name}} {{first_name}}{{/first_name}},

Thank you for letting us know that {{#product}}your {{product}}{{/product}}{{^product}}your item{{/product}} has been opened by someone other than the seller.

We're sorry to tell you that a device opened by a third party (for example an independent repair shop) is excluded from the Back Market warranty, so it is no longer covered by it. Other exclusions include significant physical damage and oxidation (liquid damage); our guide on warranty exclusions, in the Back Market Help Centre, gives the full list.

If you would still like to have it repaired, please note that for an item out of warranty, the seller does not cover the cost of return shipping for a repair.

Kind regards`,
    'en-us': `Hi{{#first_name}} {{first_name}}{{/first_name}},

Thanks for letting us know that {{#product}}your {{product}}{{/product}}{{^product}}your item{{/product}} has been opened by someone other than the seller.

Unfortunately, a device opened by a third party (an independent repair shop, for example) is excluded from the Back Market warranty, so it's no longer covered by it. Other exclusions include significant physical damage and oxidation (liquid damage); our guide on warranty exclusions, in the Back Market Help Center, gives the full list.

If you'd still like to have it repaired, please note that for an item out of warranty, the seller does not cover the cost of return shipping for a repair.

Best regards`,
    'fr-fr': `${GREETING['fr-fr']}

Merci de nous avoir indiqué que {{#product}}votre {{product}}{{/product}}{{^product}}votre article{{/product}} a été ouvert par une autre personne que le vendeur.

Nous sommes désolés de vous l'annoncer : un appareil ouvert par un tiers (un réparateur indépendant, par exemple) fait partie des exclusions de la garantie Back Market, et n'est donc plus couvert. Parmi les autres exclusions figurent les dommages physiques importants et l'oxydation (dommages causés par un liquide) ; ${WARRANTY_GUIDE_CLAUSE['fr-fr']}

${OUT_OF_WARRANTY_REPAIR['fr-fr']}

${CLOSING['fr-fr']}`,
    'de-de': `${GREETING['de-de']}

vielen Dank für Ihren Hinweis, dass Ihr Artikel{{#product}} ({{product}}){{/product}} von jemand anderem als dem Verkäufer geöffnet wurde.

Leider müssen wir Ihnen mitteilen: Ein von Dritten geöffnetes Gerät (zum Beispiel von einer unabhängigen Reparaturwerkstatt) gehört zu den Ausschlüssen der Back Market Garantie und ist daher nicht mehr abgedeckt. Zu den weiteren Ausschlüssen gehören erhebliche physische Schäden und Oxidation (Flüssigkeitsschaden). ${WARRANTY_GUIDE['de-de']}

${OUT_OF_WARRANTY_REPAIR['de-de']}

${CLOSING['de-de']}`,
    'es-es': `${GREETING['es-es']}

Gracias por indicarnos que {{#product}}su {{product}}{{/product}}{{^product}}su artículo{{/product}} ha sido abierto por alguien distinto del vendedor.

Lamentamos comunicarle que un dispositivo abierto por un tercero (por ejemplo, un taller de reparación independiente) es una de las exclusiones de la garantía de Back Market, por lo que ya no está cubierto. Otras exclusiones son los daños físicos importantes y la oxidación (daños causados por líquidos); ${WARRANTY_GUIDE_CLAUSE['es-es']}

${OUT_OF_WARRANTY_REPAIR['es-es']}

${CLOSING['es-es']}`,
    'it-it': `${GREETING['it-it']}

la ringraziamo per averci segnalato che il suo prodotto{{#product}} ({{product}}){{/product}} è stato aperto da una persona diversa dal venditore.

Purtroppo un dispositivo aperto da terzi (per esempio da un centro di riparazione indipendente) rientra nelle esclusioni dalla garanzia Back Market e quindi non è più coperto. Tra le altre esclusioni rientrano i danni fisici importanti e l'ossidazione (danni causati da liquidi); ${WARRANTY_GUIDE_CLAUSE['it-it']}

${OUT_OF_WARRANTY_REPAIR['it-it']}

${CLOSING['it-it']}`,
  },
  sources: WARRANTY_EXCLUSION_SOURCES,
});
