import { DEMO_IDENTIFIERS, withDhlExpressCheck, withLuhn } from '../identifiers';

/**
 * The new back office's care requests, served as the seller back office's own JSON
 * (../shared/backmarket-api/seller-after-sales.md). Synthetic: every name, id and number is invented. Attachment
 * files are the demo's drawn images (attachments.ts), served from the second origin; their URLs are made when served.
 *
 * Error variants (care id -> what answers instead of data), for the panel's fallback tests:
 *   e4010000-0000-4000-8000-000000000401  conversation answers 401
 *   e5000000-0000-4000-8000-000000000500  conversation answers 500
 *   e0000000-0000-4000-8000-00000000a7a1  conversation answers an HTML page (a sign-in redirect) with status 200
 *   e0000000-0000-4000-8000-00000005c4e3  conversation answers JSON of another shape (fails the schema)
 *   e4030000-0000-4000-8000-000000000403  conversation fine, customer endpoint answers 403
 */

export type NewBackofficeEndpoint =
  'conversation' | 'attachments' | 'product_returns' | 'customer_issues' | 'product' | 'customer' | 'requests';
export type EndpointFailure = 401 | 403 | 500 | 'html' | 'bad-schema';

export interface NewBackofficeAttachment {
  /** Path under the demo's attachments folder, `<folder>/<file>` (ATTACHMENT_SPECS). */
  file: string;
  messageId: string;
}

export interface NewBackofficeMessage {
  messageId: string;
  creationDate: string;
  /** HTML, as the platform stores what customers write. */
  content: string;
  sender: { senderId: string; displayName: string; type: 'CUSTOMER' | 'SELLER' | 'SYSTEM' };
  kind: 'AUTO' | 'MANUAL';
  isInformative: boolean;
}

export interface NewBackofficeCase {
  careId: string;
  ticketId: string;
  /** The orderline's public id: every endpoint's path carries it. */
  uuid: string;
  scenario: string;
  orderId: string;
  countryCode: string;
  customer: { firstName: string; lastName: string; email: string };
  /** `imei`: the device's IMEI as the order records it (shown by the cross-check case only). */
  product: { title: string; grade: string; sku: string; category: string; imei?: string };
  issues: { id: string; label: string }[];
  status: 'TODO' | 'LATE' | 'UPCOMING' | 'NO_ACTION_NEEDED' | 'COMPLETED';
  creationDate: string;
  messages: NewBackofficeMessage[];
  attachments: NewBackofficeAttachment[];
  productReturns: {
    id: string;
    status: string;
    carrier: { name: string };
    trackingNumber: string;
    labelFile: string | null;
    creationDate: string;
  }[];
  failures: Partial<Record<NewBackofficeEndpoint, EndpointFailure>>;
}

const SELLER = { senderId: '40213', displayName: 'TechRevive Care', type: 'SELLER' } as const;
const SYSTEM = { senderId: '0', displayName: 'Back Market', type: 'SYSTEM' } as const;
const customerSender = (id: string, name: string) => ({ senderId: id, displayName: name, type: 'CUSTOMER' }) as const;

/** A message someone wrote. */
const message = (
  messageId: string,
  creationDate: string,
  sender: NewBackofficeMessage['sender'],
  content: string,
): NewBackofficeMessage => ({
  messageId,
  creationDate,
  content,
  sender,
  kind: 'MANUAL',
  isInformative: false,
});

/** A notice the platform posts by itself. */
const notice = (messageId: string, creationDate: string, content: string): NewBackofficeMessage => ({
  messageId,
  creationDate,
  content,
  sender: SYSTEM,
  kind: 'AUTO',
  isInformative: true,
});

const photos = (folder: string, first: number, count: number, messageId: string): NewBackofficeAttachment[] =>
  Array.from({ length: count }, (_, index) => ({ file: `${folder}/IMG_${first + index}.jpg`, messageId }));

