import type { TemplateSource } from '../../define';

/**
 * The two ways to hand over a DHL Express return label, shared by the DHL templates so each option is worded once.
 * Facts from the UK return guide, step 8 ("Express Worldwide DHL" labels). Plain strings: they are pasted into
 * template bodies, where `{{waybill}}` stays a variable.
 */

export const DHL_SERVICE_POINT_STEPS = {
  gb: `1. Find the nearest DHL Service Point on DHL's website.
2. Select your location, then choose "Send shipment" > "I have a DHL account or return shipment" > "I have printed a DHL Label".
3. Print the label and stick it firmly on the top of the box. No printer? Check the "Services available" section of the Service Point you picked: some offer "Label printing possible" for a small fee. Take a digital copy of the label with you (on a USB stick, for example) so they can print it there.
4. Hand the parcel in at the DHL Service Point and keep your receipt.`,
  us: `1. Find the closest DHL Service Point on DHL's website.
2. Select your location, then choose "Send shipment" > "I have a DHL account or return shipment" > "I have printed a DHL Label".
3. Print the label and attach it securely to the top of the box. No printer? Check the "Services available" section of the Service Point you picked: some offer "Label printing possible" for a small fee. Bring a digital copy of the label (on a USB drive, for example) so they can print it there.
4. Take the package to the DHL Service Point and keep your receipt.`,
  'fr-fr': `1. Trouvez le DHL Service Point le plus proche sur le site de DHL.
2. Indiquez votre adresse, puis choisissez « Send shipment » > « I have a DHL account or return shipment » > « I have printed a DHL Label » (intitulés de la version anglaise du site).
3. Imprimez l'étiquette et collez-la bien à plat sur le dessus du carton. Pas d'imprimante ? Consultez la rubrique « Services available » du Service Point choisi : certains proposent « Label printing possible », l'impression de l'étiquette moyennant un petit supplément. Emportez alors une copie numérique de l'étiquette (sur une clé USB, par exemple) pour qu'elle puisse être imprimée sur place.
4. Déposez le colis au DHL Service Point et conservez votre reçu.`,
  'de-de': `1. Suchen Sie auf der Website von DHL den nächstgelegenen DHL Service Point.
2. Wählen Sie Ihren Standort und dann „Send shipment“ > „I have a DHL account or return shipment“ > „I have printed a DHL Label“ (Bezeichnungen der englischen Version der Website).
3. Drucken Sie das Etikett aus und kleben Sie es fest oben auf den Karton. Kein Drucker? Sehen Sie beim gewählten Service Point unter „Services available“ nach: Einige bieten gegen eine kleine Gebühr „Label printing possible“ an, also den Ausdruck des Etiketts. Nehmen Sie dann eine digitale Kopie des Etiketts mit (zum Beispiel auf einem USB-Stick), damit es dort gedruckt werden kann.
4. Geben Sie das Paket am DHL Service Point ab und bewahren Sie Ihre Quittung auf.`,
  'es-es': `1. Busque el DHL Service Point más cercano en el sitio web de DHL.
2. Indique su ubicación y elija «Send shipment» > «I have a DHL account or return shipment» > «I have printed a DHL Label» (nombres de la versión en inglés del sitio).
3. Imprima la etiqueta y péguela bien en la parte superior de la caja. ¿No tiene impresora? Consulte el apartado «Services available» del Service Point elegido: algunos ofrecen «Label printing possible», es decir, imprimir la etiqueta por un pequeño importe. Lleve entonces una copia digital de la etiqueta (en una memoria USB, por ejemplo) para que puedan imprimirla allí.
4. Entregue el paquete en el DHL Service Point y guarde su recibo.`,
  'it-it': `1. Trovi il DHL Service Point più vicino sul sito di DHL.
2. Indichi la sua località, poi scelga «Send shipment» > «I have a DHL account or return shipment» > «I have printed a DHL Label» (voci della versione inglese del sito).
3. Stampi l'etichetta e la applichi saldamente sul lato superiore della scatola. Non ha una stampante? Controlli la sezione «Services available» del Service Point scelto: alcuni offrono «Label printing possible», cioè la stampa dell'etichetta con un piccolo supplemento. Porti con sé una copia digitale dell'etichetta (per esempio su una chiavetta USB) perché possano stamparla lì.
4. Consegni il pacco al DHL Service Point e conservi la ricevuta.`,
};

