import { z } from 'zod';

/**
 * The seller back office's own JSON, as observed (../shared/backmarket-api/seller-after-sales.md). Not a contract:
 * unknown fields are ignored, every field may be missing (the reader names what it missed), and a leaf of the
 * wrong type counts as missing. Only a changed structure (no list where a list was, a message that is not an
 * object) makes an answer fail its schema. Renamed fields seen or likely are listed beside the observed name.
 */

/** A string (or a number, for ids); anything else counts as missing. */
export const text = z.union([z.string(), z.number()]).transform(String).optional().catch(undefined);
const flag = z.boolean().optional().catch(undefined);
const list = z.array(z.unknown()).optional().catch(undefined);
const nested = <S extends z.ZodType>(schema: S) => schema.optional().catch(undefined);

/** A list answered bare or wrapped in an object under one of `keys` (paged answers). */
export function listAnswer(...keys: string[]) {
  return z.union([
    z.array(z.unknown()),
    z.looseObject({}).transform((value, context) => {
      const key = keys.find((candidate) => Array.isArray(value[candidate]));
      if (key) return value[key] as unknown[];
      context.addIssue({ code: 'custom', message: `expected a list, or an object with ${keys.join(' or ')}` });
      return z.NEVER;
    }),
  ]);
}

/** A single object answered bare or wrapped under `key` (`{ "customer": {...} }`). */
function objectAnswer<S extends z.ZodObject>(key: string, schema: S) {
  return z.union([z.looseObject({ [key]: schema }).transform((value) => value[key] as z.output<S>), schema]);
}

// GET /seller-after-sales/api/v1/orderlines/{uuid}/conversation
export const senderSchema = z.looseObject({ senderId: text, displayName: text, type: text, name: text });
export const conversationMessageSchema = z.looseObject({
  messageId: text,
  id: text,
  creationDate: text,
  createdAt: text,
  content: text,
  body: text,
  sender: nested(senderSchema),
  kind: text,
  attachments: list,
  isInformative: flag,
});
export type ConversationMessageData = z.output<typeof conversationMessageSchema>;

export const issueSchema = z.union([
  z.string().transform((code) => ({ code, label: undefined })),
  z
    .looseObject({ id: text, type: text, code: text, label: text, translationKey: text, name: text })
    .transform((issue) => ({ code: issue.id ?? issue.type ?? issue.code, label: issue.label ?? issue.name ?? issue.translationKey })),
]);

export const conversationRequestSchema = z.looseObject({
  requestId: text,
  id: text,
  creationDate: text,
  customerIssues: list,
  /** Required as a list when present: messages of another shape mean the answer changed, not a gap. */
  messages: z.array(z.unknown()).optional(),
});
export const conversationAnswerSchema = listAnswer('requests', 'conversation', 'results').pipe(z.array(conversationRequestSchema));

// GET /seller-after-sales/api/v1/requests and .../orderlines/{uuid}/requests
export const careRequestSchema = z.looseObject({
  id: text,
  ticketId: text,
  order: nested(z.looseObject({ id: text, countryCode: text, orderlineId: text, orderlinePublicId: text })),
  customer: nested(z.looseObject({ firstName: text, lastName: text })),
  issues: list,
  status: text,
});
export type CareRequestData = z.output<typeof careRequestSchema>;
export const requestsAnswerSchema = listAnswer('requests', 'results', 'items');

// GET .../orderlines/{uuid}/attachments (elements: see attachment-element.ts)
export const attachmentsAnswerSchema = listAnswer('attachments', 'files', 'results');

// GET .../orderlines/{uuid}/product_returns
const namedThing = z.union([
  z.string(),
  z.looseObject({ name: text, displayName: text, label: text }).transform((thing) => thing.displayName ?? thing.name ?? thing.label),
]);
export const productReturnSchema = z.looseObject({
  carrier: nested(namedThing),
  carrierName: text,
  shipper: nested(namedThing),
  shipperName: text,
  trackingNumber: text,
  tracking_number: text,
  trackingId: text,
  labelUrl: text,
  returnLabelUrl: text,
  label: nested(z.union([z.string(), z.looseObject({ url: text }).transform((label) => label.url)])),
  status: text,
  creationDate: text,
  createdAt: text,
});
export type ProductReturnData = z.output<typeof productReturnSchema>;
export const productReturnsAnswerSchema = z.union([
  listAnswer('productReturns', 'product_returns', 'returns', 'results'),
  productReturnSchema.transform((single) => [single] as unknown[]),
]);

// GET /seller-after-sales/composition_api/v1/orderlines/{uuid}/customer_issues
export const customerIssuesAnswerSchema = listAnswer('customerIssues', 'customer_issues', 'issues', 'results');

// GET /bm/customer_request/orderlines/{uuid}/product
export const productSchema = z.looseObject({
  title: text,
  name: text,
  grade: text,
  sku: text,
  image: text,
  category: nested(namedThing),
  categoryName: text,
  /** The device's IMEI, when the product answer carries one (not observed on live pages yet). */
  imei: text,
});
export const productAnswerSchema = objectAnswer('product', productSchema);

// GET /bm/customer_request/orderlines/{uuid}/customer
export const customerSchema = z.looseObject({
  firstName: text,
  lastName: text,
  first_name: text,
  last_name: text,
  countryCode: text,
  country: text,
});
export const customerAnswerSchema = objectAnswer('customer', customerSchema);