const sevenPhotos: NewBackofficeCase = {
  careId: '3b8f6a2c-51d4-4e7a-9c10-7a2e5d9f0c11',
  ticketId: '640118',
  uuid: '9e4c7b12-3f5a-4d86-a1b9-2c7e0f4d8a61',
  scenario: 'smartphone, seven device photos over two messages (attachments endpoint only)',
  orderId: '80417265',
  countryCode: 'GB',
  customer: { firstName: 'Hannah', lastName: 'Whitfield', email: 'hannah.whitfield@example.test' },
  product: { title: 'iPhone 13 128GB - Midnight - Unlocked', grade: 'Excellent', sku: 'TR-IP13-128-MID-A', category: 'Smartphones' },
  issues: [{ id: 'BATTERY_DRAINS_FAST', label: 'Battery drains fast' }],
  status: 'TODO',
  creationDate: '2026-11-20T08:41:00Z',
  messages: [
    notice('7310001', '2026-11-20T08:41:00Z', '<p>Your customer opened a request: <strong>Battery drains fast</strong>.</p>'),
    message(
      '7310002',
      '2026-11-20T08:44:00Z',
      customerSender('88120', 'Hannah Whitfield'),
      '<p>Hello,</p><p>the battery goes from 100% to 20% in three hours. Photos of the phone attached.</p>',
    ),
    message('7310003', '2026-11-20T08:47:00Z', customerSender('88120', 'Hannah Whitfield'), '<p>And the sides, top and bottom.</p>'),
    message(
      '7310004',
      '2026-11-20T10:02:00Z',
      SELLER,
      '<p>Hello Hannah,<br>thank you for the photos. We are checking them and will come back to you today.</p>',
    ),
  ],
  attachments: [...photos('104820113', 4101, 3, '7310002'), ...photos('104820113', 4104, 4, '7310003')],
  productReturns: [],
  failures: {},
};

const dhlLabel: NewBackofficeCase = {
  careId: '7c2d9e40-8a1b-4f3c-b5d6-1e9f2a7c4b22',
  ticketId: '640233',
  uuid: '4a1f8c3e-6b2d-4e9a-8f70-5d3c1b9e2a72',
  scenario: 'DHL Express return: label photo from the customer, carrier and tracking in product_returns',
  orderId: '80422918',
  countryCode: 'GB',
  customer: { firstName: 'Priya', lastName: 'Patel', email: 'priya.patel@example.test' },
  product: { title: 'Galaxy S22 128GB - Phantom Black - Unlocked', grade: 'Good', sku: 'TR-S22-128-BLK-B', category: 'Smartphones' },
  issues: [{ id: 'SCREEN_BLACK', label: "Screen doesn't display anything" }],
  status: 'UPCOMING',
  creationDate: '2026-11-16T14:05:00Z',
  messages: [
    message(
      '7320001',
      '2026-11-16T14:05:00Z',
      customerSender('88231', 'Priya Patel'),
      '<p>The screen stays black since yesterday. I would like a repair.</p>',
    ),
    message(
      '7320002',
      '2026-11-16T16:30:00Z',
      SELLER,
      '<p>Hello Priya,<br>please send the phone back with the DHL Express label; print it and stick it on the parcel.</p>',
    ),
    message('7320003', '2026-11-17T09:12:00Z', customerSender('88231', 'Priya Patel'), '<p>Done, here is the label on the parcel.</p>'),
  ],
  attachments: [{ file: '104820734/IMG_0457.jpg', messageId: '7320003' }],
  productReturns: [
    {
      id: 'pr-80422918-1',
      status: 'IN_TRANSIT',
      carrier: { name: 'DHL Express' },
      trackingNumber: DEMO_IDENTIFIERS.dhlExpressLabel.waybill,
      labelFile: '104820734/return-label-DHL.png',
      creationDate: '2026-11-16T16:29:00Z',
    },
  ],
  failures: {},
};

const frenchCustomer: NewBackofficeCase = {
  careId: '5e6a1d73-2c9b-4b8e-a4f1-0d7c3e8b6a33',
  ticketId: '640371',
  uuid: 'b7d2e5a9-1c4f-4a3b-9e8d-6f0a2c5b7d83',
  scenario: 'French customer writing in French, tablet photos, a hostile script and javascript: link in one message',
  orderId: '80431057',
  countryCode: 'FR',
  customer: { firstName: 'Camille', lastName: 'Lefèvre', email: 'camille.lefevre@example.test' },
  product: { title: 'iPad 9 (2021) 64GB - Gris sidéral - Wi-Fi', grade: 'Très bon état', sku: 'TR-IPAD9-64-GRY-A', category: 'Tablettes' },
  issues: [{ id: 'DOES_NOT_TURN_ON', label: "Ne s'allume pas" }],
  status: 'LATE',
  creationDate: '2026-11-18T18:22:00Z',
  messages: [
    message(
      '7330001',
      '2026-11-18T18:22:00Z',
      customerSender('88377', 'Camille Lefèvre'),
      "<p>Bonjour,</p><p>ma tablette ne s'allume plus depuis une chute d'eau &mdash; voici les photos.</p>" +
        '<script>document.title = "pwned"</script><p><a href="javascript:alert(1)">cliquez ici</a></p>',
    ),
    message(
      '7330002',
      '2026-11-19T09:10:00Z',
      SELLER,
      '<p>Bonjour Camille,<br>merci pour les photos. Pouvez-vous nous envoyer aussi le dessus et le dessous ?</p>',
    ),
  ],
  attachments: photos('104820257', 2210, 3, '7330001'),
  productReturns: [],
  failures: {},
};

