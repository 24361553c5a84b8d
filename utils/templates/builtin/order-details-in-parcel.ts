import { defineTemplate } from '../define';
import { CLOSING, GREETING } from './shared/letter';

/**
 * What to put in the parcel with the item. Facts from the return guide, step 6: the printed proof of purchase or
 * invoice (Back Market account, "My orders"); without a printer, a handwritten sheet with Back Market (UK list),
 * the customer's name and surname, order number, order date, and the PIN code or unlock system if it could not be
 * removed. Known facts are filled in so the customer can copy them.
 */
export default defineTemplate({
  id: 'order-details-in-parcel',
  title: 'Parcel: order details to put inside (proof of purchase or handwritten list)',
  folder: 'Packing and shipping',
  tags: ['order details', 'invoice', 'proof of purchase', 'parcel', 'return'],
  abbreviation: ';order',
  bodies: {
    'en-gb': `Hello{{#first_name}} {{first_name}}{{/first_name}},

Please put your order details inside the parcel with {{#product}}your {{product}}{{/product}}{{^product}}your item{{/product}}, so the seller can match it to your order straight away.

The simplest way is to print your proof of purchase or invoice: you'll find it in your Back Market account, under "My orders".

If you don't have a printer, write the following on a blank sheet of paper and put it in the parcel:
- Back Market
- Your name and surname
- Your order number{{#order_id}}: {{order_id}}{{/order_id}}
- The date of the order{{#order_date}}: {{order_date}}{{/order_date}}
- The PIN code or unlock code/pattern of the device, if you couldn't remove it before sending

Kind regards`,
    'en-us': `Hi{{#first_name}} {{first_name}}{{/first_name}},

Please put your order details inside the package with {{#product}}your {{product}}{{/product}}{{^product}}your item{{/product}}, so the seller can match it to your order right away.

The easiest way is to print your proof of purchase or invoice: you'll find it in your Back Market account, under "My orders".

If you don't have a printer, write the following on a blank sheet of paper and put it in the package:
- Back Market
- Your first and last name
- Your order number{{#order_id}}: {{order_id}}{{/order_id}}
- The date of the order{{#order_date}}: {{order_date}}{{/order_date}}
- The PIN code or unlock code/pattern of the device, if you couldn't remove it before shipping

Best regards`,
    'fr-fr': `${GREETING['fr-fr']}

Merci de glisser les informations de votre commande dans le colis avec {{#product}}votre {{product}}{{/product}}{{^product}}votre article{{/product}}, afin que le vendeur puisse le rattacher immédiatement à votre commande.

Le plus simple est d'imprimer votre preuve d'achat ou votre facture : vous la trouverez dans votre compte Back Market, rubrique « Mes commandes ».

Si vous n'avez pas d'imprimante, écrivez les informations suivantes sur une feuille blanche et glissez-la dans le colis :
- Back Market
- Vos nom et prénom
- Votre numéro de commande{{#order_id}} : {{order_id}}{{/order_id}}
- La date de la commande{{#order_date}} : {{order_date}}{{/order_date}}
- Le code PIN ou le schéma de déverrouillage de l'appareil, si vous n'avez pas pu le retirer avant l'envoi

${CLOSING['fr-fr']}`,
    'de-de': `${GREETING['de-de']}

bitte legen Sie Ihre Bestelldaten zusammen mit Ihrem Artikel{{#product}} ({{product}}){{/product}} in das Paket, damit der Verkäufer es sofort Ihrer Bestellung zuordnen kann.

Am einfachsten drucken Sie Ihren Kaufbeleg oder Ihre Rechnung aus: Sie finden sie in Ihrem Back Market Konto unter „Meine Bestellungen“.

Wenn Sie keinen Drucker haben, schreiben Sie bitte Folgendes auf ein leeres Blatt Papier und legen es in das Paket:
- Back Market
- Ihr Vor- und Nachname
- Ihre Bestellnummer{{#order_id}}: {{order_id}}{{/order_id}}
- Das Bestelldatum{{#order_date}}: {{order_date}}{{/order_date}}
- Der PIN-Code oder das Entsperrmuster des Geräts, falls Sie ihn nicht vor dem Versand entfernen konnten

${CLOSING['de-de']}`,
    'es-es': `${GREETING['es-es']}

Le rogamos que incluya los datos de su pedido en el paquete junto con {{#product}}su {{product}}{{/product}}{{^product}}su artículo{{/product}}, para que el vendedor pueda asociarlo a su pedido enseguida.

Lo más sencillo es imprimir su justificante de compra o su factura: la encontrará en su cuenta de Back Market, en «Mis pedidos».

Si no tiene impresora, escriba lo siguiente en una hoja en blanco y métala en el paquete:
- Back Market
- Su nombre y apellidos
- Su número de pedido{{#order_id}}: {{order_id}}{{/order_id}}
- La fecha del pedido{{#order_date}}: {{order_date}}{{/order_date}}
- El código PIN o el patrón de desbloqueo del dispositivo, si no pudo quitarlo antes del envío

${CLOSING['es-es']}`,
    'it-it': `${GREETING['it-it']}

la preghiamo di inserire i dati dell'ordine nel pacco insieme al suo prodotto{{#product}} ({{product}}){{/product}}, così il venditore potrà associarlo subito al suo ordine.

Il modo più semplice è stampare la prova d'acquisto o la fattura: la trova nel suo account Back Market, nella sezione «I miei ordini».

Se non ha una stampante, scriva su un foglio bianco le informazioni seguenti e lo inserisca nel pacco:
- Back Market
- Il suo nome e cognome
- Il suo numero d'ordine{{#order_id}}: {{order_id}}{{/order_id}}
- La data dell'ordine{{#order_date}}: {{order_date}}{{/order_date}}
- Il codice PIN o la sequenza di sblocco del dispositivo, se non è riuscito a rimuoverli prima della spedizione

${CLOSING['it-it']}`,
  },
  sources: [
    {
      backs: [],
      policy: 'return-an-item.txt',
      quote:
        'Please print the proof of purchase or the invoice, which you can find in your Back Market Account under "My orders," and put it in the package.',
    },
  ],
});
