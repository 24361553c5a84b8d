import { defineTemplate } from '../define';
import { CLOSING, GREETING } from './shared/letter';

/**
 * Remove a Samsung account from a device that still works. Facts from the return guide, step 5 (Samsung): phone or
 * tablet: Settings, Accounts and backup, Accounts or Samsung Account, the account, Remove Account or Sign Out,
 * confirm (again, or password); laptop: Settings, Accounts, Your info or Email & accounts, Manage or Remove,
 * confirm, sign out of Samsung apps, optionally delete leftover Samsung account files.
 */
export default defineTemplate({
  id: 'disconnect-samsung-device-works',
  title: 'Accounts: remove a Samsung account from a device that works',
  folder: 'Data and accounts',
  tags: ['accounts', 'samsung', 'galaxy', 'device works'],
  abbreviation: ';samsung',
  bodies: {
    'en-gb': `Hello{{#first_name}} {{first_name}}{{/first_name}},

Here is how to remove your Samsung account from {{#product}}your {{product}}{{/product}}{{^product}}your device{{/product}}.

On a Samsung phone or tablet:
1. Open "Settings".
2. Scroll down and tap "Accounts and backup".
3. Tap "Accounts" or "Samsung account".
4. Tap the account you want to remove.
5. Tap "Remove account" or "Sign out".
6. Confirm by tapping "Remove account" again, or by entering your password if asked.

On a laptop or computer:
1. Open "Settings".
2. Go to "Accounts".
3. Find your account under "Your info" or "Email & accounts".
4. Select it and choose "Manage" or "Remove".
5. Confirm and follow any further instructions on screen.
6. Sign out of any Samsung apps on the laptop.
If you like, you can also delete any Samsung account files left on the computer.

Once it's done, please send us proof of the disconnection in this conversation.

Kind regards`,
    'en-us': `Hi{{#first_name}} {{first_name}}{{/first_name}},

Here's how to remove your Samsung account from {{#product}}your {{product}}{{/product}}{{^product}}your device{{/product}}.

On a Samsung phone or tablet:
1. Go to "Settings".
2. Scroll down and tap "Accounts and backup".
3. Tap "Accounts" or "Samsung account".
4. Tap the account you want to remove.
5. Tap "Remove account" or "Sign out".
6. Confirm by tapping "Remove account" again, or by entering your password if prompted.

On a laptop or computer:
1. Open "Settings".
2. Go to "Accounts".
3. Find your account under "Your info" or "Email & accounts".
4. Select it and choose "Manage" or "Remove".
5. Confirm and follow any additional prompts.
6. Sign out of any Samsung apps on the laptop.
Optionally, you can also delete any leftover Samsung account files from the computer.

Best regards`,
    'fr-fr': `${GREETING['fr-fr']}

Voici comment retirer votre compte Samsung de {{#product}}votre {{product}}{{/product}}{{^product}}votre appareil{{/product}}.

Sur un téléphone ou une tablette Samsung :
1. Ouvrez « Paramètres ».
2. Faites défiler et touchez « Comptes et sauvegarde ».
3. Touchez « Comptes » ou « Samsung account ».
4. Touchez le compte à retirer.
5. Touchez « Supprimer le compte » ou « Se déconnecter ».
6. Confirmez en touchant à nouveau « Supprimer le compte », ou en saisissant votre mot de passe si on vous le demande.

Sur un ordinateur portable ou de bureau :
1. Ouvrez « Paramètres ».
2. Allez dans « Comptes ».
3. Trouvez votre compte sous « Vos informations » ou « E-mail et comptes ».
4. Sélectionnez-le et choisissez « Gérer » ou « Supprimer ».
5. Confirmez et suivez les éventuelles instructions à l'écran.
6. Déconnectez-vous de toutes les applications Samsung de l'ordinateur.
Si vous le souhaitez, vous pouvez aussi supprimer les fichiers du compte Samsung restés sur l'ordinateur.

${CLOSING['fr-fr']}`,
    'de-de': `${GREETING['de-de']}

so entfernen Sie Ihr Samsung-Konto von Ihrem Gerät{{#product}} ({{product}}){{/product}}.

Auf einem Samsung-Smartphone oder -Tablet:
1. Öffnen Sie „Einstellungen“.
2. Scrollen Sie nach unten und tippen Sie auf „Konten und Sicherung“.
3. Tippen Sie auf „Konten“ oder „Samsung Account“.
4. Tippen Sie auf das Konto, das Sie entfernen möchten.
5. Tippen Sie auf „Konto entfernen“ oder „Abmelden“.
6. Bestätigen Sie, indem Sie erneut auf „Konto entfernen“ tippen oder, falls verlangt, Ihr Passwort eingeben.

Auf einem Laptop oder Computer:
1. Öffnen Sie „Einstellungen“.
2. Gehen Sie zu „Konten“.
3. Suchen Sie Ihr Konto unter „Ihre Infos“ oder „E-Mail und Konten“.
4. Wählen Sie es aus und klicken Sie auf „Verwalten“ oder „Entfernen“.
5. Bestätigen Sie und folgen Sie den weiteren Hinweisen auf dem Bildschirm.
6. Melden Sie sich bei allen Samsung-Apps auf dem Laptop ab.
Auf Wunsch können Sie auch verbliebene Dateien des Samsung-Kontos vom Computer löschen.

${CLOSING['de-de']}`,
    'es-es': `${GREETING['es-es']}

Le explicamos cómo quitar su cuenta Samsung de {{#product}}su {{product}}{{/product}}{{^product}}su dispositivo{{/product}}.

En un teléfono o tablet Samsung:
1. Abra «Ajustes».
2. Desplácese hacia abajo y toque «Cuentas y copia de seguridad».
3. Toque «Cuentas» o «Samsung account».
4. Toque la cuenta que quiere quitar.
5. Toque «Eliminar cuenta» o «Cerrar sesión».
6. Confirme tocando de nuevo «Eliminar cuenta» o introduciendo su contraseña si se le pide.

En un portátil u ordenador:
1. Abra «Configuración».
2. Vaya a «Cuentas».
3. Busque su cuenta en «Tu información» o «Correo electrónico y cuentas».
4. Selecciónela y elija «Administrar» o «Quitar».
5. Confirme y siga las indicaciones que aparezcan.
6. Cierre la sesión en todas las aplicaciones de Samsung del portátil.
Si lo desea, también puede borrar los archivos de la cuenta Samsung que queden en el ordenador.

${CLOSING['es-es']}`,
    'it-it': `${GREETING['it-it']}

ecco come rimuovere il suo account Samsung dal suo dispositivo{{#product}} ({{product}}){{/product}}.

Su uno smartphone o un tablet Samsung:
1. Apra «Impostazioni».
2. Scorra verso il basso e tocchi «Account e backup».
3. Tocchi «Account» o «Samsung account».
4. Tocchi l'account da rimuovere.
5. Tocchi «Rimuovi account» o «Esci».
6. Confermi toccando di nuovo «Rimuovi account» o inserendo la password, se richiesta.

Su un portatile o un computer:
1. Apra «Impostazioni».
2. Vada su «Account».
3. Trovi il suo account in «Le tue info» o «Posta elettronica e account».
4. Lo selezioni e scelga «Gestisci» o «Rimuovi».
5. Confermi e segua le eventuali istruzioni sullo schermo.
6. Esca da tutte le app Samsung presenti sul portatile.
Se lo desidera, può anche eliminare i file dell'account Samsung rimasti sul computer.

${CLOSING['it-it']}`,
  },
  sources: [
    { backs: [], policy: 'return-an-item.txt', quote: 'Scroll down and select “Accounts and backup”.' },
    {
      backs: [],
      policy: 'return-an-item-uk.txt',
      quote: 'Disconnect your iCloud/Google/Samsung account and send us proof of disconnection',
    },
    { backs: [], generalKnowledge: "Samsung One UI's and Windows' menu names in French, German, Spanish and Italian." },
  ],
});
