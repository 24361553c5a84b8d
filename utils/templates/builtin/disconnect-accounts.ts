import { defineTemplate } from '../define';
import { CLOSING, GREETING } from './shared/letter';

/**
 * Why accounts and eSIM must be disconnected before a return. Facts from the return guide, step 5: an active
 * iCloud, Google or Samsung account or eSIM significantly delays the refund or exchange; three reasons (privacy,
 * the seller can restore and repair, a next owner can use it); without it the seller cannot repair, reuse or
 * connect to the device; the UK guide asks for proof of disconnection and says it is required before any repair.
 * The step-by-step replies are the disconnect-<account>-device-works/-dead templates.
 */
export default defineTemplate({
  id: 'disconnect-accounts',
  title: 'Accounts: why to disconnect iCloud, Google, Samsung and eSIM',
  folder: 'Data and accounts',
  tags: ['accounts', 'icloud', 'google', 'samsung', 'esim', 'activation lock'],
  abbreviation: ';accounts',
  bodies: {
    'en-gb': `Hello{{#first_name}} {{first_name}}{{/first_name}},

Before you send {{#product}}your {{product}}{{/product}}{{^product}}your device{{/product}} back, please sign out of every user account on it (Apple iCloud, Google or Samsung) and remove any eSIM.

We ask for this whether you want a refund, a repair or an exchange, for three reasons:
- it protects your data and your privacy;
- the seller can only restore and repair the device once it is disconnected;
- if the device is resold, its next owner must be able to use it.

If an account or an eSIM is still active when the device arrives, the seller cannot repair it, reuse it or even connect to it, and your refund or exchange will be significantly delayed. For a repair, no work can start until your account is disconnected.

Let us know which accounts are on the device and whether it still turns on, and we'll send you the exact steps. Once it's done, please send us proof of the disconnection in this conversation.

Kind regards`,
    'en-us': `Hi{{#first_name}} {{first_name}}{{/first_name}},

Before you ship {{#product}}your {{product}}{{/product}}{{^product}}your device{{/product}} back, please sign out of every user account on it (Apple iCloud, Google, or Samsung) and remove any eSIM.

We ask for this whether you'd like a refund, a repair, or an exchange, for three reasons:
- it protects your data and your privacy;
- the seller can only restore and repair the device once it's disconnected;
- if the device is resold, its next owner needs to be able to use it.

If an account or an eSIM is still active when the device arrives, the seller can't repair it, reuse it, or even connect to it, and your refund or exchange will be significantly delayed. For a repair, no work can start until your account is disconnected.

Let us know which accounts are on the device and whether it still turns on, and we'll send you the exact steps. Once it's done, please send us proof of the disconnection in this conversation.

Best regards`,
    'fr-fr': `${GREETING['fr-fr']}

Avant de renvoyer {{#product}}votre {{product}}{{/product}}{{^product}}votre appareil{{/product}}, merci de vous déconnecter de tous les comptes utilisateur qui s'y trouvent (Apple iCloud, Google ou Samsung) et de supprimer toute eSIM.

Nous vous le demandons que vous souhaitiez un remboursement, une réparation ou un échange, pour trois raisons :
- cela protège vos données et votre vie privée ;
- le vendeur ne peut restaurer et réparer l'appareil qu'une fois celui-ci déconnecté ;
- si l'appareil est revendu, son prochain propriétaire doit pouvoir l'utiliser.

Si un compte ou une eSIM est encore actif à l'arrivée de l'appareil, le vendeur ne peut ni le réparer, ni le réutiliser, ni même s'y connecter, et votre remboursement ou votre échange sera fortement retardé.

Dites-nous quels comptes se trouvent sur l'appareil et s'il s'allume encore : nous vous enverrons la marche à suivre exacte.

${CLOSING['fr-fr']}`,
    'de-de': `${GREETING['de-de']}

bevor Sie Ihr Gerät{{#product}} ({{product}}){{/product}} zurückschicken, melden Sie sich bitte von allen Benutzerkonten darauf ab (Apple iCloud, Google oder Samsung) und entfernen Sie jede eSIM.

Darum bitten wir Sie, ganz gleich ob Sie eine Erstattung, eine Reparatur oder einen Umtausch wünschen, aus drei Gründen:
- Es schützt Ihre Daten und Ihre Privatsphäre.
- Der Verkäufer kann das Gerät erst wiederherstellen und reparieren, wenn es abgemeldet ist.
- Wird das Gerät weiterverkauft, muss der nächste Besitzer es nutzen können.

Ist bei der Ankunft des Geräts noch ein Konto oder eine eSIM aktiv, kann der Verkäufer es weder reparieren noch wiederverwenden oder sich auch nur damit verbinden, und Ihre Erstattung oder Ihr Umtausch verzögert sich erheblich.

Teilen Sie uns mit, welche Konten auf dem Gerät sind und ob es sich noch einschalten lässt, dann schicken wir Ihnen die genauen Schritte.

${CLOSING['de-de']}`,
    'es-es': `${GREETING['es-es']}

Antes de devolver {{#product}}su {{product}}{{/product}}{{^product}}su dispositivo{{/product}}, le rogamos que cierre la sesión de todas las cuentas de usuario que tenga (Apple iCloud, Google o Samsung) y que elimine cualquier eSIM.

Se lo pedimos tanto si desea un reembolso como una reparación o un cambio, por tres motivos:
- protege sus datos y su privacidad;
- el vendedor solo puede restaurar y reparar el dispositivo una vez desvinculado;
- si el dispositivo se revende, su próximo propietario tiene que poder usarlo.

Si cuando llega el dispositivo sigue activa una cuenta o una eSIM, el vendedor no puede repararlo, reutilizarlo ni siquiera conectarse a él, y su reembolso o cambio se retrasará considerablemente.

Indíquenos qué cuentas hay en el dispositivo y si todavía se enciende, y le enviaremos los pasos exactos.

${CLOSING['es-es']}`,
    'it-it': `${GREETING['it-it']}

prima di restituire il suo dispositivo{{#product}} ({{product}}){{/product}}, la preghiamo di uscire da tutti gli account utente presenti (Apple iCloud, Google o Samsung) e di rimuovere qualsiasi eSIM.

Glielo chiediamo sia che desideri un rimborso, una riparazione o una sostituzione, per tre motivi:
- protegge i suoi dati e la sua privacy;
- il venditore può ripristinare e riparare il dispositivo solo dopo che è stato scollegato;
- se il dispositivo viene rivenduto, il prossimo proprietario deve poterlo usare.

Se all'arrivo del dispositivo un account o una eSIM sono ancora attivi, il venditore non può ripararlo, riutilizzarlo e nemmeno collegarsi a esso, e il rimborso o la sostituzione subiranno un notevole ritardo.

Ci indichi quali account sono presenti sul dispositivo e se si accende ancora: le invieremo i passaggi esatti.

${CLOSING['it-it']}`,
  },
  sources: [
    {
      backs: [],
      policy: 'return-an-item.txt',
      quote:
        "If an iCloud, Google, or Samsung account or eSIM is still active when you send your item, it'll result in significant delays in processing your refund or exchange.",
    },
    { backs: [], policy: 'return-an-item.txt', quote: 'You must deactivate your user accounts and eSIM to successfully return a device' },
    {
      backs: [],
      policy: 'return-an-item-uk.txt',
      quote: 'Disconnect your iCloud/Google/Samsung account and send us proof of disconnection',
    },
  ],
});
