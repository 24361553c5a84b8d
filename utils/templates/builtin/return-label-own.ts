import { defineTemplate } from '../define';
import { CLOSING, GREETING } from './shared/letter';

/**
 * A label from Back Market Customer Care or one the customer bought (UK guide, step 8): follow the courier's own
 * rules for sending, drop-off and packing; keep the receipt as proof of shipment; when sending it themselves,
 * insurance against damage or loss is advised; get a tracking number.
 */
export default defineTemplate({
  id: 'return-label-own',
  title: "Return label: own label or one from Customer Care (courier's rules, receipt, insurance, tracking)",
  folder: 'Return labels',
  tags: ['return label', 'own label', 'customer care', 'insurance', 'tracking'],
  abbreviation: ';own',
  bodies: {
    'en-gb': `Hello{{#first_name}} {{first_name}}{{/first_name}},

As you're sending {{#product}}your {{product}}{{/product}}{{^product}}your item{{/product}} with a label from Back Market Customer Care or one you bought yourself, please:
- follow the courier's own rules for sending, drop-off, packing and so on;
- keep the receipt, as it is your proof that the parcel was sent;
- as you are sending the parcel yourself, we suggest buying insurance, which covers it if it is damaged or lost on the way;
- make sure you get a tracking number, and share it with us here.

Kind regards`,
    'en-us': `Hi{{#first_name}} {{first_name}}{{/first_name}},

Since you're shipping {{#product}}your {{product}}{{/product}}{{^product}}your item{{/product}} with a label from Back Market Customer Care or one you purchased yourself, please:
- follow the carrier's own guidelines for shipping, drop-off, packing, etc.;
- keep the receipt, since it's your proof that the package was shipped;
- since you're sending the package yourself, we suggest purchasing insurance, which covers it if it's damaged or lost in transit;
- make sure you get a tracking number, and share it with us here.

Best regards`,
    'fr-fr': `${GREETING['fr-fr']}

Comme vous envoyez {{#product}}votre {{product}}{{/product}}{{^product}}votre article{{/product}} avec une étiquette fournie par le service client Back Market ou achetée par vos soins, merci de :
- suivre les règles propres au transporteur pour l'envoi, le dépôt, l'emballage, etc. ;
- conserver le reçu, qui prouve l'envoi du colis ;
- puisque vous envoyez le colis vous-même, nous vous conseillons de souscrire une assurance, qui le couvre s'il est endommagé ou perdu en chemin ;
- veiller à obtenir un numéro de suivi, et à nous le communiquer ici.

${CLOSING['fr-fr']}`,
    'de-de': `${GREETING['de-de']}

da Sie Ihren Artikel{{#product}} ({{product}}){{/product}} mit einem Etikett des Back Market Kundenservice oder einem selbst gekauften Etikett versenden, beachten Sie bitte Folgendes:
- Halten Sie sich an die Vorgaben des Versanddienstleisters zu Versand, Abgabe, Verpackung usw.
- Bewahren Sie die Quittung auf, denn sie ist Ihr Nachweis, dass das Paket verschickt wurde.
- Da Sie das Paket selbst versenden, empfehlen wir Ihnen eine Versicherung, die greift, wenn es unterwegs beschädigt wird oder verloren geht.
- Lassen Sie sich eine Sendungsnummer geben und teilen Sie sie uns hier mit.

${CLOSING['de-de']}`,
    'es-es': `${GREETING['es-es']}

Como va a enviar {{#product}}su {{product}}{{/product}}{{^product}}su artículo{{/product}} con una etiqueta del servicio de atención al cliente de Back Market o con una que ha comprado usted, le rogamos que:
- siga las normas del propio transportista sobre el envío, la entrega, el embalaje, etc.;
- guarde el recibo, ya que es su prueba de que el paquete se envió;
- como envía el paquete usted mismo, le aconsejamos contratar un seguro que lo cubra si se daña o se pierde por el camino;
- se asegure de obtener un número de seguimiento y nos lo indique aquí.

${CLOSING['es-es']}`,
    'it-it': `${GREETING['it-it']}

poiché spedisce il suo prodotto{{#product}} ({{product}}){{/product}} con un'etichetta fornita dall'assistenza clienti Back Market o acquistata da lei, la preghiamo di:
- seguire le regole del corriere per la spedizione, la consegna, l'imballaggio, ecc.;
- conservare la ricevuta, che prova l'avvenuta spedizione del pacco;
- dato che spedisce il pacco di persona, le consigliamo di acquistare un'assicurazione che lo copra in caso di danni o smarrimento durante il trasporto;
- assicurarsi di ottenere un numero di tracciamento e comunicarcelo qui.

${CLOSING['it-it']}`,
  },
  sources: [
    {
      backs: [],
      policy: 'return-an-item-uk.txt',
      quote:
        "If you're sending your parcel yourself, we suggest buying insurance to cover the potential damage or loss of your parcel while in transit.",
    },
    { backs: [], policy: 'return-an-item-uk.txt', quote: 'Also, be sure to get a tracking number!' },
  ],
});
