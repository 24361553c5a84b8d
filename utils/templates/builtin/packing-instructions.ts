import { defineTemplate } from '../define';

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
  },
  sources: [
    { backs: [], policy: 'return-an-item.txt', quote: 'The box should be strong and sturdy with double- or triple-walled cardboard.' },
  ],
});
