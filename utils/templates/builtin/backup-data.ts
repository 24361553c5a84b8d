import { defineTemplate } from '../define';
import { CLOSING, GREETING } from './shared/letter';

/**
 * Back up and remove data before the return. Facts from the return guide, step 4: only devices that store
 * personal data (anything one logs in to: smartphones, tablets, laptops, consoles, computers); sellers run tests
 * and may fully restore the device whatever the reason for the return; a dead device cannot be backed up, but a
 * cloud backup may exist; sellers follow the Ethics and Compliance Charter, never handle personal data, so cannot
 * back it up for the customer; the makers' guides the help centre links, by device.
 */
export default defineTemplate({
  id: 'backup-data',
  title: 'Data: back up and remove it before the return',
  folder: 'Data and accounts',
  tags: ['backup', 'data', 'privacy', 'return'],
  abbreviation: ';backup',
  bodies: {
    'en-gb': `Hello{{#first_name}} {{first_name}}{{/first_name}},

Before you send {{#product}}your {{product}}{{/product}}{{^product}}your device{{/product}} back, please back up anything you want to keep, then remove your data from it.

This applies to any device that stores personal data, meaning anything you sign in to: smartphones, tablets, laptops and other computers, and games consoles. If you are returning another kind of electronic item, you can skip this step.

Whatever the reason for the return (refund, exchange or repair), the seller runs a full series of tests on the device and may reset it completely, which would erase everything on it.

The seller cannot make the backup for you. Sellers on Back Market must respect strict privacy rules, set out in our Ethics and Compliance Charter: they never handle your personal data, which also means they cannot copy it for you.

If the device no longer works, or its screen does not respond, a backup won't be possible, but it is worth checking whether one of your cloud accounts already holds a backup.

The manufacturers' own support pages explain the steps for:
- Apple: iPhone, iPad and iPod touch, Apple Watch, Mac
- Samsung and other Android smartphones and tablets, and Android-based smartwatches
- Windows computers (HP, Asus, Dell, Lenovo): check which version of Windows you have first
- PlayStation 4, Nintendo Switch and Xbox

Kind regards`,
    'en-us': `Hi{{#first_name}} {{first_name}}{{/first_name}},

Before you ship {{#product}}your {{product}}{{/product}}{{^product}}your device{{/product}} back, please back up anything you want to keep, then remove your data from it.

This applies to any device that stores personal data, meaning anything you log in to: smartphones, tablets, laptops and other computers, and gaming consoles. If you're returning another type of electronic item, you can skip this step.

Whatever the reason for the return (refund, exchange, or repair), the seller runs a full series of tests on the device and may completely reset it, which would erase everything on it.

The seller can't make the backup for you. Sellers on Back Market must follow strict privacy rules, laid out in our Ethics and Compliance Charter: they never handle your personal data, which also means they can't copy it for you.

If the device no longer works, or its screen doesn't respond, a backup won't be possible, but it's worth checking whether one of your cloud accounts already has a backup.

The manufacturers' own support pages explain the steps for:
- Apple: iPhone, iPad, and iPod touch, Apple Watch, Mac
- Samsung and other Android smartphones and tablets, and Android-based smartwatches
- Windows computers (HP, Asus, Dell, Lenovo): check which version of Windows you have first
- PlayStation 4, Nintendo Switch, and Xbox

Best regards`,
    'fr-fr': `${GREETING['fr-fr']}

Avant de renvoyer {{#product}}votre {{product}}{{/product}}{{^product}}votre appareil{{/product}}, pensez à sauvegarder tout ce que vous souhaitez conserver, puis à effacer vos données.

Cela concerne tout appareil qui contient des données personnelles, c'est-à-dire tout ce sur quoi vous vous connectez : smartphones, tablettes, ordinateurs portables et autres ordinateurs, consoles de jeux. Si vous renvoyez un autre type d'appareil électronique, vous pouvez passer cette étape.

Quel que soit le motif du retour (remboursement, échange ou réparation), le vendeur fait passer toute une série de tests à l'appareil et peut le réinitialiser complètement, ce qui effacerait tout son contenu.

Le vendeur ne peut pas faire la sauvegarde à votre place. Les vendeurs de Back Market doivent respecter des règles strictes de confidentialité, définies dans notre Charte éthique et conformité : ils ne manipulent jamais vos données personnelles, et ne peuvent donc pas non plus les copier pour vous.

Si l'appareil ne fonctionne plus, ou si son écran ne répond plus, la sauvegarde ne sera pas possible, mais vérifiez si l'un de vos comptes cloud n'en contient pas déjà une.

Les pages d'assistance des fabricants expliquent la marche à suivre pour :
- Apple : iPhone, iPad et iPod touch, Apple Watch, Mac
- Samsung et les autres smartphones et tablettes Android, ainsi que les montres connectées sous Android
- les ordinateurs Windows (HP, Asus, Dell, Lenovo) : vérifiez d'abord votre version de Windows
- PlayStation 4, Nintendo Switch et Xbox

${CLOSING['fr-fr']}`,
    'de-de': `${GREETING['de-de']}

bevor Sie Ihr Gerät{{#product}} ({{product}}){{/product}} zurückschicken, sichern Sie bitte alles, was Sie behalten möchten, und löschen Sie anschließend Ihre Daten darauf.

Das gilt für jedes Gerät, das persönliche Daten speichert, also alles, bei dem Sie sich anmelden: Smartphones, Tablets, Laptops und andere Computer sowie Spielkonsolen. Wenn Sie ein anderes Elektronikgerät zurückschicken, können Sie diesen Schritt überspringen.

Unabhängig vom Grund der Rücksendung (Erstattung, Umtausch oder Reparatur) führt der Verkäufer eine ganze Reihe von Tests durch und setzt das Gerät unter Umständen vollständig zurück, wodurch alle Inhalte gelöscht würden.

Der Verkäufer kann die Sicherung nicht für Sie übernehmen. Verkäufer auf Back Market müssen strenge Datenschutzregeln einhalten, die in unserer Ethik- und Compliance-Charta festgelegt sind: Sie greifen nie auf Ihre persönlichen Daten zu und können sie daher auch nicht für Sie kopieren.

Funktioniert das Gerät nicht mehr oder reagiert der Bildschirm nicht, ist keine Sicherung möglich. Prüfen Sie aber, ob in einem Ihrer Cloud-Konten bereits eine Sicherung vorhanden ist.

Die Support-Seiten der Hersteller erklären die Schritte für:
- Apple: iPhone, iPad und iPod touch, Apple Watch, Mac
- Samsung und andere Android-Smartphones und -Tablets sowie Smartwatches mit Android
- Windows-Computer (HP, Asus, Dell, Lenovo): Prüfen Sie zuerst Ihre Windows-Version
- PlayStation 4, Nintendo Switch und Xbox

${CLOSING['de-de']}`,
    'es-es': `${GREETING['es-es']}

Antes de devolver {{#product}}su {{product}}{{/product}}{{^product}}su dispositivo{{/product}}, haga una copia de seguridad de todo lo que quiera conservar y, después, borre sus datos.

Esto se aplica a cualquier dispositivo que guarde datos personales, es decir, todo aquello en lo que inicia sesión: smartphones, tablets, portátiles y otros ordenadores, y videoconsolas. Si devuelve otro tipo de aparato electrónico, puede saltarse este paso.

Sea cual sea el motivo de la devolución (reembolso, cambio o reparación), el vendedor somete el dispositivo a toda una serie de pruebas y puede restablecerlo por completo, lo que borraría todo su contenido.

El vendedor no puede hacer la copia de seguridad por usted. Los vendedores de Back Market deben cumplir normas estrictas de privacidad, recogidas en nuestra Carta de Ética y Cumplimiento: nunca manejan sus datos personales, por lo que tampoco pueden copiarlos por usted.

Si el dispositivo ya no funciona, o su pantalla no responde, no podrá hacer la copia, pero le recomendamos comprobar si alguna de sus cuentas en la nube ya tiene una.

Las páginas de ayuda de los fabricantes explican los pasos para:
- Apple: iPhone, iPad y iPod touch, Apple Watch, Mac
- Samsung y otros smartphones y tablets Android, y relojes inteligentes con Android
- ordenadores con Windows (HP, Asus, Dell, Lenovo): compruebe primero su versión de Windows
- PlayStation 4, Nintendo Switch y Xbox

${CLOSING['es-es']}`,
    'it-it': `${GREETING['it-it']}

prima di restituire il suo dispositivo{{#product}} ({{product}}){{/product}}, faccia un backup di tutto ciò che desidera conservare e poi cancelli i suoi dati.

Vale per qualsiasi dispositivo che contiene dati personali, cioè tutto ciò a cui si accede con un account: smartphone, tablet, portatili e altri computer, console per videogiochi. Se restituisce un altro tipo di apparecchio elettronico, può saltare questo passaggio.

Qualunque sia il motivo del reso (rimborso, sostituzione o riparazione), il venditore sottopone il dispositivo a tutta una serie di test e può ripristinarlo completamente, cancellandone l'intero contenuto.

Il venditore non può fare il backup al posto suo. I venditori di Back Market devono rispettare rigide regole sulla privacy, stabilite nella nostra Carta etica e di conformità: non gestiscono mai i suoi dati personali, e quindi non possono nemmeno copiarli per lei.

Se il dispositivo non funziona più, o lo schermo non risponde, il backup non sarà possibile, ma vale la pena verificare se uno dei suoi account cloud ne contiene già uno.

Le pagine di assistenza dei produttori spiegano i passaggi per:
- Apple: iPhone, iPad e iPod touch, Apple Watch, Mac
- Samsung e altri smartphone e tablet Android, e smartwatch basati su Android
- computer Windows (HP, Asus, Dell, Lenovo): verifichi prima la sua versione di Windows
- PlayStation 4, Nintendo Switch e Xbox

${CLOSING['it-it']}`,
  },
  sources: [
    { backs: [], policy: 'return-an-item.txt', quote: 'This section only concerns devices with personal data storage.' },
    {
      backs: [],
      policy: 'return-an-item.txt',
      quote: 'sellers do a whole series of tests on your device and may even completely restore it',
    },
    { backs: ['4'], policy: 'return-an-item.txt', quote: 'PlayStation 4' },
  ],
});
