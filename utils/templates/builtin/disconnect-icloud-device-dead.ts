import { defineTemplate } from '../define';
import { CLOSING, GREETING } from './shared/letter';

/**
 * Remove a device from iCloud remotely, when it no longer turns on or the customer no longer has it. Facts from
 * the return guide, step 5 (same steps for iPhone/iPad and for a Mac): another device, Apple's iCloud site, sign
 * in, Find iPhone, All Devices, select the device, Remove from Account (it shows offline); this unlinks it from
 * the Apple ID and disables Find My, preventing Activation Lock; also remove it from the trusted devices.
 */
export default defineTemplate({
  id: 'disconnect-icloud-device-dead',
  title: 'Accounts: remove a device from iCloud / Find My remotely (device does not turn on)',
  folder: 'Data and accounts',
  tags: ['accounts', 'icloud', 'apple', 'find my', 'activation lock', 'remote', 'device dead'],
  bodies: {
    'en-gb': `Hello{{#first_name}} {{first_name}}{{/first_name}},

Even if {{#product}}your {{product}}{{/product}}{{^product}}your Apple device{{/product}} no longer turns on (or you don't have it to hand), you can remove it from your iCloud account from another device or a computer:
1. On another device connected to the internet, go to Apple's iCloud website, icloud.com.
2. Sign in with your Apple ID and password.
3. Open "Find iPhone" (Find My).
4. Choose "All Devices" at the top of the screen.
5. Select the device you're sending back.
6. As it is switched off, it will appear as offline: choose "Remove from Account".

This unlinks the device from your Apple ID and turns off Find My for it, so that the seller, or a future owner, won't be blocked by Activation Lock. Please also remove it from the list of trusted devices in your Apple ID account.

Once it's done, please send us proof of the disconnection in this conversation.

Kind regards`,
    'en-us': `Hi{{#first_name}} {{first_name}}{{/first_name}},

Even if {{#product}}your {{product}}{{/product}}{{^product}}your Apple device{{/product}} no longer turns on (or you don't have it with you), you can remove it from your iCloud account using another device or a computer:
1. On another device with internet access, go to Apple's iCloud website, icloud.com.
2. Sign in with your Apple ID and password.
3. Open "Find iPhone" (Find My).
4. Select "All Devices" at the top of the screen.
5. Select the device you're returning.
6. Since it's turned off, it will show as offline: select "Remove from Account".

This unlinks the device from your Apple ID and turns off Find My for it, so the seller, or a future owner, won't be blocked by Activation Lock. Please also remove it from the trusted devices list in your Apple ID account.

Best regards`,
    'fr-fr': `${GREETING['fr-fr']}

Même si {{#product}}votre {{product}}{{/product}}{{^product}}votre appareil Apple{{/product}} ne s'allume plus (ou si vous ne l'avez pas sous la main), vous pouvez le retirer de votre compte iCloud depuis un autre appareil ou un ordinateur :
1. Sur un autre appareil connecté à Internet, allez sur le site iCloud d'Apple, icloud.com.
2. Connectez-vous avec votre identifiant Apple et votre mot de passe.
3. Ouvrez « Localiser ».
4. Choisissez « Tous les appareils » en haut de l'écran.
5. Sélectionnez l'appareil que vous renvoyez.
6. Comme il est éteint, il apparaît hors ligne : choisissez « Supprimer de ce compte ».

L'appareil n'est alors plus associé à votre identifiant Apple et Localiser est désactivé pour lui : le vendeur, ou un futur propriétaire, ne sera pas bloqué par le verrouillage d'activation. Retirez-le aussi de la liste des appareils de confiance de votre compte Apple.

${CLOSING['fr-fr']}`,
    'de-de': `${GREETING['de-de']}

auch wenn sich Ihr Apple-Gerät{{#product}} ({{product}}){{/product}} nicht mehr einschalten lässt (oder Sie es gerade nicht zur Hand haben), können Sie es über ein anderes Gerät oder einen Computer aus Ihrem iCloud-Konto entfernen:
1. Rufen Sie auf einem anderen Gerät mit Internetzugang die iCloud-Website von Apple auf, icloud.com.
2. Melden Sie sich mit Ihrer Apple-ID und Ihrem Passwort an.
3. Öffnen Sie „Wo ist?“.
4. Wählen Sie oben auf dem Bildschirm „Alle Geräte“.
5. Wählen Sie das Gerät aus, das Sie zurückschicken.
6. Da es ausgeschaltet ist, wird es als offline angezeigt: Wählen Sie „Aus Account entfernen“.

Damit ist das Gerät nicht mehr mit Ihrer Apple-ID verknüpft und „Wo ist?“ ist dafür deaktiviert, sodass der Verkäufer oder ein künftiger Besitzer nicht durch die Aktivierungssperre blockiert wird. Entfernen Sie es bitte auch aus der Liste der vertrauenswürdigen Geräte Ihres Apple-Accounts.

${CLOSING['de-de']}`,
    'es-es': `${GREETING['es-es']}

Aunque {{#product}}su {{product}}{{/product}}{{^product}}su dispositivo Apple{{/product}} ya no se encienda (o no lo tenga a mano), puede eliminarlo de su cuenta de iCloud desde otro dispositivo o un ordenador:
1. En otro dispositivo con acceso a Internet, vaya al sitio web de iCloud de Apple, icloud.com.
2. Inicie sesión con su ID de Apple y su contraseña.
3. Abra «Buscar».
4. Elija «Todos los dispositivos» en la parte superior de la pantalla.
5. Seleccione el dispositivo que va a devolver.
6. Como está apagado, aparecerá sin conexión: elija «Eliminar de la cuenta».

Así el dispositivo deja de estar vinculado a su ID de Apple y Buscar queda desactivado para él, de modo que ni el vendedor ni un futuro propietario quedarán bloqueados por el bloqueo de activación. Elimínelo también de la lista de dispositivos de confianza de su cuenta de Apple.

${CLOSING['es-es']}`,
    'it-it': `${GREETING['it-it']}

anche se il suo dispositivo Apple{{#product}} ({{product}}){{/product}} non si accende più (o non lo ha a portata di mano), può rimuoverlo dal suo account iCloud da un altro dispositivo o da un computer:
1. Su un altro dispositivo connesso a Internet, vada sul sito iCloud di Apple, icloud.com.
2. Acceda con il suo ID Apple e la password.
3. Apra «Dov'è».
4. Scelga «Tutti i dispositivi» nella parte superiore dello schermo.
5. Selezioni il dispositivo che restituisce.
6. Poiché è spento, risulterà offline: scelga «Rimuovi dall'account».

In questo modo il dispositivo non è più associato al suo ID Apple e Dov'è viene disattivato, così né il venditore né un futuro proprietario resteranno bloccati dal blocco attivazione. Lo rimuova anche dall'elenco dei dispositivi attendibili del suo account Apple.

${CLOSING['it-it']}`,
  },
  sources: [
    { backs: [], policy: 'return-an-item.txt', quote: "Step 1. Go to Apple's iCloud site" },
    { backs: [], generalKnowledge: "Apple's iCloud website is icloud.com." },
    {
      backs: [],
      policy: 'return-an-item-uk.txt',
      quote: 'Disconnect your iCloud/Google/Samsung account and send us proof of disconnection',
    },
    {
      backs: [],
      generalKnowledge:
        "iCloud's names in French, German, Spanish and Italian (Localiser / Wo ist? / Buscar / Dov'è, Tous les appareils / Alle Geräte / Todos los dispositivos / Tutti i dispositivi).",
    },
  ],
});
