import { z } from 'zod';
import { orderAmountSchema } from './order-amount';

/**
 * What the content script reads from an open conversation. Every field the page might not show is optional or
 * nullable: a page whose layout changed still yields a snapshot, and `problems` names each part that could not
 * be read, so the panel can show the rest.
 */

export const WARRANTY_STATES = ['IN_WARRANTY', 'WATER_OR_DROPPED', 'THIRD_PARTY_REPAIR'] as const;
export const warrantyStateSchema = z.enum(WARRANTY_STATES);
export type WarrantyState = z.infer<typeof warrantyStateSchema>;

export const MESSAGE_AUTHORS = ['customer', 'merchant', 'backmarket', 'unknown'] as const;

/** Only http(s) URLs: a `javascript:` or `data:` link from the page is never treated as an attachment. */
export const httpUrlSchema = z
  .string()
  .max(4096)
  .refine((value) => {
    try {
      const { protocol } = new URL(value);
      return protocol === 'https:' || protocol === 'http:';
    } catch {
      return false;
    }
  }, 'must be an absolute http(s) URL');

export const attachmentSchema = z.object({
  url: httpUrlSchema,
  name: z.string().max(500),
  /** Declared by the page (file name or type attribute); the real type is known only after fetching. */
  mimeHint: z.string().max(100).nullable(),
});
export type Attachment = z.infer<typeof attachmentSchema>;

export const messageSchema = z.object({
  id: z.string().min(1).max(100),
  author: z.enum(MESSAGE_AUTHORS),
  authorName: z.string().max(200).nullable(),
  /** ISO 8601, as the page gives it. */
  date: z.string().max(64).nullable(),
  /** Plain text only; capped so a megabyte-long message cannot bloat storage or messaging. */
  text: z.string().max(20_000),
  attachments: z.array(attachmentSchema).max(50),
});
export type ConversationMessage = z.infer<typeof messageSchema>;

export const returnLabelSchema = z.object({
  url: httpUrlSchema.nullable(),
  state: z.enum(['USED', 'ALIVE', 'EXPIRED']).nullable(),
  direction: z.enum(['UNSET', 'CUSTOMER_TO_MERCHANT', 'MERCHANT_TO_CUSTOMER']).nullable(),
  createdAt: z.string().max(64).nullable(),
});
export type ReturnLabel = z.infer<typeof returnLabelSchema>;

/** The parts of a page an adapter reads; `problems` refer to them by these names. */
export const SNAPSHOT_PARTS = [
  'conversation',
  'folder id',
  'customer',
  'country',
  'order',
  'product',
  'category',
  'warranty state',
  'carrier',
  'return labels',
  'messages',
  'attachments',
  'composer',
] as const;
export type SnapshotPart = (typeof SNAPSHOT_PARTS)[number];

export const snapshotProblemSchema = z.object({
  part: z.enum(SNAPSHOT_PARTS),
  message: z.string().max(500),
});
export type SnapshotProblem = z.infer<typeof snapshotProblemSchema>;

/**
 * Where a part was read from, shown beside it in the panel: the platform's own JSON (`data`), the site adapter's
 * selectors (`adapter`), the structural reader's guess from the page's shape (`structure`), or a selector the agent
 * taught by pointing at the page (`taught`).
 */
export const PART_SOURCES = ['data', 'adapter', 'structure', 'taught'] as const;
export const partSourceSchema = z.enum(PART_SOURCES);
export type PartSource = z.infer<typeof partSourceSchema>;
export const partSourcesSchema = z.partialRecord(z.enum(SNAPSHOT_PARTS), partSourceSchema);
export type PartSources = z.infer<typeof partSourcesSchema>;

/** The customer's declared issues as the platform codes them (e.g. SCREEN_BLACK), with its label when shown. */
export const customerIssueSchema = z.object({
  code: z.string().min(1).max(100),
  label: z.string().max(300).nullable(),
});
export type CustomerIssue = z.infer<typeof customerIssueSchema>;

export const conversationSnapshotSchema = z.object({
  /** Site adapter id, e.g. `demo` or `backoffice`. */
  platform: z.string().min(1).max(50),
  /** `care` for after-sales folders, `buyback` for trade-in order threads. */
  kind: z.enum(['care', 'buyback']),
  folderId: z.string().min(1).max(100),
  url: httpUrlSchema,
  customer: z.object({
    firstName: z.string().max(200).nullable(),
    lastName: z.string().max(200).nullable(),
  }),
  /** Lowercase locale as in the Care API, e.g. `en-gb`, `en-us`. */
  country: z
    .string()
    .regex(/^[a-z]{2}-[a-z]{2}$/)
    .nullable(),
  orderId: z.string().max(100).nullable(),
  product: z.object({
    title: z.string().max(500).nullable(),
    /** The platform's own category name (category_3), e.g. `Smartphones`. */
    category: z.string().max(200).nullable(),
  }),
  warrantyState: warrantyStateSchema.nullable(),
  carrier: z.string().max(100).nullable(),
  trackingNumber: z.string().max(100).nullable(),
  /**
   * From the platform's data only: the return shipment's tracking numbers (customer to merchant; never the order's
   * outbound parcel) and the device's IMEIs as the order records them. Numbers read from attachments are checked
   * against them (utils/ocr/cross-check.ts). Absent when the platform gives none.
   */
  returnTrackingNumbers: z.array(z.string().max(100)).max(50).optional(),
  deviceImeis: z
    .array(z.string().regex(/^\d{15}$/))
    .max(4)
    .optional(),
  /** What the customer paid, from the platform's data only (absent when the data does not give it). */
  orderAmount: orderAmountSchema.nullable().optional(),
  returnLabels: z.array(returnLabelSchema).max(50),
  messages: z.array(messageSchema).max(2000),
  composerFound: z.boolean(),
  /** Per part, where it was read from (absent for parts not read, and in snapshots saved before sources existed). */
  sources: partSourcesSchema.optional(),
  issues: z.array(customerIssueSchema).max(50).optional(),
  /**
   * Loose facts (read from the page's structure) the agent confirmed; set by the panel from its stored choices,
   * never by a page read (see utils/sites/loose-facts.ts).
   */
  confirmedFacts: z.array(z.enum(SNAPSHOT_PARTS)).max(20).optional(),
  problems: z.array(snapshotProblemSchema).max(50),
  readAt: z.string().max(64),
});
export type ConversationSnapshot = z.infer<typeof conversationSnapshotSchema>;

/** How the panel names each declared warranty state. */
export const WARRANTY_STATE_LABELS: Record<WarrantyState, string> = {
  IN_WARRANTY: 'In warranty',
  WATER_OR_DROPPED: 'Liquid damage or drop',
  THIRD_PARTY_REPAIR: 'Repaired by a third party',
};

/**
 * Why the conversation's messages (or their attachments) could not be read, or null when they were. With that
 * reason the panel never says "no photos": an empty list then means "could not read", not "none sent".
 */
export function messagesNotRead(snapshot: Pick<ConversationSnapshot, 'problems'>): string | null {
  const problem = snapshot.problems.find((item) => item.part === 'messages' || item.part === 'attachments');
  return problem ? problem.message : null;
}
