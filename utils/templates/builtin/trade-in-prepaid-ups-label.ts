import { defineTemplate } from '../define';
import { CLOSING, GREETING } from './shared/letter';

/**
 * Trade-in, the customer must provide a prepaid UPS return label (trade-in guide, "Other possibilities"): the
 * three situations; UPS "Create a Shipment" (account or guest); average weights (smartphone 0.55 lb, tablet
 * 1.65 lb, laptop 4.4 lb, consoles 6 lb, otherwise weigh it or have the post office weigh it); sender = the
 * refurbisher's address (which they must provide), recipient = the customer's; insurance recommended; the voucher
 * sent as an attachment in the Back Market conversation; the refurbisher then ships within 2 business days.
 * The guide writes "lbs"; "lb" is the unit's usual abbreviation, in every body. Markets that weigh in kilograms
 * get 0.25 / 0.75 / 2 / 2.7 kg beside the pounds, rounded as the guide rounds its figures.
 */
export default defineTemplate({
  id: 'trade-in-prepaid-ups-label',
  title: 'Trade-in: the customer provides a prepaid UPS return label',
  folder: 'Trade-in',
  tags: ['trade-in', 'buyback', 'ups', 'prepaid label', 'return', 'weight', 'insurance'],
  abbreviation: ';ups',
  bodies: {
    'en-gb': `Hello{{#first_name}} {{first_name}}{{/first_name}},

To get {{#product}}your {{product}}{{/product}}{{^product}}your device{{/product}} back, you'll need to give the refurbisher a prepaid return label. This applies when:
- you did not try to disconnect your user accounts (iCloud, Google, Samsung, etc.) from the device, despite our help and reminders;
- you did not send us a copy of your ID to complete the trade-in, whether by choice or because you did not attempt it;
- or the device was identified as counterfeit, greylisted, blocklisted or rooted.

Here is how to do it:
1. Create the label on the UPS website, on the page called "Create a Shipment". You can create a UPS.com account or continue as a guest.
2. Estimate the weight of the parcel. Average weights for the most common devices: smartphone 0.55 lb, tablet 1.65 lb, laptop 4.4 lb, console 6 lb. For anything else, weigh the item yourself or have it weighed at the post office.{{#device_weight}} For your device, use about {{device_weight}}.{{/device_weight}}
3. Fill in the addresses: the sender's address is the refurbisher's (they must give it to you; just ask them here), and the recipient's address is your own postal address.
4. Buy insurance for the shipment: we recommend it, in case the parcel is lost or damaged.
5. Send the shipping voucher to the refurbisher as an attachment, in this conversation on your Back Market account. Keeping your exchanges with the refurbisher on Back Market means we can step in if anything goes wrong.

Once the refurbisher has your prepaid label, they must send your device back within 2 business days.

Kind regards`,
    'en-us': `Hi{{#first_name}} {{first_name}}{{/first_name}},

To get {{#product}}your {{product}}{{/product}}{{^product}}your device{{/product}} back, you'll need to provide the refurbisher with a prepaid return label. This applies when:
- you didn't try to disconnect your user accounts (iCloud, Google, Samsung, etc.) from the device, despite our help and reminders;
- you didn't send us a copy of your ID to finalize the trade-in, whether by choice or because you didn't attempt it;
- or the device was identified as counterfeit, greylisted, blocklisted, or rooted.

Here's how to do it:
1. Create the label on the UPS website, on the page called "Create a Shipment". You can create a UPS.com account or continue as a guest.
2. Estimate the weight of the package. Average weights for the most common devices: smartphone 0.55 lb, tablet 1.65 lb, laptop 4.4 lb, console 6 lb. For anything else, weigh the item yourself or have it weighed at the post office.{{#device_weight}} For your device, use about {{device_weight}}.{{/device_weight}}
3. Fill in the addresses: the sender's address is the refurbisher's (they have to give it to you; just ask them here), and the recipient's address is your own mailing address.
4. Purchase insurance for the shipment: we recommend it, in case the package is lost or damaged.
5. Send the shipping voucher to the refurbisher as an attachment, in this conversation in your Back Market account. Keeping your communication with the refurbisher on Back Market means we can help if any issues come up.

Once the refurbisher receives your prepaid label, they're required to ship your device back within 2 business days.

Best regards`,
    'fr-fr': `${GREETING['fr-fr']}

Pour récupérer {{#product}}votre {{product}}{{/product}}{{^product}}votre appareil{{/product}}, vous devez fournir au reconditionneur une étiquette de retour prépayée. C'est le cas lorsque :
- vous n'avez pas essayé de déconnecter vos comptes utilisateur (iCloud, Google, Samsung, etc.) de l'appareil, malgré notre aide et nos relances ;
- vous ne nous avez pas envoyé de copie de votre pièce d'identité pour finaliser la reprise, par choix ou faute d'avoir essayé ;
- ou l'appareil a été identifié comme contrefait, sur liste grise, sur liste noire ou rooté.

Voici comment faire :
1. Créez l'étiquette sur le site d'UPS, à la page « Create a Shipment » (intitulé de la version anglaise du site). Vous pouvez créer un compte UPS.com ou continuer en tant qu'invité.
2. Estimez le poids du colis. Poids moyens des appareils les plus courants : smartphone 0,25 kg (0,55 lb), tablette 0,75 kg (1,65 lb), ordinateur portable 2 kg (4,4 lb), console 2,7 kg (6 lb). Pour tout autre article, pesez-le vous-même ou faites-le peser au bureau de poste.{{#device_weight}} Pour votre appareil, comptez environ {{device_weight}}.{{/device_weight}}
3. Renseignez les adresses : l'adresse de l'expéditeur est celle du reconditionneur (il doit vous la communiquer : demandez-la-lui ici), et l'adresse du destinataire est votre propre adresse postale.
4. Souscrivez une assurance pour l'envoi : nous vous la recommandons, en cas de perte ou de casse du colis.
5. Envoyez le bon d'expédition au reconditionneur en pièce jointe, dans cette conversation de votre compte Back Market. Garder vos échanges avec le reconditionneur sur Back Market nous permet d'intervenir en cas de problème.

Une fois l'étiquette prépayée reçue, le reconditionneur doit vous renvoyer l'appareil sous 2 jours ouvrés.

${CLOSING['fr-fr']}`,
    'de-de': `${GREETING['de-de']}

um Ihr Gerät{{#product}} ({{product}}){{/product}} zurückzubekommen, müssen Sie dem Refurbisher ein vorfrankiertes Rücksendeetikett zur Verfügung stellen. Das ist der Fall, wenn:
- Sie trotz unserer Hilfe und Erinnerungen nicht versucht haben, Ihre Benutzerkonten (iCloud, Google, Samsung usw.) vom Gerät abzumelden;
- Sie uns keine Kopie Ihres Ausweises geschickt haben, um den Ankauf abzuschließen, ob bewusst oder weil Sie es nicht versucht haben;
- oder das Gerät als gefälscht, auf der Greylist, auf der Blocklist oder gerootet erkannt wurde.

So gehen Sie vor:
1. Erstellen Sie das Etikett auf der Website von UPS, auf der Seite „Create a Shipment“ (Bezeichnung der englischen Version der Website). Sie können ein UPS.com-Konto anlegen oder als Gast fortfahren.
2. Schätzen Sie das Gewicht des Pakets. Durchschnittsgewichte der häufigsten Geräte: Smartphone 0,25 kg (0,55 lb), Tablet 0,75 kg (1,65 lb), Laptop 2 kg (4,4 lb), Konsole 2,7 kg (6 lb). Alles andere wiegen Sie bitte selbst oder lassen es bei der Post wiegen.{{#device_weight}} Für Ihr Gerät rechnen Sie mit etwa {{device_weight}}.{{/device_weight}}
3. Geben Sie die Adressen ein: Die Absenderadresse ist die des Refurbishers (er muss sie Ihnen mitteilen; fragen Sie ihn einfach hier), die Empfängeradresse ist Ihre eigene Postanschrift.
4. Schließen Sie eine Versicherung für den Versand ab: Wir empfehlen sie für den Fall, dass das Paket verloren geht oder beschädigt wird.
5. Senden Sie den Versandbeleg als Anhang an den Refurbisher, in dieser Unterhaltung in Ihrem Back Market Konto. Wenn Ihr Austausch mit dem Refurbisher auf Back Market bleibt, können wir eingreifen, falls etwas schiefgeht.

Sobald der Refurbisher Ihr vorfrankiertes Etikett hat, muss er Ihnen das Gerät innerhalb von 2 Werktagen zurückschicken.

${CLOSING['de-de']}`,
    'es-es': `${GREETING['es-es']}

Para recuperar {{#product}}su {{product}}{{/product}}{{^product}}su dispositivo{{/product}}, tiene que facilitar al reacondicionador una etiqueta de devolución prepagada. Es así cuando:
- no intentó desvincular sus cuentas de usuario (iCloud, Google, Samsung, etc.) del dispositivo, pese a nuestra ayuda y nuestros recordatorios;
- no nos envió una copia de su documento de identidad para completar la recompra, porque no quiso o no lo intentó;
- o el dispositivo se identificó como falsificado, en lista gris, en lista negra o rooteado.

Así puede hacerlo:
1. Cree la etiqueta en el sitio web de UPS, en la página «Create a Shipment» (nombre de la versión en inglés del sitio). Puede crear una cuenta de UPS.com o continuar como invitado.
2. Calcule el peso del paquete. Pesos medios de los dispositivos más habituales: smartphone 0,25 kg (0,55 lb), tablet 0,75 kg (1,65 lb), portátil 2 kg (4,4 lb), consola 2,7 kg (6 lb). Para cualquier otro artículo, péselo usted o llévelo a pesar a la oficina de correos.{{#device_weight}} Para su dispositivo, cuente con unos {{device_weight}}.{{/device_weight}}
3. Rellene las direcciones: la dirección del remitente es la del reacondicionador (debe facilitársela; pídasela aquí) y la del destinatario es su propia dirección postal.
4. Contrate un seguro para el envío: se lo recomendamos, por si el paquete se pierde o sufre daños.
5. Envíe el justificante de envío al reacondicionador como archivo adjunto, en esta conversación de su cuenta de Back Market. Mantener su comunicación con el reacondicionador en Back Market nos permite intervenir si surge algún problema.

En cuanto el reacondicionador reciba su etiqueta prepagada, debe devolverle el dispositivo en un plazo de 2 días hábiles.

${CLOSING['es-es']}`,
    'it-it': `${GREETING['it-it']}

per riavere il suo dispositivo{{#product}} ({{product}}){{/product}}, deve fornire al ricondizionatore un'etichetta di reso prepagata. Succede quando:
- non ha provato a scollegare i suoi account utente (iCloud, Google, Samsung, ecc.) dal dispositivo, nonostante il nostro aiuto e i nostri promemoria;
- non ci ha inviato una copia del documento d'identità per completare la permuta, per scelta o perché non ci ha provato;
- oppure il dispositivo è stato identificato come contraffatto, in greylist, in blocklist o con root.

Ecco come fare:
1. Crei l'etichetta sul sito di UPS, alla pagina «Create a Shipment» (voce della versione inglese del sito). Può creare un account UPS.com o proseguire come ospite.
2. Stimi il peso del pacco. Pesi medi dei dispositivi più comuni: smartphone 0,25 kg (0,55 lb), tablet 0,75 kg (1,65 lb), portatile 2 kg (4,4 lb), console 2,7 kg (6 lb). Per qualsiasi altro prodotto, lo pesi lei o lo faccia pesare all'ufficio postale.{{#device_weight}} Per il suo dispositivo, consideri circa {{device_weight}}.{{/device_weight}}
3. Compili gli indirizzi: l'indirizzo del mittente è quello del ricondizionatore (deve comunicarglielo: glielo chieda qui), e l'indirizzo del destinatario è il suo indirizzo postale.
4. Acquisti un'assicurazione per la spedizione: gliela consigliamo, in caso di smarrimento o danneggiamento del pacco.
5. Invii il documento di spedizione al ricondizionatore come allegato, in questa conversazione del suo account Back Market. Mantenere la comunicazione con il ricondizionatore su Back Market ci permette di intervenire in caso di problemi.

Una volta ricevuta l'etichetta prepagata, il ricondizionatore deve rispedirle il dispositivo entro 2 giorni lavorativi.

${CLOSING['it-it']}`,
  },
  sources: [
    { backs: ['UPS'], policy: 'trade-in-device-back.txt', quote: 'Create a shipping label on the UPS website' },
    {
      backs: ['0.55', '1.65', '4.4', '6', '0.25', '0.75', '2', '2.7'],
      policy: 'trade-in-device-back.txt',
      quote: '0.55 lbs | 1.65 lbs | 4.4 lbs | 6 lbs |',
    },
    {
      backs: ['2'],
      policy: 'trade-in-device-back.txt',
      quote: "Once the prepaid label has been sent to the refurbisher, they're required to mail your item back within 2 business days.",
    },
  ],
});
