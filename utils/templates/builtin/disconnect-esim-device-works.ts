import { defineTemplate } from '../define';
import { CLOSING, GREETING } from './shared/letter';

/**
 * Remove the eSIM from a phone that still turns on. Facts from the return guide, step 5 (eSIM): two options,
 * Settings > Mobile Data > Delete eSIM, or erase the eSIM while restoring the phone. "Cellular" (en-US) is general
 * knowledge, not policy.
 */
export default defineTemplate({
  id: 'disconnect-esim-device-works',
  title: 'Accounts: remove the eSIM from a phone that turns on',
  folder: 'Data and accounts',
  tags: ['esim', 'sim', 'smartphone', 'device works'],
  abbreviation: ';esim',
  bodies: {
    'en-gb': `Hello{{#first_name}} {{first_name}}{{/first_name}},

Please remove the eSIM from {{#product}}your {{product}}{{/product}}{{^product}}your phone{{/product}} before sending it back: while it is still active, the seller can't work on the phone and your return will be delayed.

As the phone still turns on, you can do it in one of two ways:
- Option 1: go to "Settings" > "Mobile Data" > "Delete eSIM".
- Option 2: when you reset (restore) the phone, choose to erase the eSIM as well.

Kind regards`,
    'en-us': `Hi{{#first_name}} {{first_name}}{{/first_name}},

Please remove the eSIM from {{#product}}your {{product}}{{/product}}{{^product}}your phone{{/product}} before shipping it back: while it's still active, the seller can't work on the phone and your return will be delayed.

Since the phone still turns on, you can do it in one of two ways:
- Option 1: go to "Settings" > "Mobile Data" ("Cellular" on some phones) > "Delete eSIM".
- Option 2: when you reset (restore) the phone, choose to erase the eSIM too.

Best regards`,
    'fr-fr': `${GREETING['fr-fr']}

Merci de supprimer l'eSIM de {{#product}}votre {{product}}{{/product}}{{^product}}votre téléphone{{/product}} avant de le renvoyer : tant qu'elle est active, le vendeur ne peut pas intervenir sur le téléphone et votre retour sera retardé.

Comme le téléphone s'allume encore, vous avez deux possibilités :
- Option 1 : allez dans « Réglages » > « Données cellulaires » > « Supprimer l'eSIM » (les noms peuvent varier selon le téléphone).
- Option 2 : lorsque vous réinitialisez (restaurez) le téléphone, choisissez d'effacer aussi l'eSIM.

${CLOSING['fr-fr']}`,
    'de-de': `${GREETING['de-de']}

bitte entfernen Sie die eSIM von Ihrem Telefon{{#product}} ({{product}}){{/product}}, bevor Sie es zurückschicken: Solange sie aktiv ist, kann der Verkäufer nicht an dem Telefon arbeiten, und Ihre Rücksendung verzögert sich.

Da sich das Telefon noch einschalten lässt, haben Sie zwei Möglichkeiten:
- Möglichkeit 1: Gehen Sie zu „Einstellungen“ > „Mobilfunk“ > „eSIM löschen“ (die Bezeichnungen können je nach Telefon abweichen).
- Möglichkeit 2: Wenn Sie das Telefon zurücksetzen (wiederherstellen), wählen Sie, dass auch die eSIM gelöscht wird.

${CLOSING['de-de']}`,
    'es-es': `${GREETING['es-es']}

Le rogamos que elimine la eSIM de {{#product}}su {{product}}{{/product}}{{^product}}su teléfono{{/product}} antes de devolverlo: mientras siga activa, el vendedor no puede trabajar en el teléfono y su devolución se retrasará.

Como el teléfono todavía se enciende, tiene dos opciones:
- Opción 1: vaya a «Ajustes» > «Datos móviles» > «Eliminar eSIM» (los nombres pueden variar según el teléfono).
- Opción 2: al restablecer (restaurar) el teléfono, elija borrar también la eSIM.

${CLOSING['es-es']}`,
    'it-it': `${GREETING['it-it']}

la preghiamo di rimuovere la eSIM dal suo telefono{{#product}} ({{product}}){{/product}} prima di restituirlo: finché è attiva, il venditore non può intervenire sul telefono e il reso subirà ritardi.

Poiché il telefono si accende ancora, ha due possibilità:
- Opzione 1: vada su «Impostazioni» > «Cellulare» > «Elimina eSIM» (i nomi possono variare a seconda del telefono).
- Opzione 2: quando ripristina il telefono, scelga di cancellare anche la eSIM.

${CLOSING['it-it']}`,
  },
  sources: [
    { backs: [], policy: 'return-an-item.txt', quote: 'Option 1: Go to "Settings" > "Mobile Data" > "Delete eSIM"' },
    { backs: [], policy: 'return-an-item.txt', quote: 'Option 2: When you restore your device, you can choose to erase your eSIM' },
    { backs: [], generalKnowledge: '"Cellular" is the name of the iPhone\'s Mobile Data menu in the US.' },
    {
      backs: [],
      generalKnowledge:
        "The iPhone's Mobile Data menu in French, German, Spanish and Italian (Données cellulaires, Mobilfunk, Datos móviles, Cellulare); names vary between phones, which the bodies say.",
    },
  ],
});
