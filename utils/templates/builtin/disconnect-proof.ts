import { defineTemplate } from '../define';
import { CLOSING, GREETING } from './shared/letter';

/**
 * Ask for proof that the accounts are disconnected. The UK guide's step 5 is "send us proof of disconnection", and
 * disconnection is required before any repair; the screenshots suggested (as examples only: the guide names no format) are of the screens the disconnect
 * templates lead to (Find My's All Devices, Google's Your devices, the Accounts settings).
 */
export default defineTemplate({
  id: 'disconnect-proof',
  title: 'Accounts: ask for proof of disconnection',
  folder: 'Data and accounts',
  tags: ['accounts', 'proof', 'screenshot', 'icloud', 'google', 'samsung', 'esim'],
  abbreviation: ';proof',
  bodies: {
    'en-gb': `Hello{{#first_name}} {{first_name}}{{/first_name}},

Thank you for disconnecting your accounts. Could you please send us proof that {{#product}}your {{product}}{{/product}}{{^product}}your device{{/product}} is no longer linked to them, here in this conversation? For example, a screenshot of:
- Apple: the device list in Find My on iCloud ("All Devices") without this device, or the device's Settings with no Apple ID signed in;
- Google: the "Your devices" list in the Security section of your Google account, without this device;
- Samsung: your Samsung account's list of devices without this one, or the device's Accounts settings without your Samsung account.
Please also tell us whether the eSIM has been removed, if the device had one.

The device must be disconnected before any repair work can begin, so this helps us avoid delays.

Kind regards`,
    'en-us': `Hi{{#first_name}} {{first_name}}{{/first_name}},

Thanks for disconnecting your accounts. Could you please send us proof that {{#product}}your {{product}}{{/product}}{{^product}}your device{{/product}} is no longer linked to them, here in this conversation? For example, a screenshot of:
- Apple: the device list in Find My on iCloud ("All Devices") without this device, or the device's Settings with no Apple ID signed in;
- Google: the "Your devices" list in the Security section of your Google account, without this device;
- Samsung: your Samsung account's device list without this one, or the device's Accounts settings without your Samsung account.
Please also let us know whether the eSIM has been removed, if the device had one.

The device has to be disconnected before any repair work can start, so this helps us avoid delays.

Best regards`,
    'fr-fr': `${GREETING['fr-fr']}

Merci d'avoir déconnecté vos comptes. Pourriez-vous nous envoyer, ici dans cette conversation, une preuve que {{#product}}votre {{product}}{{/product}}{{^product}}votre appareil{{/product}} n'y est plus associé ? Par exemple, une capture d'écran :
- Apple : de la liste des appareils dans Localiser sur iCloud (« Tous les appareils ») sans cet appareil, ou des réglages de l'appareil sans identifiant Apple connecté ;
- Google : de la liste « Vos appareils », dans la section Sécurité de votre compte Google, sans cet appareil ;
- Samsung : de la liste des appareils de votre compte Samsung sans celui-ci, ou des comptes de l'appareil sans votre compte Samsung.
Indiquez-nous aussi si l'eSIM a été supprimée, si l'appareil en avait une.

L'appareil doit être déconnecté avant toute réparation : cela nous aide à éviter les retards.

${CLOSING['fr-fr']}`,
    'de-de': `${GREETING['de-de']}

vielen Dank, dass Sie Ihre Konten abgemeldet haben. Könnten Sie uns hier in dieser Unterhaltung einen Nachweis schicken, dass Ihr Gerät{{#product}} ({{product}}){{/product}} nicht mehr mit ihnen verknüpft ist? Zum Beispiel einen Screenshot:
- Apple: der Geräteliste in „Wo ist?“ auf iCloud („Alle Geräte“) ohne dieses Gerät, oder der Einstellungen des Geräts ohne angemeldete Apple-ID;
- Google: der Liste „Meine Geräte“ im Bereich Sicherheit Ihres Google-Kontos, ohne dieses Gerät;
- Samsung: der Geräteliste Ihres Samsung-Kontos ohne dieses Gerät, oder der Konten-Einstellungen des Geräts ohne Ihr Samsung-Konto.
Teilen Sie uns bitte auch mit, ob die eSIM entfernt wurde, falls das Gerät eine hatte.

Das Gerät muss vor jeder Reparatur abgemeldet sein; so vermeiden wir Verzögerungen.

${CLOSING['de-de']}`,
    'es-es': `${GREETING['es-es']}

Gracias por desvincular sus cuentas. ¿Podría enviarnos, aquí en esta conversación, una prueba de que {{#product}}su {{product}}{{/product}}{{^product}}su dispositivo{{/product}} ya no está vinculado a ellas? Por ejemplo, una captura de pantalla:
- Apple: de la lista de dispositivos de Buscar en iCloud («Todos los dispositivos») sin este dispositivo, o de los ajustes del dispositivo sin ningún ID de Apple;
- Google: de la lista «Tus dispositivos», en la sección Seguridad de su cuenta de Google, sin este dispositivo;
- Samsung: de la lista de dispositivos de su cuenta Samsung sin este, o de las cuentas del dispositivo sin su cuenta Samsung.
Indíquenos también si ha eliminado la eSIM, en caso de que el dispositivo tuviera una.

El dispositivo debe estar desvinculado antes de cualquier reparación; así evitamos retrasos.

${CLOSING['es-es']}`,
    'it-it': `${GREETING['it-it']}

grazie per aver scollegato i suoi account. Potrebbe inviarci, qui in questa conversazione, una prova che il suo dispositivo{{#product}} ({{product}}){{/product}} non è più associato a essi? Per esempio, uno screenshot:
- Apple: dell'elenco dei dispositivi in Dov'è su iCloud («Tutti i dispositivi») senza questo dispositivo, o delle impostazioni del dispositivo senza alcun ID Apple collegato;
- Google: dell'elenco «I tuoi dispositivi», nella sezione Sicurezza del suo account Google, senza questo dispositivo;
- Samsung: dell'elenco dei dispositivi del suo account Samsung senza questo, o degli account del dispositivo senza il suo account Samsung.
Ci indichi anche se la eSIM è stata rimossa, se il dispositivo ne aveva una.

Il dispositivo deve essere scollegato prima di qualsiasi riparazione: così evitiamo ritardi.

${CLOSING['it-it']}`,
  },
  sources: [
    {
      backs: [],
      policy: 'return-an-item-uk.txt',
      quote: 'Disconnect your iCloud/Google/Samsung account and send us proof of disconnection',
    },
    {
      backs: [],
      policy: 'return-an-item-uk.txt',
      quote: 'Disconnecting your personal account on your device is absolutely necessary before repair work can happen.',
    },
    {
      backs: [],
      generalKnowledge:
        'Where a current device or account shows which devices are linked: Find My on iCloud, Google account > Security > Your devices, Samsung account devices, Settings > Accounts.',
    },
  ],
});