/**
 * The platform's data and the customer's attachments disagree: the order records another IMEI than the *#06#
 * screenshot shows, and the return shipment another (valid) waybill than the label photo. The panel flags both and
 * fills no reply with the attachments' numbers.
 */
const numbersDisagree: NewBackofficeCase = {
  careId: '2f7b0c9e-4d61-4a8b-b3e2-9c5a1d7e8f44',
  ticketId: '640452',
  uuid: 'c3e8a1f6-7b2d-4c95-8e4a-1f6b9d2c7e54',
  scenario: 'numbers disagree: order IMEI and return waybill in the data differ from the screenshot and label photo',
  orderId: '80436612',
  countryCode: 'GB',
  customer: { firstName: 'Oliver', lastName: 'Brennan', email: 'oliver.brennan@example.test' },
  product: {
    title: 'Pixel 7 128GB - Obsidian - Unlocked',
    grade: 'Good',
    sku: 'TR-PX7-128-OBS-B',
    category: 'Smartphones',
    imei: withLuhn('35391611590724'),
  },
  issues: [{ id: 'SCREEN_BLACK', label: "Screen doesn't display anything" }],
  status: 'TODO',
  creationDate: '2026-11-22T09:15:00Z',
  messages: [
    message(
      '7340001',
      '2026-11-22T09:15:00Z',
      customerSender('88452', 'Oliver Brennan'),
      '<p>The screen went black. Here is the IMEI and the label on the parcel.</p>',
    ),
  ],
  attachments: [
    { file: '104820619/Screenshot_20261114-104302.png', messageId: '7340001' },
    { file: '104820734/IMG_0457.jpg', messageId: '7340001' },
  ],
  productReturns: [
    {
      id: 'pr-80436612-1',
      status: 'IN_TRANSIT',
      carrier: { name: 'DHL Express' },
      trackingNumber: withDhlExpressCheck('512803746'),
      labelFile: null,
      creationDate: '2026-11-22T09:00:00Z',
    },
  ],
  failures: {},
};

/** A small, valid case whose failing endpoint is the point. */
function failing(
  careId: string,
  uuid: string,
  ticketId: string,
  scenario: string,
  failures: NewBackofficeCase['failures'],
): NewBackofficeCase {
  return {
    careId,
    ticketId,
    uuid,
    scenario,
    orderId: `8049${ticketId.slice(-4)}`,
    countryCode: 'GB',
    customer: { firstName: 'Sam', lastName: `Tester ${ticketId}`, email: `tester-${ticketId}@example.test` },
    product: { title: 'AirPods Pro (2nd gen)', grade: 'Good', sku: 'TR-APP2-B', category: 'Headphones' },
    issues: [{ id: 'OTHER', label: 'Other' }],
    status: 'TODO',
    creationDate: '2026-11-21T12:00:00Z',
    messages: [
      message(`79${ticketId}`, '2026-11-21T12:00:00Z', customerSender('88999', `Sam Tester ${ticketId}`), '<p>One earbud is silent.</p>'),
    ],
    attachments: [{ file: '104820878/IMG_9051.jpg', messageId: `79${ticketId}` }],
    productReturns: [],
    failures,
  };
}

export const NEW_BACKOFFICE_CASES: NewBackofficeCase[] = [
  sevenPhotos,
  dhlLabel,
  frenchCustomer,
  numbersDisagree,
  failing('e4010000-0000-4000-8000-000000000401', 'e4010000-aaaa-4000-8000-000000000401', '640401', 'conversation answers 401', {
    conversation: 401,
  }),
  failing('e5000000-0000-4000-8000-000000000500', 'e5000000-aaaa-4000-8000-000000000500', '640500', 'conversation answers 500', {
    conversation: 500,
  }),
  failing('e0000000-0000-4000-8000-00000000a7a1', 'e0000000-aaaa-4000-8000-00000000a7a1', '640601', 'conversation answers an HTML page', {
    conversation: 'html',
  }),
  failing('e0000000-0000-4000-8000-00000005c4e3', 'e0000000-aaaa-4000-8000-00000005c4e3', '640602', 'conversation fails the schema', {
    conversation: 'bad-schema',
  }),
  failing('e4030000-0000-4000-8000-000000000403', 'e4030000-aaaa-4000-8000-000000000403', '640403', 'customer endpoint answers 403', {
    customer: 403,
  }),
];

/** Page paths of the new back office. */
export const NEW_BACKOFFICE_LIST_PATH = '/bo-seller/customer-care/all-requests';
export const newBackofficePath = (careId: string) => `/bo-seller/customer-care/help-requests/${encodeURIComponent(careId)}`;
