import { defineTemplate } from '../define';
import { CLOSING, GREETING } from './shared/letter';

/**
 * Remove a Google account from a device that still works. Facts from the return guide, step 5 (Google): phone or
 * tablet: Settings, Accounts (or Accounts and backup), then the account (the guide's list stops there; the last
 * step, Android's own "Remove account", is general knowledge); computer: sign out in the browser (each account separately), remove
 * the account in the browser's account/sync settings, which does not delete the account; in Chrome also clear
 * browsing data (chrome://settings, Privacy and security, Clear browsing data).
 */
export default defineTemplate({
  id: 'disconnect-google-device-works',
  title: 'Accounts: remove a Google account from a device that works',
  folder: 'Data and accounts',
  tags: ['accounts', 'google', 'android', 'device works'],
  abbreviation: ';google',
  bodies: {
    'en-gb': `Hello{{#first_name}} {{first_name}}{{/first_name}},

Here is how to remove your Google account from {{#product}}your {{product}}{{/product}}{{^product}}your device{{/product}}.

On an Android phone or tablet:
1. Open the Settings app.
2. Scroll down and tap "Accounts" (or "Accounts and backup").
3. Tap your Google account, then "Remove account", and confirm.

On a laptop or computer:
1. In your web browser, open the Google homepage.
2. Click the user icon in the top-right corner (your profile picture or initial).
3. Click "Sign out" or "Sign out of all accounts". If you are signed in to several Google accounts, sign out of each one.
4. To remove the account from the browser completely, open the browser's settings and find the section about accounts or sync (its name depends on the browser).
5. Find your Google account there, choose "Remove" or "Sign out", and confirm if asked.
This removes the account from that browser only; it does not delete your Google account.

In Google Chrome, also clear your browsing data: type chrome://settings/ in the address bar, open "Privacy and security" > "Clear browsing data", choose the time range and the kinds of data (cookies, cached images and files, etc.), then click "Clear data".

Once it's done, please send us proof of the disconnection in this conversation.

Kind regards`,
    'en-us': `Hi{{#first_name}} {{first_name}}{{/first_name}},

Here's how to remove your Google account from {{#product}}your {{product}}{{/product}}{{^product}}your device{{/product}}.

On an Android phone or tablet:
1. Open the Settings app.
2. Scroll down and tap "Accounts" (or "Accounts and backup").
3. Tap your Google account, then "Remove account", and confirm.

On a laptop or computer:
1. In your web browser, open the Google homepage.
2. Click the user icon in the top-right corner (your profile picture or initial).
3. Click "Sign out" or "Sign out of all accounts". If you're signed in to multiple Google accounts, sign out of each one.
4. To remove the account from the browser completely, open the browser's settings and find the section about accounts or sync (its name depends on the browser).
5. Find your Google account there, select "Remove" or "Sign out", and confirm if prompted.
This removes the account from that browser only; it doesn't delete your Google account.

In Google Chrome, also clear your browsing data: type chrome://settings/ in the address bar, open "Privacy and security" > "Clear browsing data", choose the time range and the types of data (cookies, cached images and files, etc.), then click "Clear data".

Best regards`,
    'fr-fr': `${GREETING['fr-fr']}

Voici comment retirer votre compte Google de {{#product}}votre {{product}}{{/product}}{{^product}}votre appareil{{/product}}.

Sur un téléphone ou une tablette Android :
1. Ouvrez l'application Paramètres.
2. Faites défiler et touchez « Comptes » (ou « Comptes et sauvegarde »).
3. Touchez votre compte Google, puis « Supprimer le compte », et confirmez.

Sur un ordinateur portable ou de bureau :
1. Dans votre navigateur, ouvrez la page d'accueil de Google.
2. Cliquez sur l'icône de profil en haut à droite (votre photo ou votre initiale).
3. Cliquez sur « Se déconnecter » ou « Se déconnecter de tous les comptes ». Si vous êtes connecté à plusieurs comptes Google, déconnectez-vous de chacun d'eux.
4. Pour retirer complètement le compte du navigateur, ouvrez les paramètres du navigateur et cherchez la section consacrée aux comptes ou à la synchronisation (son nom dépend du navigateur).
5. Trouvez-y votre compte Google, choisissez « Supprimer » ou « Se déconnecter », et confirmez si nécessaire.
Le compte n'est retiré que de ce navigateur : votre compte Google lui-même n'est pas supprimé.

Dans Google Chrome, effacez aussi vos données de navigation : tapez chrome://settings/ dans la barre d'adresse, ouvrez « Confidentialité et sécurité » > « Effacer les données de navigation », choisissez la période et les types de données (cookies, images et fichiers en cache, etc.), puis cliquez sur « Effacer les données ».

${CLOSING['fr-fr']}`,
    'de-de': `${GREETING['de-de']}

so entfernen Sie Ihr Google-Konto von Ihrem Gerät{{#product}} ({{product}}){{/product}}.

Auf einem Android-Smartphone oder -Tablet:
1. Öffnen Sie die App „Einstellungen“.
2. Scrollen Sie nach unten und tippen Sie auf „Konten“ (oder „Konten und Sicherung“).
3. Tippen Sie auf Ihr Google-Konto, dann auf „Konto entfernen“, und bestätigen Sie.

Auf einem Laptop oder Computer:
1. Öffnen Sie im Browser die Google-Startseite.
2. Klicken Sie oben rechts auf das Profilsymbol (Ihr Profilbild oder Ihre Initiale).
3. Klicken Sie auf „Abmelden“ oder „Von allen Konten abmelden“. Sind Sie in mehreren Google-Konten angemeldet, melden Sie sich bei jedem einzeln ab.
4. Um das Konto ganz aus dem Browser zu entfernen, öffnen Sie die Browsereinstellungen und suchen den Bereich für Konten oder Synchronisierung (der Name hängt vom Browser ab).
5. Wählen Sie dort Ihr Google-Konto, dann „Entfernen“ oder „Abmelden“, und bestätigen Sie, falls nötig.
Damit wird das Konto nur aus diesem Browser entfernt; Ihr Google-Konto selbst wird nicht gelöscht.

Löschen Sie in Google Chrome außerdem Ihre Browserdaten: Geben Sie chrome://settings/ in die Adresszeile ein, öffnen Sie „Datenschutz und Sicherheit“ > „Browserdaten löschen“, wählen Sie den Zeitraum und die Datenarten (Cookies, im Cache gespeicherte Bilder und Dateien usw.) und klicken Sie auf „Daten löschen“.

${CLOSING['de-de']}`,
    'es-es': `${GREETING['es-es']}

Le explicamos cómo quitar su cuenta de Google de {{#product}}su {{product}}{{/product}}{{^product}}su dispositivo{{/product}}.

En un teléfono o tablet Android:
1. Abra la aplicación Ajustes.
2. Desplácese hacia abajo y toque «Cuentas» (o «Cuentas y copia de seguridad»).
3. Toque su cuenta de Google, después «Quitar cuenta», y confirme.

En un portátil u ordenador:
1. En su navegador, abra la página de inicio de Google.
2. Haga clic en el icono de perfil de la esquina superior derecha (su foto o su inicial).
3. Haga clic en «Cerrar sesión» o «Cerrar sesión en todas las cuentas». Si tiene abiertas varias cuentas de Google, cierre la sesión de cada una.
4. Para quitar la cuenta del navegador por completo, abra los ajustes del navegador y busque la sección de cuentas o de sincronización (su nombre depende del navegador).
5. Busque allí su cuenta de Google, elija «Quitar» o «Cerrar sesión» y confirme si se le pide.
Así la cuenta solo se quita de ese navegador; su cuenta de Google no se elimina.

En Google Chrome, borre también sus datos de navegación: escriba chrome://settings/ en la barra de direcciones, abra «Privacidad y seguridad» > «Borrar datos de navegación», elija el intervalo de tiempo y los tipos de datos (cookies, imágenes y archivos en caché, etc.) y haga clic en «Borrar datos».

${CLOSING['es-es']}`,
    'it-it': `${GREETING['it-it']}

ecco come rimuovere il suo account Google dal suo dispositivo{{#product}} ({{product}}){{/product}}.

Su uno smartphone o un tablet Android:
1. Apra l'app Impostazioni.
2. Scorra verso il basso e tocchi «Account» (o «Account e backup»).
3. Tocchi il suo account Google, poi «Rimuovi account», e confermi.

Su un portatile o un computer:
1. Nel browser, apra la home page di Google.
2. Faccia clic sull'icona del profilo in alto a destra (la sua foto o la sua iniziale).
3. Faccia clic su «Esci» o «Esci da tutti gli account». Se ha effettuato l'accesso a più account Google, esca da ciascuno.
4. Per rimuovere del tutto l'account dal browser, apra le impostazioni del browser e cerchi la sezione dedicata agli account o alla sincronizzazione (il nome dipende dal browser).
5. Trovi lì il suo account Google, scelga «Rimuovi» o «Esci» e confermi, se richiesto.
L'account viene rimosso solo da quel browser: il suo account Google non viene eliminato.

In Google Chrome, cancelli anche i dati di navigazione: digiti chrome://settings/ nella barra degli indirizzi, apra «Privacy e sicurezza» > «Cancella dati di navigazione», scelga l'intervallo di tempo e i tipi di dati (cookie, immagini e file memorizzati nella cache, ecc.), poi faccia clic su «Elimina dati».

${CLOSING['it-it']}`,
  },
  sources: [
    { backs: [], policy: 'return-an-item.txt', quote: 'Scroll down and select "Accounts" or "Accounts and backup".' },
    { backs: [], generalKnowledge: 'On current Android phones, the account is then removed by tapping it and choosing "Remove account".' },
    {
      backs: [],
      policy: 'return-an-item-uk.txt',
      quote: 'Disconnect your iCloud/Google/Samsung account and send us proof of disconnection',
    },
    { backs: [], generalKnowledge: "Android's and Chrome's menu names in French, German, Spanish and Italian." },
  ],
});
