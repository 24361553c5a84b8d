import { defineTemplate } from '../define';
import { CLOSING, GREETING } from './shared/letter';

/**
 * How to pack the return. Facts from the return guide, step 7: no reused old boxes (less rigid, may be refused at
 * drop-off); a strong double- or triple-walled cardboard box; padding (bubble wrap, airbags, cardboard, foam
 * peanuts) so nothing moves and no empty space; pressure-sensitive tape, not cellophane tape, masking tape,
 * string or rope, over corners and seams (centre and edges); label on top, spare label inside; photos of the
 * inside (item snug) and outside (label visible), kept in case of a carrier dispute; proof of drop-off.
 */
export default defineTemplate({
  id: 'packing-instructions',
  title: 'Parcel: how to pack the item',
  folder: 'Packing and shipping',
  tags: ['packing', 'box', 'parcel', 'label', 'return'],
  abbreviation: ';pack',
  bodies: {
    'en-gb': `Hello{{#first_name}} {{first_name}}{{/first_name}},

Electronics are fragile, so here is how to pack {{#product}}your {{product}}{{/product}}{{^product}}your item{{/product}} so it reaches the seller undamaged:

- Use a strong, sturdy box made of double- or triple-walled cardboard. Please don't reuse an old box: it may have lost its stiffness, and the carrier can refuse it when you drop it off.
- Wrap the item and wedge it in place with padding (bubble wrap, air cushions, cardboard or foam chips) so it can't move in transit. There should be no empty space left in the box.
- Seal the box with pressure-sensitive tape (not clear sticky tape, masking tape, string or rope), and cover every corner and seam, along the centre and the edges.
- Stick the return label on the top of the box. You can also put a spare copy of the label inside the box, so the parcel can still be identified if the outer label comes off or gets damaged.

To be extra safe:
- Before sending it, take photos of the inside of the parcel, with the item snugly in place, and of the outside, with the return label clearly visible. You don't need to send them to us now, but they can make all the difference if there's ever an investigation with the carrier.
- When you drop the parcel off, ask for proof that you handed it over (a stamp or a receipt).

Kind regards`,
    'en-us': `Hi{{#first_name}} {{first_name}}{{/first_name}},

Electronics are fragile, so here's how to pack {{#product}}your {{product}}{{/product}}{{^product}}your item{{/product}} so it arrives at the seller undamaged:

- Use a strong, sturdy box made of double- or triple-walled cardboard. Please don't reuse an old box: it may have lost its rigidity, and the carrier can refuse it at drop-off.
- Wrap the item and hold it in place with padding (bubble wrap, air pillows, cardboard, or packing peanuts) so it can't move during shipping. There shouldn't be any empty space left in the box.
- Seal the box with pressure-sensitive tape (not cellophane tape, masking tape, string, or rope), and cover every corner and seam, along the center and the edges.
- Stick the return label on the top of the box. You can also put a spare copy of the label inside the box, so the package can still be identified if the outer label comes off or gets damaged.

To be extra safe:
- Before shipping it, take photos of the inside of the package, with the item snugly in place, and of the outside, with the return label clearly visible. You don't need to send them to us now, but they can make all the difference if there's ever a dispute with the carrier.
- When you drop off the package, ask for proof that you handed it over (a stamp or a receipt).

Best regards`,
    'fr-fr': `${GREETING['fr-fr']}

L'électronique est fragile : voici comment emballer {{#product}}votre {{product}}{{/product}}{{^product}}votre article{{/product}} pour qu'il arrive intact chez le vendeur.

- Utilisez un carton solide et rigide, à double ou triple cannelure. Évitez de réutiliser un vieux carton : il a pu perdre de sa rigidité, et le transporteur peut le refuser au dépôt.
- Enveloppez l'article et calez-le avec du rembourrage (papier bulle, coussins d'air, carton ou chips de calage) pour qu'il ne bouge pas pendant le transport. Il ne doit rester aucun espace vide dans le carton.
- Fermez le carton avec du ruban adhésif d'emballage (pas de ruban adhésif transparent de bureau, de ruban de masquage, de ficelle ni de corde), en couvrant chaque coin et chaque jointure, au centre comme sur les bords.
- Collez l'étiquette de retour sur le dessus du carton. Vous pouvez aussi glisser une copie de l'étiquette à l'intérieur, pour que le colis reste identifiable si l'étiquette extérieure se décolle ou s'abîme.

Pour plus de sécurité :
- Avant l'envoi, photographiez l'intérieur du colis, avec l'article bien calé, et l'extérieur, avec l'étiquette de retour bien visible. Inutile de nous les envoyer maintenant, mais elles peuvent être décisives en cas d'enquête auprès du transporteur.
- Au dépôt du colis, demandez une preuve de remise (un tampon ou un reçu).

${CLOSING['fr-fr']}`,
    'de-de': `${GREETING['de-de']}

Elektronik ist empfindlich, deshalb hier einige Hinweise, wie Sie Ihren Artikel{{#product}} ({{product}}){{/product}} verpacken, damit er unbeschädigt beim Verkäufer ankommt:

- Verwenden Sie einen stabilen, festen Karton aus doppel- oder dreiwelliger Pappe. Bitte verwenden Sie keinen alten Karton wieder: Er kann an Stabilität verloren haben, und der Versanddienstleister kann ihn bei der Abgabe ablehnen.
- Wickeln Sie den Artikel ein und polstern Sie ihn ab (Luftpolsterfolie, Luftkissen, Pappe oder Füllchips), damit er sich beim Transport nicht bewegt. Im Karton darf kein leerer Raum bleiben.
- Verschließen Sie den Karton mit druckempfindlichem Packband (kein Klebefilm, kein Kreppband, keine Schnur und kein Seil) und kleben Sie alle Ecken und Nähte ab, in der Mitte wie an den Kanten.
- Kleben Sie das Rücksendeetikett oben auf den Karton. Sie können zusätzlich eine Kopie des Etiketts in den Karton legen, damit das Paket auch dann zugeordnet werden kann, wenn sich das äußere Etikett löst oder beschädigt wird.

Zur zusätzlichen Sicherheit:
- Fotografieren Sie vor dem Versand das Innere des Pakets, mit dem gut gepolsterten Artikel, und die Außenseite, mit gut sichtbarem Rücksendeetikett. Sie müssen uns die Fotos jetzt nicht schicken, aber bei einer Nachforschung beim Versanddienstleister können sie entscheidend sein.
- Lassen Sie sich bei der Abgabe des Pakets die Übergabe bestätigen (Stempel oder Quittung).

${CLOSING['de-de']}`,
    'es-es': `${GREETING['es-es']}

Los aparatos electrónicos son frágiles, así que le explicamos cómo embalar {{#product}}su {{product}}{{/product}}{{^product}}su artículo{{/product}} para que llegue al vendedor sin daños:

- Use una caja fuerte y resistente, de cartón de doble o triple canal. Le rogamos que no reutilice una caja vieja: puede haber perdido rigidez y el transportista puede rechazarla al entregarla.
- Envuelva el artículo y sujételo con material de relleno (plástico de burbujas, cojines de aire, cartón o chips de embalaje) para que no se mueva durante el transporte. No debe quedar ningún espacio vacío en la caja.
- Cierre la caja con cinta adhesiva de embalar (no cinta adhesiva transparente de oficina, cinta de carrocero, cordel ni cuerda) y cubra todas las esquinas y juntas, tanto en el centro como en los bordes.
- Pegue la etiqueta de devolución en la parte superior de la caja. También puede meter una copia de la etiqueta dentro, para que el paquete se pueda identificar si la etiqueta exterior se despega o se estropea.

Para mayor seguridad:
- Antes del envío, haga fotos del interior del paquete, con el artículo bien sujeto, y del exterior, con la etiqueta de devolución bien visible. No hace falta que nos las envíe ahora, pero pueden ser decisivas si alguna vez hay una investigación con el transportista.
- Al entregar el paquete, pida un comprobante de entrega (un sello o un recibo).

${CLOSING['es-es']}`,
    'it-it': `${GREETING['it-it']}

i dispositivi elettronici sono fragili: ecco come imballare il suo prodotto{{#product}} ({{product}}){{/product}} perché arrivi integro al venditore.

- Usi una scatola robusta e resistente, in cartone a doppia o tripla onda. Eviti di riutilizzare una scatola vecchia: potrebbe aver perso rigidità e il corriere può rifiutarla al momento della consegna.
- Avvolga il prodotto e lo blocchi con materiale di riempimento (pluriball, cuscini d'aria, cartone o chips da imballaggio) in modo che non si muova durante il trasporto. Nella scatola non deve restare spazio vuoto.
- Chiuda la scatola con nastro adesivo da imballaggio (non scotch trasparente da ufficio, nastro di carta, spago o corda) e copra ogni angolo e ogni giunzione, al centro e sui bordi.
- Applichi l'etichetta di reso sul lato superiore della scatola. Può anche inserire una copia dell'etichetta all'interno, così il pacco resta identificabile se l'etichetta esterna si stacca o si rovina.

Per maggiore sicurezza:
- Prima della spedizione, fotografi l'interno del pacco, con il prodotto ben fermo, e l'esterno, con l'etichetta di reso ben visibile. Non serve inviarcele ora, ma possono essere decisive in caso di indagine con il corriere.
- Quando consegna il pacco, chieda una prova dell'avvenuta consegna (un timbro o una ricevuta).

${CLOSING['it-it']}`,
  },
  sources: [
    { backs: [], policy: 'return-an-item.txt', quote: 'The box should be strong and sturdy with double- or triple-walled cardboard.' },
  ],
});
