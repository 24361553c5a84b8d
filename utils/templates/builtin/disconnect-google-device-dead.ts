import { defineTemplate } from '../define';
import { CLOSING, GREETING } from './shared/letter';

/**
 * Remove a Google account remotely, when the device no longer turns on. Facts from the return guide, step 5
 * (Google): phone or tablet: Google account settings, sign in, Security, Your devices, Manage devices, the device
 * (model and last use), Sign out; computer: cannot be removed from the device itself; change the password (signs
 * out everywhere), review connected devices and remove the dead one, two-factor authentication, revoke access so
 * it does not sign in after repair, remote wipe if set up (Find My Device for Chromebooks).
 */
export default defineTemplate({
  id: 'disconnect-google-device-dead',
  title: 'Accounts: remove a Google account remotely (device does not turn on)',
  folder: 'Data and accounts',
  tags: ['accounts', 'google', 'android', 'remote', 'device dead'],
  bodies: {
    'en-gb': `Hello{{#first_name}} {{first_name}}{{/first_name}},

Even though {{#product}}your {{product}}{{/product}}{{^product}}your device{{/product}} no longer turns on, you can disconnect it from your Google account from another device.

For a phone or tablet:
1. Open your Google Account settings.
2. Sign in with the Google account you want to remove.
3. Go to "Security".
4. Scroll down to "Your devices" and choose "Manage devices".
5. Select the phone or tablet that no longer works (the list shows each device's model and when it was last used with your account).
6. Choose "Sign out".

For a laptop or computer, the account can't be removed from the device itself, as that needs the operating system to be running. You can still make sure nobody can use your account on it:
- Change your Google account password: this signs you out of every device, including the one that won't turn on.
- In your account's security settings, review the connected devices and remove the one that won't turn on. This revokes its access, so it won't sign in to your account automatically once repaired.
- Turn on two-factor authentication if you haven't already: it adds protection to every linked device.
- If remote wiping was set up for the device (for example Google's Find My Device on a Chromebook), use it to erase your data from a distance.

Once it's done, please send us proof of the disconnection in this conversation.

Kind regards`,
    'en-us': `Hi{{#first_name}} {{first_name}}{{/first_name}},

Even though {{#product}}your {{product}}{{/product}}{{^product}}your device{{/product}} no longer turns on, you can disconnect it from your Google account using another device.

For a phone or tablet:
1. Open your Google Account settings.
2. Sign in with the Google account you want to remove.
3. Go to "Security".
4. Scroll down to "Your devices" and select "Manage devices".
5. Select the phone or tablet that no longer works (the list shows each device's model and the last time it was used with your account).
6. Select "Sign out".

For a laptop or computer, the account can't be removed from the device itself, since that requires the operating system to be running. You can still make sure no one can use your account on it:
- Change your Google account password: this signs you out of every device, including the one that won't turn on.
- In your account's security settings, review the connected devices and remove the one that won't turn on. This revokes its access, so it won't sign in to your account automatically once it's repaired.
- Turn on two-factor authentication if you haven't already: it adds protection to all your linked devices.
- If remote wiping was set up for the device (for example, Google's Find My Device on a Chromebook), use it to erase your data from a distance.

Best regards`,
    'fr-fr': `${GREETING['fr-fr']}

Même si {{#product}}votre {{product}}{{/product}}{{^product}}votre appareil{{/product}} ne s'allume plus, vous pouvez le déconnecter de votre compte Google depuis un autre appareil.

Pour un téléphone ou une tablette :
1. Ouvrez les paramètres de votre compte Google.
2. Connectez-vous avec le compte Google à retirer.
3. Allez dans « Sécurité ».
4. Descendez jusqu'à « Vos appareils » et choisissez « Gérer tous les appareils ».
5. Sélectionnez le téléphone ou la tablette qui ne fonctionne plus (la liste indique le modèle de chaque appareil et sa dernière utilisation avec votre compte).
6. Choisissez « Se déconnecter ».

Pour un ordinateur, le compte ne peut pas être retiré depuis l'appareil lui-même, car il faudrait que le système d'exploitation démarre. Vous pouvez tout de même vous assurer que personne ne pourra utiliser votre compte dessus :
- Changez le mot de passe de votre compte Google : vous êtes alors déconnecté de tous vos appareils, y compris celui qui ne s'allume plus.
- Dans les paramètres de sécurité de votre compte, passez en revue les appareils connectés et retirez celui qui ne s'allume plus. Son accès est ainsi révoqué : il ne se reconnectera pas automatiquement à votre compte une fois réparé.
- Activez la validation en deux étapes si ce n'est pas déjà fait : elle protège tous vos appareils associés.
- Si l'effacement à distance avait été configuré pour l'appareil (par exemple Localiser mon appareil de Google sur un Chromebook), utilisez-le pour effacer vos données à distance.

${CLOSING['fr-fr']}`,
    'de-de': `${GREETING['de-de']}

auch wenn sich Ihr Gerät{{#product}} ({{product}}){{/product}} nicht mehr einschalten lässt, können Sie es über ein anderes Gerät von Ihrem Google-Konto trennen.

Für ein Smartphone oder Tablet:
1. Öffnen Sie die Einstellungen Ihres Google-Kontos.
2. Melden Sie sich mit dem Google-Konto an, das entfernt werden soll.
3. Gehen Sie zu „Sicherheit“.
4. Scrollen Sie zu „Meine Geräte“ und wählen Sie „Alle Geräte verwalten“.
5. Wählen Sie das Smartphone oder Tablet aus, das nicht mehr funktioniert (die Liste zeigt das Modell jedes Geräts und wann es zuletzt mit Ihrem Konto verwendet wurde).
6. Wählen Sie „Abmelden“.

Bei einem Laptop oder Computer lässt sich das Konto nicht am Gerät selbst entfernen, weil dafür das Betriebssystem laufen müsste. Sie können aber sicherstellen, dass niemand Ihr Konto darauf nutzen kann:
- Ändern Sie das Passwort Ihres Google-Kontos: Damit werden Sie auf allen Geräten abgemeldet, auch auf dem, das sich nicht mehr einschalten lässt.
- Prüfen Sie in den Sicherheitseinstellungen Ihres Kontos die verbundenen Geräte und entfernen Sie das defekte. So wird sein Zugriff widerrufen, und es meldet sich nach der Reparatur nicht automatisch bei Ihrem Konto an.
- Aktivieren Sie die Bestätigung in zwei Schritten, falls noch nicht geschehen: Sie schützt alle verknüpften Geräte zusätzlich.
- Wurde für das Gerät eine Fernlöschung eingerichtet (etwa „Mein Gerät finden“ von Google auf einem Chromebook), löschen Sie Ihre Daten damit aus der Ferne.

${CLOSING['de-de']}`,
    'es-es': `${GREETING['es-es']}

Aunque {{#product}}su {{product}}{{/product}}{{^product}}su dispositivo{{/product}} ya no se encienda, puede desvincularlo de su cuenta de Google desde otro dispositivo.

Para un teléfono o una tablet:
1. Abra los ajustes de su cuenta de Google.
2. Inicie sesión con la cuenta de Google que quiere quitar.
3. Vaya a «Seguridad».
4. Baje hasta «Tus dispositivos» y elija «Gestionar todos los dispositivos».
5. Seleccione el teléfono o la tablet que ya no funciona (la lista muestra el modelo de cada dispositivo y la última vez que se usó con su cuenta).
6. Elija «Cerrar sesión».

En un portátil u ordenador, la cuenta no se puede quitar desde el propio dispositivo, porque para ello tendría que arrancar el sistema operativo. Aun así, puede asegurarse de que nadie use su cuenta en él:
- Cambie la contraseña de su cuenta de Google: así se cierra la sesión en todos los dispositivos, incluido el que no se enciende.
- En los ajustes de seguridad de su cuenta, revise los dispositivos conectados y quite el que no se enciende. Así se revoca su acceso y no volverá a iniciar sesión automáticamente en su cuenta una vez reparado.
- Active la verificación en dos pasos si aún no lo ha hecho: añade protección a todos sus dispositivos vinculados.
- Si se configuró el borrado remoto para el dispositivo (por ejemplo, Encontrar mi dispositivo de Google en un Chromebook), úselo para borrar sus datos a distancia.

${CLOSING['es-es']}`,
    'it-it': `${GREETING['it-it']}

anche se il suo dispositivo{{#product}} ({{product}}){{/product}} non si accende più, può scollegarlo dal suo account Google da un altro dispositivo.

Per uno smartphone o un tablet:
1. Apra le impostazioni del suo account Google.
2. Acceda con l'account Google da rimuovere.
3. Vada su «Sicurezza».
4. Scorra fino a «I tuoi dispositivi» e scelga «Gestisci tutti i dispositivi».
5. Selezioni lo smartphone o il tablet che non funziona più (l'elenco mostra il modello di ogni dispositivo e l'ultima volta in cui è stato usato con il suo account).
6. Scelga «Esci».

Per un portatile o un computer, l'account non può essere rimosso dal dispositivo stesso, perché servirebbe il sistema operativo in funzione. Può comunque assicurarsi che nessuno usi il suo account su di esso:
- Cambi la password del suo account Google: così esce da tutti i dispositivi, compreso quello che non si accende.
- Nelle impostazioni di sicurezza dell'account, controlli i dispositivi collegati e rimuova quello che non si accende. In questo modo il suo accesso viene revocato e, una volta riparato, non accederà automaticamente al suo account.
- Attivi la verifica in due passaggi, se non l'ha già fatto: aggiunge protezione a tutti i dispositivi collegati.
- Se per il dispositivo era stata configurata la cancellazione da remoto (per esempio Trova il mio dispositivo di Google su un Chromebook), la usi per cancellare i suoi dati a distanza.

${CLOSING['it-it']}`,
  },
  sources: [
    { backs: [], policy: 'return-an-item.txt', quote: 'Go to your Google account settings' },
    {
      backs: [],
      policy: 'return-an-item-uk.txt',
      quote: 'Disconnect your iCloud/Google/Samsung account and send us proof of disconnection',
    },
    {
      backs: [],
      generalKnowledge:
        "Google account pages' names in French, German, Spanish and Italian (Sécurité / Sicherheit / Seguridad / Sicurezza, Vos appareils / Meine Geräte / Tus dispositivos / I tuoi dispositivi).",
    },
  ],
});
