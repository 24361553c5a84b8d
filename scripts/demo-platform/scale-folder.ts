/**
 * A very long care conversation for the scale benchmark (npm run bench -- --only scale-browser): 300 messages and
 * 150 photos from the customer, built in code (deterministic) rather than stored as a 300-message JSON file. It is
 * served only by `startDemoPlatform({ scale: true })`, and is not one of `listDemoConversations()`, so the browser
 * suites that visit every demo conversation neither see it nor wait for its photos to be drawn.
 *
 * The photos are drawn by scale-images.ts into their own cache folder; this module only says what they show.
 */
import type { CareFolder, CareMessage } from './data/types';
import type { DeviceView } from './attachments';

export const SCALE_FOLDER_ID = '104821300';
export const SCALE_MESSAGE_COUNT = 300;
export const SCALE_PHOTO_COUNT = 150;
/** Every tenth photo is a full 12 MP camera original; the rest are 3 MP, as messaging apps often resize them. */
export const SCALE_FULL_SIZE_EVERY = 10;

export interface ScalePhotoSpec {
  /** `<folder id>/<file name>`, as in attachments.ts. */
  file: string;
  view: DeviceView;
  colour: string;
  surface: 'wood' | 'fabric' | 'desk';
  seed: number;
  width: number;
  height: number;
}

const VIEWS: DeviceView[] = ['screen-on', 'screen-off', 'back', 'left', 'right', 'top', 'bottom'];
const COLOURS = ['#1d2330', '#f2efe9', '#8fb3d9', '#b3272d', '#2e4d3a'];
const SURFACES = ['wood', 'fabric', 'desk'] as const;
const FIRST_IMAGE_NUMBER = 5001;

export const SCALE_PHOTOS: ScalePhotoSpec[] = Array.from({ length: SCALE_PHOTO_COUNT }, (_, index) => {
  const fullSize = index % SCALE_FULL_SIZE_EVERY === SCALE_FULL_SIZE_EVERY - 1;
  return {
    file: `${SCALE_FOLDER_ID}/IMG_${FIRST_IMAGE_NUMBER + index}.jpg`,
    view: VIEWS[index % VIEWS.length]!,
    colour: COLOURS[Math.floor(index / VIEWS.length) % COLOURS.length]!,
    surface: SURFACES[Math.floor(index / 3) % SURFACES.length]!,
    seed: 900_000 + index,
    width: fullSize ? 4032 : 2016,
    height: fullSize ? 3024 : 1512,
  };
});

const CUSTOMER_LINES = [
  'Here is another one, sorry the light is not great in my flat.',
  'The screen flickers again this morning, I took a picture while it happened.',
  'I tried a different charger like you suggested, same problem. Photo attached.',
  'Is this what you meant? I can take it again in daylight if needed.',
  'Battery went from 100% to 31% overnight with nothing open. Screenshots of the settings are coming.',
  'My neighbour has the same model and hers does not get warm like mine does.',
];
const MERCHANT_LINES = [
  'Thanks, received. Could you also send the same side with the case removed?',
  'Noted. Our technician will look at these photos today.',
  'Thank you for your patience. Please keep the phone switched off until the courier comes.',
  'That helps, thank you. One more from the other side please, with the screen on.',
];

function isoAt(minutesAfterStart: number): string {
  const start = Date.UTC(2026, 9, 1, 8, 0, 0);
  return new Date(start + minutesAfterStart * 60_000).toISOString().replace(/\.\d{3}Z$/, '+00:00');
}

/** How many photos the customer's n-th message carries: 1, 2, 0, 1 repeating (one per message on average). */
function photosInCustomerMessage(index: number): number {
  return [1, 2, 0, 1][index % 4]!;
}

function buildMessages(): CareMessage[] {
  const messages: CareMessage[] = [
    {
      id: 6213000001,
      message:
        'Hannah opened a return request for this item.\nReason: the screen flickers and the phone gets hot while charging.\nChosen resolution: repair.\nPlease reply within 2 working days.',
      date_creation: isoAt(0),
      attachments: [],
      initiator: 'BackMarket',
      kind: 'BACKMARKET_TO_ALL',
      is_informative: true,
    },
  ];
  let photo = 0;
  let customerIndex = 0;
  let attachmentId = 8840001;
  while (messages.length < SCALE_MESSAGE_COUNT) {
    const index = messages.length;
    const fromCustomer = index % 2 === 1;
    const minutes = index * 47;
    if (fromCustomer) {
      const remainingCustomerMessages = Math.ceil((SCALE_MESSAGE_COUNT - index) / 2);
      const remainingPhotos = SCALE_PHOTO_COUNT - photo;
      // The last messages take whatever the pattern left over, so the total is exactly SCALE_PHOTO_COUNT.
      const count = Math.min(
        remainingPhotos,
        Math.max(photosInCustomerMessage(customerIndex), remainingPhotos - (remainingCustomerMessages - 1) * 2),
      );
      const attachments = SCALE_PHOTOS.slice(photo, photo + count).map((spec) => ({
        id: attachmentId++,
        attachment: `/attachments/${spec.file}`,
        date_creation: isoAt(minutes),
      }));
      photo += count;
      const line = CUSTOMER_LINES[customerIndex % CUSTOMER_LINES.length]!;
      messages.push({
        id: 6213000001 + index,
        // Every seventh message is long, as people paste whole stories into support threads.
        message:
          customerIndex % 7 === 3 ? `${line} ${'I really need this phone for work and it has been weeks now. '.repeat(8).trim()}` : line,
        date_creation: isoAt(minutes),
        attachments,
        initiator: 'Client',
        kind: 'CLIENT_TO_MERCHANT',
        is_informative: false,
      });
      customerIndex++;
    } else {
      messages.push({
        id: 6213000001 + index,
        message: `Hi Hannah, ${MERCHANT_LINES[(index / 2) % MERCHANT_LINES.length]!}\nRiya - TechRevive`,
        date_creation: isoAt(minutes),
        attachments: [],
        initiator: 'Merchant',
        kind: 'MERCHANT_TO_CLIENT',
        is_informative: false,
      });
    }
  }
  return messages;
}

/** A fresh copy of the long conversation (the server appends posted messages to its copy). */
export function scaleCareFolder(): CareFolder {
  const messages = buildMessages();
  const last = messages.at(-1)!.date_creation!;
  return {
    id: Number(SCALE_FOLDER_ID),
    backcare: false,
    client: { id: 0, username: '', first_name: 'Hannah', last_name: 'Whitfield', email: 'hannah.whitfield@example.co.uk' },
    country_code: 'en-gb',
    date_creation: messages[0]!.date_creation,
    date_last_message: last,
    date_modification: last,
    state: 0,
    merchant: { id: 40213, username: 'care@techrevive.example', first_name: 'Riya', last_name: 'Patel' },
    orderline: {
      id: 70999301,
      order: {
        order_id: 58299301,
        tracking_number: '4927318840',
        shipper: 12,
        shipper_display: 'DHL Express',
        country_code: 'en-gb',
      },
      snapshot: { product: { product_id: 412958, category_3: { category_name: 'Smartphones' } }, sku: 'TR-IP13-128-MID-A' },
    },
    lines: [
      {
        id: 3399301,
        issues: [{ customerIssue: 'SCREEN_FLICKERING', tag: 'TECHNICAL' }],
        state: 0,
        resolution_choice: 'REPAIR',
        declared_warranty_state: 'IN_WARRANTY',
        return_labels: [],
      },
    ],
    messages,
  } as CareFolder;
}
