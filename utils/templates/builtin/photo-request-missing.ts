import { defineTemplate } from '../define';
import { CLOSING, GREETING } from './shared/letter';

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
    'fr-fr': `${GREETING['fr-fr']}

Merci pour vos photos. Pour vous protéger en cas de litige avec le transporteur, nous avons besoin de photos individuelles montrant l'état général de votre {{product}} avant son renvoi.
{{#missing_shots}}
Nous n'avons pas encore reçu celles-ci :
{{/missing_shots}}{{#missing_shots}}- {{.}}
{{/missing_shots}}{{#reshoot_shots}}
Merci de reprendre celles-ci :
{{/reshoot_shots}}{{#reshoot_shots}}- {{.}}
{{/reshoot_shots}}
Veillez à ce que les photos soient nettes, lumineuses et si possible sans reflets, avec les boutons et les ports bien visibles. Si elles ne tiennent pas dans un seul message, vous pouvez les envoyer une par une.

${CLOSING['fr-fr']}`,
    'de-de': `${GREETING['de-de']}

vielen Dank für Ihre Fotos. Damit Sie bei einem Streitfall mit dem Versanddienstleister abgesichert sind, benötigen wir einzelne Fotos, die den allgemeinen Zustand Ihres Geräts ({{product}}) vor der Rücksendung zeigen.
{{#missing_shots}}
Diese Fotos fehlen uns noch:
{{/missing_shots}}{{#missing_shots}}- {{.}}
{{/missing_shots}}{{#reshoot_shots}}
Bitte nehmen Sie diese noch einmal auf:
{{/reshoot_shots}}{{#reshoot_shots}}- {{.}}
{{/reshoot_shots}}
Achten Sie bitte darauf, dass die Fotos scharf, hell und möglichst ohne Spiegelungen sind und Tasten und Anschlüsse gut zu erkennen sind. Wenn nicht alle in eine Nachricht passen, können Sie sie einzeln senden.

${CLOSING['de-de']}`,
    'es-es': `${GREETING['es-es']}

Gracias por las fotos. Para protegerle en caso de disputa con el transportista, necesitamos fotos individuales que muestren el estado general de su {{product}} antes de devolverlo.
{{#missing_shots}}
Todavía no hemos recibido estas:
{{/missing_shots}}{{#missing_shots}}- {{.}}
{{/missing_shots}}{{#reshoot_shots}}
Le rogamos que vuelva a hacer estas:
{{/reshoot_shots}}{{#reshoot_shots}}- {{.}}
{{/reshoot_shots}}
Asegúrese de que las fotos sean nítidas, luminosas y, a ser posible, sin reflejos, con los botones y los puertos bien visibles. Si no caben en un solo mensaje, puede enviarlas de una en una.

${CLOSING['es-es']}`,
    'it-it': `${GREETING['it-it']}

grazie per le foto. Per tutelarla in caso di contestazione con il corriere, abbiamo bisogno di foto singole che mostrino lo stato generale del suo {{product}} prima della restituzione.
{{#missing_shots}}
Queste non le abbiamo ancora ricevute:
{{/missing_shots}}{{#missing_shots}}- {{.}}
{{/missing_shots}}{{#reshoot_shots}}
La preghiamo di rifare queste:
{{/reshoot_shots}}{{#reshoot_shots}}- {{.}}
{{/reshoot_shots}}
Si assicuri che le foto siano nitide, luminose e possibilmente senza riflessi, con i tasti e le porte ben visibili. Se non entrano in un unico messaggio, può inviarle una alla volta.

${CLOSING['it-it']}`,
  },
  sources: [
    {
      backs: [],
      policy: 'return-an-item-uk.txt',
      quote:
        'To protect yourself in the event of a carrier dispute, please make sure you have proof of the general state of your item before returning it.',
    },
    {
      backs: [],
      policy: 'return-an-item-uk.txt',
      quote: 'If you are unable to send the photos in a single message, please send them individually.',
    },
  ],
});
