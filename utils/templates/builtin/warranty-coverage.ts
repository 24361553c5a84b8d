import { defineTemplate } from '../define';
import { OUT_OF_WARRANTY_RETURN_COST, WARRANTY_EXCLUSION_SOURCES, WARRANTY_GUIDE } from './shared/warranty';
import { CLOSING, GREETING } from './shared/letter';

/**
 * What the Back Market warranty covers and excludes. Facts from the return guide, step 1 (and its introduction):
 * refund or exchange within 30 days of receipt unless the customer damaged the item; a 12-month warranty after
 * that; exclusions: significant physical (impact) damage, oxidation (liquid damage), opened by a third party;
 * out of warranty, the seller does not pay the return shipping cost for a repair (US guide; the UK guide is silent
 * on it and contradicts none of it, so British bodies say it too).
 */
export default defineTemplate({
  id: 'warranty-coverage',
  title: 'Warranty: what is covered and what is not',
  folder: 'Warranty',
  tags: ['warranty', 'coverage', 'exclusions', 'refund', 'repair'],
  abbreviation: ';warranty',
  bodies: {
    'en-gb': `Hello{{#first_name}} {{first_name}}{{/first_name}},

Here is a short summary of how the Back Market warranty applies to {{#product}}your {{product}}{{/product}}{{^product}}your item{{/product}}{{#order_id}} (order {{order_id}}){{/order_id}}.

- In the first 30 days after you receive an item, you can generally send it back for a full refund or an exchange, unless you have damaged it.
- After those 30 days, you are still covered by a 12-month warranty: if a technical fault appears, the item can be repaired.

The exclusions of the warranty include an item that:
- has suffered significant physical damage, such as impact damage from a drop;
- shows oxidation, in other words liquid damage;
- has been opened by a third party.

Our guide on warranty exclusions, in the Back Market Help Centre, gives the full list.

Please also bear in mind that once an item is out of warranty, the seller does not cover the cost of return shipping for a repair.

Kind regards`,
    'en-us': `Hi{{#first_name}} {{first_name}}{{/first_name}},

Here's a quick summary of how the Back Market warranty applies to {{#product}}your {{product}}{{/product}}{{^product}}your item{{/product}}{{#order_id}} (order {{order_id}}){{/order_id}}.

- For the first 30 days after you receive an item, you can generally return it for a full refund or an exchange, unless you've damaged it.
- After those 30 days, you're still covered by a 12-month warranty: if a technical problem comes up, the item can be repaired.

The exclusions of the warranty include an item that:
- has significant physical damage, such as impact damage from a drop;
- shows oxidation, meaning liquid damage;
- has been opened by a third party.

Our guide on warranty exclusions, in the Back Market Help Center, gives the full list.

Please also keep in mind that once an item is out of warranty, the seller does not cover the cost of return shipping for a repair.

Best regards`,
    'fr-fr': `${GREETING['fr-fr']}

Voici en quelques lignes comment la garantie Back Market s'applique à {{#product}}votre {{product}}{{/product}}{{^product}}votre article{{/product}}{{#order_id}} (commande {{order_id}}){{/order_id}}.

- Dans les 30 jours qui suivent sa réception, vous pouvez en général renvoyer un article pour un remboursement complet ou un échange, sauf si vous l'avez endommagé.
- Passé ces 30 jours, vous restez couvert par une garantie de 12 mois : en cas de panne technique, l'article peut être réparé.

Parmi les exclusions de la garantie figure un article qui :
- a subi des dommages physiques importants, par exemple un choc après une chute ;
- présente de l'oxydation, c'est-à-dire des dommages causés par un liquide ;
- a été ouvert par un tiers.

${WARRANTY_GUIDE['fr-fr']}

${OUT_OF_WARRANTY_RETURN_COST['fr-fr']}

${CLOSING['fr-fr']}`,
    'de-de': `${GREETING['de-de']}

hier eine kurze Übersicht, wie die Back Market Garantie für Ihren Artikel{{#product}} ({{product}}){{/product}}{{#order_id}}, Bestellung {{order_id}},{{/order_id}} gilt.

- Innerhalb von 30 Tagen nach Erhalt können Sie einen Artikel in der Regel für eine volle Erstattung oder einen Umtausch zurückschicken, es sei denn, Sie haben ihn beschädigt.
- Nach diesen 30 Tagen gilt weiterhin eine Garantie von 12 Monaten: Tritt ein technischer Defekt auf, kann der Artikel repariert werden.

Zu den Ausschlüssen der Garantie gehört ein Artikel, der:
- erhebliche physische Schäden aufweist, etwa Stoßschäden nach einem Sturz;
- Oxidation aufweist, also einen Flüssigkeitsschaden;
- von Dritten geöffnet wurde.

${WARRANTY_GUIDE['de-de']}

${OUT_OF_WARRANTY_RETURN_COST['de-de']}

${CLOSING['de-de']}`,
    'es-es': `${GREETING['es-es']}

Le resumimos cómo se aplica la garantía de Back Market a {{#product}}su {{product}}{{/product}}{{^product}}su artículo{{/product}}{{#order_id}} (pedido {{order_id}}){{/order_id}}.

- Durante los 30 días siguientes a la recepción de un artículo, por lo general puede devolverlo para obtener un reembolso completo o un cambio, salvo que usted lo haya dañado.
- Pasados esos 30 días, sigue cubierto por una garantía de 12 meses: si aparece una avería técnica, el artículo se puede reparar.

Entre las exclusiones de la garantía está un artículo que:
- ha sufrido daños físicos importantes, como un golpe tras una caída;
- presenta oxidación, es decir, daños causados por líquidos;
- ha sido abierto por un tercero.

${WARRANTY_GUIDE['es-es']}

${OUT_OF_WARRANTY_RETURN_COST['es-es']}

${CLOSING['es-es']}`,
    'it-it': `${GREETING['it-it']}

ecco in breve come si applica la garanzia Back Market al suo prodotto{{#product}} ({{product}}){{/product}}{{#order_id}}, ordine {{order_id}}{{/order_id}}.

- Entro 30 giorni dal ricevimento di un prodotto, in genere può restituirlo per un rimborso completo o una sostituzione, a meno che non lo abbia danneggiato lei.
- Trascorsi questi 30 giorni, resta coperto da una garanzia di 12 mesi: se si presenta un guasto tecnico, il prodotto può essere riparato.

Tra le esclusioni dalla garanzia rientra un prodotto che:
- ha subito danni fisici importanti, per esempio un urto dopo una caduta;
- presenta ossidazione, cioè danni causati da liquidi;
- è stato aperto da terzi.

${WARRANTY_GUIDE['it-it']}

${OUT_OF_WARRANTY_RETURN_COST['it-it']}

${CLOSING['it-it']}`,
  },
  sources: [
    {
      backs: ['30'],
      policy: 'return-an-item.txt',
      quote:
        "Unless you've damaged your device, you can generally return any item for a full refund or exchange within 30 days of receiving it.",
    },
    {
      backs: ['12'],
      policy: 'return-an-item.txt',
      quote: 'we throw in a 12-month warranty in case a technical issue comes up and you need to have the product repaired',
    },
    ...WARRANTY_EXCLUSION_SOURCES,
  ],
});
