import { defineTemplate } from '../define';
import { CLOSING, GREETING } from './shared/letter';

/** A phone that does not turn on: only the carrier can disconnect its eSIM (return guide, step 5, eSIM). */
export default defineTemplate({
  id: 'disconnect-esim-device-dead',
  title: 'Accounts: eSIM on a phone that does not turn on (contact the carrier)',
  folder: 'Data and accounts',
  tags: ['esim', 'sim', 'smartphone', 'remote', 'device dead'],
  bodies: {
    'en-gb': `Hello{{#first_name}} {{first_name}}{{/first_name}},

As {{#product}}your {{product}}{{/product}}{{^product}}your phone{{/product}} no longer turns on, its eSIM can't be removed from the phone itself. Please contact your mobile network operator and ask them to disconnect the eSIM from the broken phone.

To return the phone, the eSIM must be deactivated: while it is still active, the seller can't work on the phone and your return will be delayed. Please have it done before you send the phone back.

Kind regards`,
    'en-us': `Hi{{#first_name}} {{first_name}}{{/first_name}},

Since {{#product}}your {{product}}{{/product}}{{^product}}your phone{{/product}} no longer turns on, its eSIM can't be removed from the phone itself. Please contact your wireless carrier and ask them to disconnect the eSIM from the broken phone.

To return the phone, the eSIM must be deactivated: while it's still active, the seller can't work on the phone and your return will be delayed. Please have it done before you ship the phone back.

Best regards`,
    'fr-fr': `${GREETING['fr-fr']}

Comme {{#product}}votre {{product}}{{/product}}{{^product}}votre téléphone{{/product}} ne s'allume plus, son eSIM ne peut pas être supprimée depuis le téléphone lui-même. Contactez votre opérateur mobile et demandez-lui de déconnecter l'eSIM du téléphone en panne.

Pour renvoyer le téléphone, l'eSIM doit être désactivée : tant qu'elle est active, le vendeur ne peut pas intervenir sur le téléphone et votre retour sera retardé. Merci donc de faire le nécessaire avant l'envoi.

${CLOSING['fr-fr']}`,
    'de-de': `${GREETING['de-de']}

da sich Ihr Telefon{{#product}} ({{product}}){{/product}} nicht mehr einschalten lässt, kann seine eSIM nicht am Telefon selbst entfernt werden. Bitte wenden Sie sich an Ihren Mobilfunkanbieter und bitten Sie ihn, die eSIM des defekten Telefons zu trennen.

Für die Rücksendung muss die eSIM deaktiviert sein: Solange sie aktiv ist, kann der Verkäufer nicht an dem Telefon arbeiten, und Ihre Rücksendung verzögert sich. Bitte erledigen Sie das vor dem Versand.

${CLOSING['de-de']}`,
    'es-es': `${GREETING['es-es']}

Como {{#product}}su {{product}}{{/product}}{{^product}}su teléfono{{/product}} ya no se enciende, su eSIM no se puede eliminar desde el propio teléfono. Póngase en contacto con su operador de telefonía móvil y pídale que desconecte la eSIM del teléfono averiado.

Para devolver el teléfono, la eSIM debe estar desactivada: mientras siga activa, el vendedor no puede trabajar en el teléfono y su devolución se retrasará. Le rogamos que lo haga antes del envío.

${CLOSING['es-es']}`,
    'it-it': `${GREETING['it-it']}

poiché il suo telefono{{#product}} ({{product}}){{/product}} non si accende più, la sua eSIM non può essere rimossa dal telefono stesso. Contatti il suo operatore telefonico e gli chieda di scollegare la eSIM dal telefono guasto.

Per restituire il telefono, la eSIM deve essere disattivata: finché è attiva, il venditore non può intervenire sul telefono e il reso subirà ritardi. La preghiamo quindi di provvedere prima della spedizione.

${CLOSING['it-it']}`,
  },
  sources: [
    {
      backs: [],
      policy: 'return-an-item.txt',
      quote: "When the phone won't turn on, you will have to contact your carrier to disconnect the eSIM from your broken device.",
    },
    { backs: [], policy: 'return-an-item.txt', quote: 'You must deactivate your user accounts and eSIM to successfully return a device' },
  ],
});
