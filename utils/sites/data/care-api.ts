import { z } from 'zod';
import { foldMessageText } from '../read-dom';
import { WARRANTY_STATES, type ConversationMessage, type ReturnLabel, type WarrantyState } from '../snapshot';
import { fetchChecked } from './fetch-json';
import {
  addAttachments,
  authorFromSender,
  dataSources,
  fit,
  LIMITS,
  mergeIssues,
  MissingFields,
  ProblemList,
  readAttachmentList,
} from './facts';
import { localeFromCountry } from './market';
import { text } from './seller-after-sales-schemas';
import type { DataFacts, DataRead, DataReadInput } from './types';
import { orderAmountFrom } from '../order-amount';
import { t } from '../../i18n/translate';

/**
 * Reads a care folder from the public Care API (`GET /ws/sav/{id}`, getCareFolderDetailsResponse in
 * care-api-openapi.yml): the demo app's own pages load exactly this. Same rules as the back office's JSON: unknown
 * fields ignored, missing ones named, a wrong structure fails the read and the DOM is used.
 */

const list = z.array(z.unknown()).optional().catch(undefined);
const nested = <S extends z.ZodType>(schema: S) => schema.optional().catch(undefined);

const careMessageSchema = z.looseObject({ id: text, message: text, date_creation: text, attachments: list, initiator: text, kind: text });
const claimSchema = z.looseObject({ issues: list, declared_warranty_state: text, return_labels: list });
const issueSchema = z.looseObject({ customerIssue: text, tag: text });
const returnLabelSchema = z.looseObject({ label: text, state: text, kind: text, date_creation: text });
export const careFolderSchema = z.looseObject({
  id: text,
  client: nested(z.looseObject({ first_name: text, last_name: text })),
  merchant: nested(z.looseObject({ first_name: text, last_name: text, username: text })),
  country_code: text,
  orderline: nested(
    z.looseObject({
      order: nested(
        z.looseObject({ order_id: text, tracking_number: text, shipper_display: text, country_code: text, price: text, currency: text }),
      ),
      price: text,
      snapshot: nested(
        z.looseObject({
          product: nested(z.looseObject({ title: text, category_3: nested(z.looseObject({ category_name: text })) })),
        }),
      ),
    }),
  ),
  lines: list,
  /** A list when present: messages of another shape mean the answer changed. */
  messages: z.array(z.unknown()).optional(),
});

export const careApiFolderPath = (folderId: string) => `/ws/sav/${encodeURIComponent(folderId)}`;

function oneOf<T extends string>(values: readonly T[], value: string | undefined): T | null {
  return values.find((candidate) => candidate === value) ?? null;
}

