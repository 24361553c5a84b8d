import { defineTemplate } from '../define';

/**
 * The request the photo checklist drafts: exactly the shots still missing and the ones to take again, each with
 * its reason. Facts from the return guide (step 2): individual photos (no count: the checklist of other items is ours, not the guide's); clear, bright and ideally
 * reflection-free; buttons and ports clearly visible; sent one by one if they do not fit in a single message.
 */
export default defineTemplate({
  id: 'photo-request-missing',
  title: 'Photos: ask for the missing and unusable shots',
  folder: 'Photos',
  tags: ['photos', 'checklist', 'missing', 'reshoot'],
  abbreviation: ';photos',
  bodies: {
    'en-gb': `Hello {{first_name}},

Thank you for the photos. To protect you in case of a dispute with the carrier, we need individual photos showing the general condition of your {{product}} before it is sent back.
{{#missing_shots}}
We have not received these yet:
{{/missing_shots}}{{#missing_shots}}- {{.}}
{{/missing_shots}}{{#reshoot_shots}}
Please take these again:
{{/reshoot_shots}}{{#reshoot_shots}}- {{.}}
{{/reshoot_shots}}
Please make sure the photos are clear, bright and ideally free of reflections, with the buttons and ports clearly visible. If they don't fit in a single message, you can send them one by one.

Kind regards`,
    'en-us': `Hi {{first_name}},

Thanks for the photos. To protect you in case of a dispute with the carrier, we need individual photos showing the general condition of your {{product}} before it's shipped back.
{{#missing_shots}}
We haven't received these yet:
{{/missing_shots}}{{#missing_shots}}- {{.}}
{{/missing_shots}}{{#reshoot_shots}}
Please retake these:
{{/reshoot_shots}}{{#reshoot_shots}}- {{.}}
{{/reshoot_shots}}
Please make sure the photos are clear, bright and ideally reflection-free, with the buttons and ports clearly visible. If they don't fit in a single message, you can send them individually.

Best regards`,
  },
  sources: [
    { backs: [], policy: 'return-an-item-uk.txt', quote: 'To protect yourself in the event of a carrier dispute, please make sure you have proof of the general state of your item before returning it.' },
    { backs: [], policy: 'return-an-item-uk.txt', quote: 'If you are unable to send the photos in a single message, please send them individually.' },
  ],
});
