import type { ConversationSnapshot, SnapshotPart } from './snapshot';

/**
 * Facts the structural reader guessed from the page's words ("Order ID: …" beside a value) are loose: on a page
 * laid out in an unexpected way they may be the wrong words' neighbours. Until the agent confirms one, it is shown
 * as unconfirmed and never fills a reply or a macro step. Facts from the platform's data, the site's selectors or a
 * taught selector are not loose.
 */
export const LOOSE_FACT_PARTS = [
  'customer',
  'order',
  'product',
  'category',
  'warranty state',
  'carrier',
] as const satisfies readonly SnapshotPart[];
export type LooseFactPart = (typeof LOOSE_FACT_PARTS)[number];

function hasValue(snapshot: ConversationSnapshot, part: LooseFactPart): boolean {
  switch (part) {
    case 'customer':
      return Boolean(snapshot.customer.firstName || snapshot.customer.lastName);
    case 'order':
      return snapshot.orderId !== null;
    case 'product':
      return snapshot.product.title !== null;
    case 'category':
      return snapshot.product.category !== null;
    case 'warranty state':
      return snapshot.warrantyState !== null;
    case 'carrier':
      return Boolean(snapshot.carrier || snapshot.trackingNumber);
  }
}

/** The loose facts the page gave that the agent has not confirmed yet. */
export function unconfirmedFacts(snapshot: ConversationSnapshot): LooseFactPart[] {
  const confirmed = new Set(snapshot.confirmedFacts ?? []);
  return LOOSE_FACT_PARTS.filter((part) => snapshot.sources?.[part] === 'structure' && !confirmed.has(part) && hasValue(snapshot, part));
}

/** The snapshot with its unconfirmed loose facts taken out: what replies and macros may be filled from. */
export function confirmedFactsOnly(snapshot: ConversationSnapshot): ConversationSnapshot {
  const loose = unconfirmedFacts(snapshot);
  if (loose.length === 0) return snapshot;
  const out: ConversationSnapshot = { ...snapshot, customer: { ...snapshot.customer }, product: { ...snapshot.product } };
  for (const part of loose) {
    if (part === 'customer') out.customer = { firstName: null, lastName: null };
    if (part === 'order') out.orderId = null;
    if (part === 'product') out.product.title = null;
    if (part === 'category') out.product.category = null;
    if (part === 'warranty state') out.warrantyState = null;
    if (part === 'carrier') {
      out.carrier = null;
      out.trackingNumber = null;
    }
  }
  return out;
}
