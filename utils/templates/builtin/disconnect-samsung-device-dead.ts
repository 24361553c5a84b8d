import { defineTemplate } from '../define';
import { CLOSING, GREETING } from './shared/letter';

/**
 * Remove a Samsung account remotely, when the device no longer turns on. Facts from the return guide, step 5
 * (Samsung): phone or tablet: sign in with the account to remove (the guide's first step is missing: Samsung's
 * device-finding website, SmartThings Find, is general knowledge), select the device, "Erase Data" triggers a factory reset that removes the
 * account and the data; laptop: Samsung account website from another device, sign in, remove the device.
 */
export default defineTemplate({
  id: 'disconnect-samsung-device-dead',
  title: 'Accounts: remove a Samsung account remotely (device does not turn on)',
  folder: 'Data and accounts',
  tags: ['accounts', 'samsung', 'galaxy', 'remote', 'device dead'],
  bodies: {
    'en-gb': `Hello{{#first_name}} {{first_name}}{{/first_name}},

Even though {{#product}}your {{product}}{{/product}}{{^product}}your device{{/product}} no longer turns on, you can disconnect it from your Samsung account from another device.

For a phone or tablet:
1. On another device, open Samsung's SmartThings Find website (which replaced Find My Mobile).
2. Sign in with the Samsung account you want to remove.
3. Select the device you're sending back.
4. Use "Erase data": this starts a factory reset, which removes your Samsung account and the data stored on the device.

For a laptop or computer, the account can't be removed from the device itself. Instead, sign in to the Samsung account website from another device and remove the laptop from your list of devices.

Once it's done, please send us proof of the disconnection in this conversation.

Kind regards`,
    'en-us': `Hi{{#first_name}} {{first_name}}{{/first_name}},

Even though {{#product}}your {{product}}{{/product}}{{^product}}your device{{/product}} no longer turns on, you can disconnect it from your Samsung account using another device.

For a phone or tablet:
1. On another device, open Samsung's SmartThings Find website (which replaced Find My Mobile).
2. Sign in with the Samsung account you want to remove.
3. Select the device you're returning.
4. Use "Erase data": this triggers a factory reset, which removes your Samsung account and the data stored on the device.

For a laptop or computer, the account can't be removed from the device itself. Instead, sign in to the Samsung account website from another device and remove the laptop from your list of devices.

Best regards`,
    'fr-fr': `${GREETING['fr-fr']}

Même si {{#product}}votre {{product}}{{/product}}{{^product}}votre appareil{{/product}} ne s'allume plus, vous pouvez le déconnecter de votre compte Samsung depuis un autre appareil.

Pour un téléphone ou une tablette :
1. Sur un autre appareil, ouvrez le site SmartThings Find de Samsung (qui a remplacé Localiser mon mobile).
2. Connectez-vous avec le compte Samsung à retirer.
3. Sélectionnez l'appareil que vous renvoyez.
4. Utilisez « Effacer les données » : cela lance une réinitialisation aux paramètres d'usine, qui retire votre compte Samsung et les données stockées sur l'appareil.

Pour un ordinateur portable, le compte ne peut pas être retiré depuis l'appareil lui-même. Connectez-vous plutôt au site du compte Samsung depuis un autre appareil et retirez l'ordinateur de votre liste d'appareils.

${CLOSING['fr-fr']}`,
    'de-de': `${GREETING['de-de']}

auch wenn sich Ihr Gerät{{#product}} ({{product}}){{/product}} nicht mehr einschalten lässt, können Sie es über ein anderes Gerät von Ihrem Samsung-Konto trennen.

Für ein Smartphone oder Tablet:
1. Öffnen Sie auf einem anderen Gerät die Website SmartThings Find von Samsung (sie hat „Find My Mobile“ abgelöst).
2. Melden Sie sich mit dem Samsung-Konto an, das entfernt werden soll.
3. Wählen Sie das Gerät aus, das Sie zurückschicken.
4. Verwenden Sie „Daten löschen“: Damit wird das Gerät auf die Werkseinstellungen zurückgesetzt, wodurch Ihr Samsung-Konto und die darauf gespeicherten Daten entfernt werden.

Bei einem Laptop lässt sich das Konto nicht am Gerät selbst entfernen. Melden Sie sich stattdessen von einem anderen Gerät aus auf der Samsung-Account-Website an und entfernen Sie den Laptop aus Ihrer Geräteliste.

${CLOSING['de-de']}`,
    'es-es': `${GREETING['es-es']}

Aunque {{#product}}su {{product}}{{/product}}{{^product}}su dispositivo{{/product}} ya no se encienda, puede desvincularlo de su cuenta Samsung desde otro dispositivo.

Para un teléfono o una tablet:
1. En otro dispositivo, abra el sitio web SmartThings Find de Samsung (que sustituyó a Find My Mobile).
2. Inicie sesión con la cuenta Samsung que quiere quitar.
3. Seleccione el dispositivo que va a devolver.
4. Use «Borrar datos»: así se restablece el dispositivo a los valores de fábrica, lo que quita su cuenta Samsung y los datos guardados en él.

En un portátil, la cuenta no se puede quitar desde el propio dispositivo. En su lugar, inicie sesión en el sitio web de la cuenta Samsung desde otro dispositivo y quite el portátil de su lista de dispositivos.

${CLOSING['es-es']}`,
    'it-it': `${GREETING['it-it']}

anche se il suo dispositivo{{#product}} ({{product}}){{/product}} non si accende più, può scollegarlo dal suo account Samsung da un altro dispositivo.

Per uno smartphone o un tablet:
1. Su un altro dispositivo, apra il sito SmartThings Find di Samsung (che ha sostituito Trova il mio cellulare).
2. Acceda con l'account Samsung da rimuovere.
3. Selezioni il dispositivo che restituisce.
4. Usi «Cancella dati»: avvia un ripristino ai dati di fabbrica, che rimuove il suo account Samsung e i dati salvati sul dispositivo.

Per un portatile, l'account non può essere rimosso dal dispositivo stesso. Acceda invece al sito dell'account Samsung da un altro dispositivo e rimuova il portatile dall'elenco dei suoi dispositivi.

${CLOSING['it-it']}`,
  },
  sources: [
    { backs: [], policy: 'return-an-item.txt', quote: 'Use the “Erase Data” feature to trigger a factory reset' },
    {
      backs: ['2024'],
      generalKnowledge: "Samsung's website for finding and erasing a device is SmartThings Find, which replaced Find My Mobile in 2024.",
    },
    {
      backs: [],
      policy: 'return-an-item-uk.txt',
      quote: 'Disconnect your iCloud/Google/Samsung account and send us proof of disconnection',
    },
    { backs: [], generalKnowledge: "Samsung's SmartThings Find names in French, German, Spanish and Italian." },
  ],
});
