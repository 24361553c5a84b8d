import { ProblemList } from '../read-dom';
import type { Attachment, ConversationMessage, CustomerIssue, PartSources, SnapshotPart } from '../snapshot';
import { attachmentFromElement } from './attachment-element';
import type { DataFacts } from './types';
import { t } from '../../i18n/translate';

/** Helpers both JSON readers share: cutting values to the snapshot's limits and naming what was missing. */

export const LIMITS = {
  name: 200,
  short: 100,
  title: 500,
  category: 200,
  date: 64,
  messages: 2000,
  attachments: 50,
  issues: 50,
  labels: 50,
} as const;

/** Trimmed and cut to `max`, null when empty: values that do not fit are cut, never fatal. */
export function fit(value: string | null | undefined, max: number): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed.slice(0, max) : null;
}

/** SELLER / MERCHANT -> merchant, CUSTOMER / CLIENT -> customer, SYSTEM / BACKMARKET -> backmarket. */
export function authorFromSender(type: string | null | undefined): ConversationMessage['author'] {
  const who = (type ?? '').toLowerCase().replace(/[^a-z]/g, '');
  if (who === 'customer' || who === 'client') return 'customer';
  if (who === 'seller' || who === 'merchant') return 'merchant';
  if (who === 'system' || who === 'backmarket' || who === 'bm') return 'backmarket';
  return 'unknown';
}

/**
 * Counts fields missing across many items (messages) so one problem says "date missing in 3 of 40 messages"
 * instead of forty problems crowding out the rest.
 */
export class MissingFields {
  private readonly counts = new Map<string, number>();

  note(field: string, present: unknown): void {
    if (present === undefined || present === null || present === '') this.counts.set(field, (this.counts.get(field) ?? 0) + 1);
  }

  /** Names each field missing in some of `total` messages read from `source`. */
  report(problems: ProblemList, part: SnapshotPart, source: string, total: number): void {
    for (const [field, count] of this.counts) {
      problems.add(part, t('pageReading.dataFieldMissingInMessages', { where: source, field, count, total }));
    }
  }
}

/** Reads an `attachments` array, naming each element that could not be understood. */
export function readAttachmentList(elements: readonly unknown[], base: URL, problems: ProblemList, where: string) {
  const read: { attachment: Attachment; messageId: string | null; uploader: string | null }[] = [];
  elements.forEach((element, index) => {
    const result = attachmentFromElement(element, base);
    if (result.ok) read.push(result);
    else problems.add('attachments', t('pageReading.attachmentProblem', { where, number: String(index + 1), problem: result.problem }));
  });
  return read;
}

/** Adds attachments not yet in the list (same URL once), up to the snapshot's limit per message. */
export function addAttachments(message: ConversationMessage, extra: readonly Attachment[], problems: ProblemList): void {
  for (const attachment of extra) {
    if (message.attachments.some((known) => known.url === attachment.url)) continue;
    if (message.attachments.length >= LIMITS.attachments) {
      problems.add('attachments', t('pageReading.tooManyAttachments', { id: message.id, limit: String(LIMITS.attachments) }));
      return;
    }
    message.attachments.push(attachment);
  }
}

/** Issue codes once each, a label kept from whichever source gave one. */
export function mergeIssues(issues: readonly { code?: string | null; label?: string | null }[]): CustomerIssue[] {
  const byCode = new Map<string, CustomerIssue>();
  for (const issue of issues) {
    const code = fit(issue.code, 100);
    if (!code) continue;
    const label = fit(issue.label, 300);
    const known = byCode.get(code);
    if (!known) byCode.set(code, { code, label });
    else if (!known.label && label) known.label = label;
  }
  return [...byCode.values()].slice(0, LIMITS.issues);
}

/** `data` for every part the facts fill. */
export function dataSources(facts: Omit<DataFacts, 'sources'>): PartSources {
  const sources: PartSources = { conversation: 'data', 'folder id': 'data', messages: 'data' };
  if (facts.customer.firstName || facts.customer.lastName) sources.customer = 'data';
  if (facts.country) sources.country = 'data';
  if (facts.orderId) sources.order = 'data';
  // Title and category are one field of the snapshot (product): claimed only when the data has the title, so a
  // page that shows the title the data lacks (the Care API has none) keeps it.
  if (facts.product.title) sources.product = 'data';
  if (facts.product.title && facts.product.category) sources.category = 'data';
  if (facts.warrantyState) sources['warranty state'] = 'data';
  if (facts.carrier || facts.trackingNumber) sources.carrier = 'data';
  if (facts.returnLabels.length > 0) sources['return labels'] = 'data';
  if (facts.messages.some((message) => message.attachments.length > 0)) sources.attachments = 'data';
  return sources;
}

export { ProblemList };
