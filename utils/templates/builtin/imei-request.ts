import { defineTemplate } from '../define';
import { CLOSING, GREETING } from './shared/letter';

/**
 * Ask for a smartphone's IMEI. Facts from the return guide, step 3 (smartphones only): it is often on the box or
 * in the seller's information; otherwise the phone shows it. The guide links the makers' instructions without
 * quoting them: the 15 digits, *#06# and the settings paths are general knowledge (see sources), not policy.
 */
export default defineTemplate({
  id: 'imei-request',
  title: 'IMEI: ask for the number and where to find it',
  folder: 'IMEI',
  tags: ['imei', 'smartphone', 'return'],
  abbreviation: ';imei',
  bodies: {
    'en-gb': `Hello{{#first_name}} {{first_name}}{{/first_name}},

To go ahead with the return of {{#product}}your {{product}}{{/product}}{{^product}}your smartphone{{/product}}, we need its IMEI number (International Mobile Equipment Identity), the 15-digit number that identifies a mobile phone. We only ask for it for smartphones.

You can usually find it:
- on the phone's box;
- in the information the seller sent you with your order.

If it is in neither place, the phone can show it: open the phone app and dial *#06#, and the IMEI appears on screen. It is also in the settings: Settings > General > About on an iPhone, Settings > About phone on Samsung and Google Pixel phones.

Please reply here with the number, or a photo or screenshot of it.

Kind regards`,
    'en-us': `Hi{{#first_name}} {{first_name}}{{/first_name}},

To move forward with the return of {{#product}}your {{product}}{{/product}}{{^product}}your smartphone{{/product}}, we need its IMEI number (International Mobile Equipment Identity), the 15-digit number that identifies a cell phone. We only ask for it for smartphones.

You can usually find it:
- on the phone's box;
- in the information the seller sent you with your order.

If it's in neither place, the phone can show it: open the phone app and dial *#06#, and the IMEI shows up on the screen. It's also in the settings: Settings > General > About on an iPhone, Settings > About phone on Samsung and Google Pixel phones.

Please reply here with the number, or a photo or screenshot of it.

Best regards`,
    'fr-fr': `${GREETING['fr-fr']}

Pour poursuivre le retour de {{#product}}votre {{product}}{{/product}}{{^product}}votre smartphone{{/product}}, nous avons besoin de son numéro IMEI (International Mobile Equipment Identity), le numéro à 15 chiffres qui identifie un téléphone mobile. Nous ne le demandons que pour les smartphones.

Vous le trouverez généralement :
- sur la boîte du téléphone ;
- dans les informations que le vendeur vous a transmises avec votre commande.

S'il ne figure à aucun de ces endroits, le téléphone peut l'afficher : ouvrez l'application Téléphone et composez *#06#, l'IMEI s'affiche à l'écran. Il figure aussi dans les réglages : Réglages > Général > Informations sur un iPhone, Paramètres > À propos du téléphone sur les téléphones Samsung et Google Pixel.

Répondez-nous simplement ici avec le numéro, ou avec une photo ou une capture d'écran de celui-ci.

${CLOSING['fr-fr']}`,
    'de-de': `${GREETING['de-de']}

um die Rücksendung Ihres Smartphones{{#product}} ({{product}}){{/product}} fortzusetzen, benötigen wir seine IMEI-Nummer (International Mobile Equipment Identity), die 15-stellige Nummer, die ein Mobiltelefon eindeutig kennzeichnet. Wir fragen sie nur bei Smartphones an.

Sie finden sie in der Regel:
- auf der Verpackung des Telefons;
- in den Informationen, die Ihnen der Verkäufer mit Ihrer Bestellung geschickt hat.

Steht sie an keiner dieser Stellen, kann das Telefon sie anzeigen: Öffnen Sie die Telefon-App und wählen Sie *#06#, dann erscheint die IMEI auf dem Display. Sie steht auch in den Einstellungen: Einstellungen > Allgemein > Info auf einem iPhone, Einstellungen > Telefoninfo auf Samsung- und Google-Pixel-Telefonen.

Antworten Sie uns einfach hier mit der Nummer oder mit einem Foto oder Screenshot davon.

${CLOSING['de-de']}`,
    'es-es': `${GREETING['es-es']}

Para continuar con la devolución de {{#product}}su {{product}}{{/product}}{{^product}}su smartphone{{/product}}, necesitamos su número IMEI (International Mobile Equipment Identity), el número de 15 dígitos que identifica un teléfono móvil. Solo lo pedimos para los smartphones.

Normalmente lo encontrará:
- en la caja del teléfono;
- en la información que le envió el vendedor con su pedido.

Si no aparece en ninguno de esos sitios, el propio teléfono puede mostrarlo: abra la aplicación Teléfono y marque *#06#, y el IMEI aparecerá en la pantalla. También está en los ajustes: Ajustes > General > Información en un iPhone, Ajustes > Información del teléfono en los teléfonos Samsung y Google Pixel.

Puede respondernos aquí con el número, o con una foto o una captura de pantalla del mismo.

${CLOSING['es-es']}`,
    'it-it': `${GREETING['it-it']}

per procedere con il reso del suo smartphone{{#product}} ({{product}}){{/product}} ci serve il suo codice IMEI (International Mobile Equipment Identity), il numero di 15 cifre che identifica un telefono cellulare. Lo chiediamo solo per gli smartphone.

Di solito lo trova:
- sulla confezione del telefono;
- nelle informazioni che il venditore le ha inviato con l'ordine.

Se non si trova in nessuno dei due, può farlo comparire sul telefono: apra l'app Telefono e digiti *#06#, e l'IMEI appare sullo schermo. Si trova anche nelle impostazioni: Impostazioni > Generali > Info su un iPhone, Impostazioni > Informazioni sul telefono sui telefoni Samsung e Google Pixel.

Può rispondere qui con il numero, oppure con una foto o uno screenshot.

${CLOSING['it-it']}`,
  },
  sources: [
    { backs: [], policy: 'return-an-item.txt', quote: 'Include your IMEI number (smartphones only)' },
    {
      backs: [],
      policy: 'return-an-item.txt',
      quote: 'In many cases, the IMEI number is on the box for the device or included with the information from the seller.',
    },
    {
      backs: ['15', '*#06#'],
      generalKnowledge: 'An IMEI has 15 digits (the GSMA standard), and every current phone shows it when *#06# is dialled.',
    },
    {
      backs: [],
      generalKnowledge:
        'Where current phones show it: Settings > General > About (iPhone), Settings > About phone (Samsung Galaxy, Google Pixel).',
    },
    { backs: [], generalKnowledge: "The About screens' names in French, German, Spanish and Italian." },
  ],
});