export const DHL_PICKUP_STEPS = {
  gb: `1. Book a pickup on DHL's website.
2. To the question "Do you need to create a shipping label?", answer "No", then choose "I have a DHL Waybill Number".
3. Enter your DHL waybill number: the 10-digit number next to the word WAYBILL, beneath the first barcode on your label.{{#waybill}} For this parcel it is {{waybill}}.{{/waybill}}
4. Fill in your details and choose the date and time of the pickup.
5. Print the label and stick it on the parcel where it is clearly visible.
6. Please be at home at the time you chose, so DHL can collect the parcel.`,
  us: `1. Schedule a pickup on DHL's website.
2. When asked "Do you need to create a shipping label?", answer "No", then select "I have a DHL Waybill Number".
3. Enter your DHL waybill number: the 10-digit number next to the word WAYBILL, beneath the first barcode on your label.{{#waybill}} For this package it's {{waybill}}.{{/waybill}}
4. Fill in your information and choose the date and time of the pickup.
5. Print the label and stick it on the package where it's clearly visible.
6. Please make sure you're home at the time you chose, so DHL can pick up the package.`,
  'fr-fr': `1. Prenez rendez-vous pour un enlèvement sur le site de DHL.
2. À la question « Do you need to create a shipping label? », répondez « No », puis choisissez « I have a DHL Waybill Number ».
3. Saisissez votre numéro de lettre de transport DHL (waybill) : le numéro à 10 chiffres situé à côté du mot WAYBILL, sous le premier code-barres de votre étiquette.{{#waybill}} Pour ce colis, il s'agit du {{waybill}}.{{/waybill}}
4. Renseignez vos coordonnées et choisissez la date et l'heure de l'enlèvement.
5. Imprimez l'étiquette et collez-la sur le colis, bien en vue.
6. Soyez chez vous au moment choisi, pour que DHL puisse récupérer le colis.`,
  'de-de': `1. Vereinbaren Sie auf der Website von DHL einen Abholtermin.
2. Beantworten Sie die Frage „Do you need to create a shipping label?“ mit „No“ und wählen Sie dann „I have a DHL Waybill Number“.
3. Geben Sie Ihre DHL-Frachtbriefnummer (Waybill) ein: die 10-stellige Nummer neben dem Wort WAYBILL, unter dem ersten Barcode auf Ihrem Etikett.{{#waybill}} Für dieses Paket lautet sie {{waybill}}.{{/waybill}}
4. Geben Sie Ihre Daten ein und wählen Sie Datum und Uhrzeit der Abholung.
5. Drucken Sie das Etikett aus und kleben Sie es gut sichtbar auf das Paket.
6. Seien Sie zum gewählten Zeitpunkt bitte zu Hause, damit DHL das Paket abholen kann.`,
  'es-es': `1. Programe una recogida en el sitio web de DHL.
2. A la pregunta «Do you need to create a shipping label?», responda «No» y elija «I have a DHL Waybill Number».
3. Introduzca su número de guía aérea de DHL (waybill): el número de 10 dígitos que aparece junto a la palabra WAYBILL, debajo del primer código de barras de su etiqueta.{{#waybill}} Para este paquete es el {{waybill}}.{{/waybill}}
4. Rellene sus datos y elija la fecha y la hora de la recogida.
5. Imprima la etiqueta y péguela en el paquete en un lugar bien visible.
6. Asegúrese de estar en casa a la hora elegida, para que DHL pueda recoger el paquete.`,
  'it-it': `1. Prenoti un ritiro sul sito di DHL.
2. Alla domanda «Do you need to create a shipping label?» risponda «No», poi scelga «I have a DHL Waybill Number».
3. Inserisca il numero della lettera di vettura DHL (waybill): il numero di 10 cifre accanto alla parola WAYBILL, sotto il primo codice a barre dell'etichetta.{{#waybill}} Per questo pacco è {{waybill}}.{{/waybill}}
4. Compili i suoi dati e scelga la data e l'ora del ritiro.
5. Stampi l'etichetta e la applichi sul pacco in un punto ben visibile.
6. Si assicuri di essere a casa all'orario scelto, così DHL potrà ritirare il pacco.`,
};

/** Step 8's warning for every courier: drop-off points differ, and the wrong one can refuse the parcel. */
export const RIGHT_DROP_OFF = {
  gb: 'Each courier has its own drop-off points, and a parcel taken to the wrong one can be refused.',
  us: 'Each carrier has its own drop-off locations, and a package taken to the wrong one can be refused.',
  'fr-fr': `Chaque transporteur a ses propres points de dépôt, et un colis déposé au mauvais endroit peut être refusé.`,
  'de-de': `Jeder Versanddienstleister hat eigene Abgabestellen, und ein Paket, das an der falschen abgegeben wird, kann abgelehnt werden.`,
  'es-es': `Cada transportista tiene sus propios puntos de entrega, y un paquete llevado al equivocado puede ser rechazado.`,
  'it-it': `Ogni corriere ha i propri punti di consegna, e un pacco portato a quello sbagliato può essere rifiutato.`,
};

/** How the French, German, Spanish and Italian bodies name the label (Italian continues the greeting, so lower case). */
export const DHL_EXPRESS_LABEL = {
  'fr-fr': `Votre étiquette de retour est une étiquette DHL Express (elle porte la mention « Express Worldwide DHL »)`,
  'de-de': `Ihr Rücksendeetikett ist ein DHL Express Etikett (darauf steht „Express Worldwide DHL“)`,
  'es-es': `Su etiqueta de devolución es una etiqueta de DHL Express (en ella pone «Express Worldwide DHL»)`,
  'it-it': `la sua etichetta di reso è un'etichetta DHL Express (riporta la dicitura «Express Worldwide DHL»)`,
};

/** The UK return guide's DHL Express steps, which every DHL Express label reply rests on. */
export const DHL_EXPRESS_LABEL_SOURCES: readonly TemplateSource[] = [
  {
    backs: ['DHL Express', 'Express Worldwide DHL', '2'],
    policy: 'return-an-item-uk.txt',
    quote: 'If you received a DHL Express label with "Express Worldwide DHL" on it, you have 2 options:',
  },
  { backs: ['DHL Service Point', 'DHL'], policy: 'return-an-item-uk.txt', quote: 'Option 1: Drop your parcel off at a DHL Service Point' },
  { backs: ['DHL'], policy: 'return-an-item-uk.txt', quote: 'Option 2: Schedule a pickup with DHL' },
  {
    backs: ['10'],
    policy: 'return-an-item-uk.txt',
    quote: 'Enter the DHL waybill number (a 10-digit number next to the word "WAYBILL" beneath the first barcode on your label)',
  },
  {
    backs: [],
    policy: 'return-an-item-uk.txt',
    quote: 'Be aware that drop-off points differ by courier and that your parcel can be rejected if you wind up at the wrong one.',
  },
];
