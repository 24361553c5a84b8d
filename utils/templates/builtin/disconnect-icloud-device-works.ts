import { defineTemplate } from '../define';
import { CLOSING, GREETING } from './shared/letter';

/**
 * Sign out of iCloud on a device that still works. Facts from the return guide, step 5 (Apple iCloud): the six
 * iPhone/iPad steps and the Mac steps (Apple menu, System Preferences, Apple ID or iCloud, Overview, Sign Out,
 * keep a copy, Apple Pay cards, password turns off Find My Mac); Apple Watch: Apple's guide before selling or
 * trading it in; AirPods/Beats: unpair, then remove from Find My.
 */
export default defineTemplate({
  id: 'disconnect-icloud-device-works',
  title: 'Accounts: sign out of iCloud / Find My on a device that works',
  folder: 'Data and accounts',
  tags: ['accounts', 'icloud', 'apple', 'find my', 'activation lock', 'device works'],
  abbreviation: ';icloud',
  bodies: {
    'en-gb': `Hello{{#first_name}} {{first_name}}{{/first_name}},

Here is how to sign out of iCloud on {{#product}}your {{product}}{{/product}}{{^product}}your Apple device{{/product}}. Signing out also turns off Find My for it.

On an iPhone or iPad:
1. Open the Settings app.
2. Tap your name (your Apple ID) at the top.
3. Scroll to the bottom and tap "Sign Out".
4. Type your Apple ID password if you are asked for it.
5. Choose which data you'd like to keep a copy of on the device.
6. Tap "Sign Out" once more to confirm.

On a Mac (MacBook or iMac):
1. Click the Apple menu in the top-left corner of the screen.
2. Choose "System Preferences".
3. Click "Apple ID" or "iCloud" (the name depends on your version of macOS) and sign in with the Apple ID to remove if asked.
4. Click "Overview" if you see it, then "Sign Out" at the bottom left.
5. Choose whether the Mac should keep a copy of your iCloud data.
6. If Apple Pay cards are set up, you'll be asked to remove them first.
7. Enter your Apple ID password: this turns off Find My Mac and iCloud, and the account is removed once sign-out finishes.

For an Apple Watch, please follow Apple's guide "What to do before you sell, give away, or trade in your Apple Watch". For AirPods or Beats headphones, unpair them in the Bluetooth settings of every device they were paired with, then delete them from your device list in Find My.

Once it's done, please send us proof of the disconnection in this conversation.

Kind regards`,
    'en-us': `Hi{{#first_name}} {{first_name}}{{/first_name}},

Here's how to sign out of iCloud on {{#product}}your {{product}}{{/product}}{{^product}}your Apple device{{/product}}. Signing out also turns off Find My for it.

On an iPhone or iPad:
1. Open the Settings app.
2. Tap your name (your Apple ID) at the top.
3. Scroll down and tap "Sign Out".
4. Enter your Apple ID password if you're prompted.
5. Choose which data you'd like to keep a copy of on the device.
6. Tap "Sign Out" again to confirm.

On a Mac (MacBook or iMac):
1. Click the Apple menu in the top-left corner of the screen.
2. Choose "System Preferences".
3. Click "Apple ID" or "iCloud" (depending on your version of macOS) and sign in with the Apple ID you want to remove if asked.
4. Click "Overview" if it's there, then "Sign Out" in the bottom-left corner.
5. Choose whether the Mac should keep a copy of your iCloud data.
6. If you have Apple Pay cards set up, you'll be asked to remove them first.
7. Enter your Apple ID password: this turns off Find My Mac and iCloud, and the account is removed once sign-out is complete.

For an Apple Watch, please follow Apple's guide "What to do before you sell, give away, or trade in your Apple Watch". For AirPods or Beats headphones, unpair them in the Bluetooth settings of every device they were paired with, then delete them from your device list in Find My.

Best regards`,
    'fr-fr': `${GREETING['fr-fr']}

Voici comment vous déconnecter d'iCloud sur {{#product}}votre {{product}}{{/product}}{{^product}}votre appareil Apple{{/product}}. La déconnexion désactive aussi Localiser pour cet appareil.

Sur un iPhone ou un iPad :
1. Ouvrez l'app Réglages.
2. Touchez votre nom (votre identifiant Apple) en haut.
3. Faites défiler vers le bas et touchez « Se déconnecter ».
4. Saisissez le mot de passe de votre identifiant Apple si on vous le demande.
5. Choisissez les données dont vous voulez garder une copie sur l'appareil.
6. Touchez à nouveau « Se déconnecter » pour confirmer.

Sur un Mac (MacBook ou iMac) :
1. Cliquez sur le menu Pomme en haut à gauche de l'écran.
2. Choisissez « Préférences Système » (« Réglages Système » sur les versions récentes de macOS).
3. Cliquez sur « Identifiant Apple » ou « iCloud » (selon votre version de macOS) et connectez-vous avec l'identifiant Apple à retirer si on vous le demande.
4. Cliquez sur « Vue d'ensemble » si l'option apparaît, puis sur « Se déconnecter » en bas à gauche.
5. Choisissez si le Mac doit garder une copie de vos données iCloud.
6. Si des cartes Apple Pay sont configurées, il vous sera demandé de les supprimer d'abord.
7. Saisissez le mot de passe de votre identifiant Apple : cela désactive Localiser mon Mac et iCloud, et le compte est retiré une fois la déconnexion terminée.

Pour une Apple Watch, suivez le guide d'Apple sur ce qu'il faut faire avant de vendre, de donner ou d'échanger votre Apple Watch. Pour des AirPods ou un casque Beats, dissociez-les dans les réglages Bluetooth de chaque appareil auquel ils étaient jumelés, puis supprimez-les de votre liste d'appareils dans Localiser.

${CLOSING['fr-fr']}`,
    'de-de': `${GREETING['de-de']}

so melden Sie sich auf Ihrem Apple-Gerät{{#product}} ({{product}}){{/product}} von iCloud ab. Mit der Abmeldung wird auch „Wo ist?“ für dieses Gerät deaktiviert.

Auf einem iPhone oder iPad:
1. Öffnen Sie die App „Einstellungen“.
2. Tippen Sie oben auf Ihren Namen (Ihre Apple-ID).
3. Scrollen Sie nach unten und tippen Sie auf „Abmelden“.
4. Geben Sie das Passwort Ihrer Apple-ID ein, wenn Sie danach gefragt werden.
5. Wählen Sie, von welchen Daten eine Kopie auf dem Gerät bleiben soll.
6. Tippen Sie zur Bestätigung noch einmal auf „Abmelden“.

Auf einem Mac (MacBook oder iMac):
1. Klicken Sie oben links auf das Apple-Menü.
2. Wählen Sie „Systemeinstellungen“.
3. Klicken Sie auf „Apple-ID“ oder „iCloud“ (je nach macOS-Version) und melden Sie sich, falls verlangt, mit der Apple-ID an, die entfernt werden soll.
4. Klicken Sie auf „Übersicht“, falls vorhanden, und dann unten links auf „Abmelden“.
5. Legen Sie fest, ob der Mac eine Kopie Ihrer iCloud-Daten behalten soll.
6. Sind Apple Pay-Karten eingerichtet, werden Sie gebeten, sie zuerst zu entfernen.
7. Geben Sie das Passwort Ihrer Apple-ID ein: Damit werden „Meinen Mac suchen“ und iCloud deaktiviert, und das Konto wird nach Abschluss der Abmeldung entfernt.

Für eine Apple Watch folgen Sie bitte Apples Anleitung dazu, was vor dem Verkaufen, Verschenken oder Eintauschen einer Apple Watch zu tun ist. AirPods oder Beats-Kopfhörer entkoppeln Sie in den Bluetooth-Einstellungen jedes Geräts, mit dem sie gekoppelt waren, und entfernen sie danach in „Wo ist?“ aus Ihrer Geräteliste.

${CLOSING['de-de']}`,
    'es-es': `${GREETING['es-es']}

Le explicamos cómo cerrar la sesión de iCloud en {{#product}}su {{product}}{{/product}}{{^product}}su dispositivo Apple{{/product}}. Al cerrar la sesión también se desactiva Buscar para ese dispositivo.

En un iPhone o iPad:
1. Abra la app Ajustes.
2. Toque su nombre (su ID de Apple) en la parte superior.
3. Desplácese hacia abajo y toque «Cerrar sesión».
4. Introduzca la contraseña de su ID de Apple si se la pide.
5. Elija de qué datos quiere conservar una copia en el dispositivo.
6. Vuelva a tocar «Cerrar sesión» para confirmar.

En un Mac (MacBook o iMac):
1. Haga clic en el menú Apple, en la esquina superior izquierda de la pantalla.
2. Elija «Preferencias del Sistema» («Ajustes del Sistema» en las versiones recientes de macOS).
3. Haga clic en «ID de Apple» o «iCloud» (según su versión de macOS) e inicie sesión con el ID de Apple que quiere quitar si se lo pide.
4. Haga clic en «Visión general» si aparece y, después, en «Cerrar sesión», abajo a la izquierda.
5. Elija si el Mac debe conservar una copia de sus datos de iCloud.
6. Si tiene tarjetas de Apple Pay configuradas, se le pedirá que las elimine primero.
7. Introduzca la contraseña de su ID de Apple: así se desactivan Buscar mi Mac e iCloud, y la cuenta se elimina al terminar el cierre de sesión.

Para un Apple Watch, siga la guía de Apple sobre qué hacer antes de vender, regalar o entregar como parte del pago su Apple Watch. Para unos AirPods o auriculares Beats, desenlácelos en los ajustes de Bluetooth de cada dispositivo con el que estaban enlazados y, después, elimínelos de su lista de dispositivos en Buscar.

${CLOSING['es-es']}`,
    'it-it': `${GREETING['it-it']}

ecco come uscire da iCloud sul suo dispositivo Apple{{#product}} ({{product}}){{/product}}. Uscendo si disattiva anche Dov'è per questo dispositivo.

Su un iPhone o un iPad:
1. Apra l'app Impostazioni.
2. Tocchi il suo nome (il suo ID Apple) in alto.
3. Scorra verso il basso e tocchi «Esci».
4. Inserisca la password del suo ID Apple, se richiesta.
5. Scelga di quali dati vuole conservare una copia sul dispositivo.
6. Tocchi di nuovo «Esci» per confermare.

Su un Mac (MacBook o iMac):
1. Faccia clic sul menu Apple in alto a sinistra dello schermo.
2. Scelga «Preferenze di Sistema» («Impostazioni di Sistema» nelle versioni recenti di macOS).
3. Faccia clic su «ID Apple» o «iCloud» (a seconda della versione di macOS) e, se richiesto, acceda con l'ID Apple da rimuovere.
4. Faccia clic su «Panoramica», se presente, poi su «Esci» in basso a sinistra.
5. Scelga se il Mac deve conservare una copia dei suoi dati iCloud.
6. Se ha configurato carte Apple Pay, le verrà chiesto di rimuoverle prima.
7. Inserisca la password del suo ID Apple: così si disattivano Trova il mio Mac e iCloud, e l'account viene rimosso al termine della disconnessione.

Per un Apple Watch, segua la guida di Apple su cosa fare prima di vendere, regalare o dare in permuta il suo Apple Watch. Per AirPods o cuffie Beats, li disabbini nelle impostazioni Bluetooth di ogni dispositivo a cui erano abbinati, poi li rimuova dall'elenco dei dispositivi in Dov'è.

${CLOSING['it-it']}`,
  },
  sources: [
    { backs: [], policy: 'return-an-item.txt', quote: 'Select your Apple ID/profile at the top.' },
    {
      backs: [],
      policy: 'return-an-item-uk.txt',
      quote: 'Disconnect your iCloud/Google/Samsung account and send us proof of disconnection',
    },
    {
      backs: [],
      generalKnowledge:
        "Apple's menu names as current iPhones, iPads and Macs show them in French, German, Spanish and Italian (Réglages, Einstellungen, Ajustes, Impostazioni; Localiser, Wo ist?, Buscar, Dov'è; System Settings on recent macOS).",
    },
  ],
});