export async function readCareApiFolder(input: DataReadInput & { folderId: string }): Promise<DataRead> {
  const { pageUrl, folderId, fetchJson } = input;
  const path = careApiFolderPath(folderId);
  const fetched = await fetchChecked(fetchJson, path, careFolderSchema);
  if (!fetched.ok) return { ok: false, reason: fetched.reason, message: t('pageReading.dataUnreadable', { reason: fetched.message }) };
  const folder = fetched.data;
  const base = new URL(pageUrl.origin);
  const problems = new ProblemList();
  if (folder.messages === undefined) problems.add('messages', t('pageReading.dataFieldMissing', { where: path, field: 'messages' }));

  // The folder names both sides once; each message says only which side wrote it.
  const fullName = (person: { first_name?: string; last_name?: string } | undefined) =>
    fit([person?.first_name, person?.last_name].filter(Boolean).join(' '), LIMITS.name);
  const authorNames: Record<ConversationMessage['author'], string | null> = {
    customer: fullName(folder.client),
    merchant: fullName(folder.merchant) ?? fit(folder.merchant?.username, LIMITS.name),
    backmarket: 'Back Market',
    unknown: null,
  };
  const missing = new MissingFields();
  const rawMessages = folder.messages ?? [];
  const messages: ConversationMessage[] = [];
  rawMessages.slice(0, LIMITS.messages).forEach((raw, index) => {
    const checked = careMessageSchema.safeParse(raw);
    if (!checked.success) {
      problems.add('messages', t('pageReading.dataMessageLeftOut', { where: path, number: String(index + 1) }));
      return;
    }
    const message = checked.data;
    missing.note('message', message.message);
    missing.note('initiator', message.initiator ?? message.kind);
    missing.note('date_creation', message.date_creation);
    // `initiator` is Client, Merchant or BackMarket; `kind` is SENDER_TO_RECEIVER.
    const author = authorFromSender(message.initiator ?? message.kind?.split('_TO_')[0]);
    const read: ConversationMessage = {
      id: fit(message.id, 100) ?? `m${index + 1}`,
      author,
      authorName: authorNames[author],
      date: fit(message.date_creation, LIMITS.date),
      // The Care API's message is plain text (the back office shows it as text): markup in it is the customer's words.
      text: foldMessageText(message.message ?? ''),
      attachments: [],
    };
    addAttachments(
      read,
      readAttachmentList(message.attachments ?? [], base, problems, t('pageReading.dataWhereMessage', { id: read.id })).map(
        (item) => item.attachment,
      ),
      problems,
    );
    messages.push(read);
  });
  missing.report(problems, 'messages', path, rawMessages.length);
  if (rawMessages.length > LIMITS.messages) problems.add('messages', t('pageReading.tooManyMessages', { limit: String(LIMITS.messages) }));

  const claims = (folder.lines ?? []).flatMap((line) => {
    const checked = claimSchema.safeParse(line);
    return checked.success ? [checked.data] : [];
  });
  const order = folder.orderline?.order;
  const product = folder.orderline?.snapshot?.product;
  const firstName = fit(folder.client?.first_name, LIMITS.name);
  const lastName = fit(folder.client?.last_name, LIMITS.name);
  if (!firstName && !lastName)
    problems.add('customer', t('pageReading.dataNameMissing', { where: path, first: 'client.first_name', last: 'client.last_name' }));
  const orderId = fit(order?.order_id, LIMITS.short);
  if (!orderId) problems.add('order', t('pageReading.dataFieldMissing', { where: path, field: 'orderline.order.order_id' }));
  const country = localeFromCountry(folder.country_code ?? order?.country_code);
  if (!country) problems.add('country', t('pageReading.dataFieldMissing', { where: path, field: 'country_code' }));
  // The spec's product snapshot has no title (the page shows it from a catalogue): not a gap, so not named.
  const title = fit(product?.title, LIMITS.title);
  const category = fit(product?.category_3?.category_name, LIMITS.category);
  if (!category)
    problems.add(
      'category',
      t('pageReading.dataFieldMissing', { where: path, field: 'orderline.snapshot.product.category_3.category_name' }),
    );

  const warrantyState: WarrantyState | null = oneOf(
    WARRANTY_STATES,
    claims.find((claim) => claim.declared_warranty_state)?.declared_warranty_state,
  );
  const returnLabels: ReturnLabel[] = claims
    .flatMap((claim) => claim.return_labels ?? [])
    .flatMap((raw) => {
      const checked = returnLabelSchema.safeParse(raw);
      if (!checked.success) return [];
      const label = checked.data;
      const url = label.label
        ? (readAttachmentList([label.label], base, problems, t('pageReading.dataWhereReturnLabel', { path }))[0]?.attachment.url ?? null)
        : null;
      return [
        {
          url,
          state: oneOf(['USED', 'ALIVE', 'EXPIRED'] as const, label.state),
          direction: oneOf(['UNSET', 'CUSTOMER_TO_MERCHANT', 'MERCHANT_TO_CUSTOMER'] as const, label.kind),
          createdAt: fit(label.date_creation, LIMITS.date),
        },
      ];
    })
    .slice(0, LIMITS.labels);
  const issues = mergeIssues(
    claims
      .flatMap((claim) => claim.issues ?? [])
      .flatMap((raw) => {
        const checked = issueSchema.safeParse(raw);
        return checked.success ? [{ code: checked.data.customerIssue, label: null }] : [];
      }),
  );

  const facts: Omit<DataFacts, 'sources'> = {
    kind: 'care',
    folderId: fit(folder.id, 100) ?? folderId,
    customer: { firstName, lastName },
    country,
    orderId,
    product: { title, category },
    warrantyState,
    carrier: fit(order?.shipper_display, LIMITS.short),
    trackingNumber: fit(order?.tracking_number, LIMITS.short),
    // The order's price (what the customer paid); the orderline's product price when the order does not give it.
    orderAmount: orderAmountFrom(order?.price ?? folder.orderline?.price, order?.currency),
    returnLabels,
    messages,
    issues,
  };
  return { ok: true, facts: { ...facts, sources: dataSources(facts) }, problems: problems.items };
}
