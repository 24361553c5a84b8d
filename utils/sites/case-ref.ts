import { z } from 'zod';
import type { SnapshotRead } from '../messages';
import type { ConversationSnapshot } from './snapshot';
import { t } from '../i18n/translate';

/**
 * The conversation an action was prepared for. Every insert, copy and expansion carries one; the content script
 * reads the page again and refuses the action when the page now shows another conversation (a single-page
 * navigation while a macro waited) or the same one with other facts, so one customer's facts never land in
 * another customer's reply.
 */
export const caseRefSchema = z.object({
  platform: z.string().min(1).max(50),
  folderId: z.string().min(1).max(100),
  /** Of the facts a reply is filled from (see caseFingerprint). */
  fingerprint: z.string().min(1).max(32),
  /** How the agent knows the conversation, for the refusal message: "folder 104820113 (Amelia Hart)". */
  label: z.string().max(300),
});
export type CaseRef = z.infer<typeof caseRefSchema>;

/** FNV-1a, 32 bits: enough to tell two snapshots' facts apart; not a security boundary (the ids are compared too). */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

type CaseFacts = Pick<
  ConversationSnapshot,
  'platform' | 'folderId' | 'orderId' | 'customer' | 'country' | 'trackingNumber' | 'carrier' | 'product' | 'warrantyState'
>;

/** The facts templates are filled from; messages are left out so a new message does not void a prepared reply. */
export function caseFingerprint(snapshot: CaseFacts): string {
  const { platform, folderId, orderId, customer, country, trackingNumber, carrier, product, warrantyState } = snapshot;
  return fnv1a(
    JSON.stringify([
      platform,
      folderId,
      orderId,
      customer.firstName,
      customer.lastName,
      country,
      trackingNumber,
      carrier,
      product.title,
      warrantyState,
    ]),
  );
}

/** "conversation 123 (Jane Doe, order 456)", in the interface's language (the refusals quote it). */
export function caseLabel(snapshot: Pick<ConversationSnapshot, 'folderId' | 'customer' | 'orderId'>): string {
  const name = [snapshot.customer.firstName, snapshot.customer.lastName].filter(Boolean).join(' ');
  // Ids go in as text: they are names, never numbers to format ("104 820 113").
  const order = snapshot.orderId ? t('pageReading.caseLabelOrder', { order: snapshot.orderId }) : '';
  const details = [name, order].filter(Boolean).join(', ');
  const folder = snapshot.folderId;
  return (details ? t('pageReading.caseLabelWithDetails', { folder, details }) : t('pageReading.caseLabel', { folder })).slice(0, 300);
}

export function caseRefOf(snapshot: CaseFacts): CaseRef {
  return {
    platform: snapshot.platform,
    folderId: snapshot.folderId,
    fingerprint: caseFingerprint(snapshot),
    label: caseLabel(snapshot),
  };
}

export type CaseCheck = { ok: true } | { ok: false; message: string };

/** Whether the page still shows the conversation an action was prepared for; the refusal names both. */
export function checkCase(expected: CaseRef, current: SnapshotRead): CaseCheck {
  if (current.status !== 'ok') {
    return { ok: false, message: t('pageReading.staleNoConversation', { case: expected.label }) };
  }
  const now = current.snapshot;
  if (now.platform !== expected.platform || now.folderId !== expected.folderId) {
    return { ok: false, message: t('pageReading.staleOtherCase', { case: expected.label, now: caseLabel(now) }) };
  }
  if (caseFingerprint(now) !== expected.fingerprint) {
    return {
      ok: false,
      message: t('pageReading.staleChanged', { case: expected.label, now: caseLabel(now) }),
    };
  }
  return { ok: true };
}
