import type { ConversationSnapshot } from '../sites/snapshot';
import { confirmedFactsOnly } from '../sites/loose-facts';
import type { PhotoRequest } from '../checklist/request';
import type { TemplateValues } from './render';

/**
 * Template variables every conversation can fill from what the page shows. A loose fact the agent has not confirmed
 * (utils/sites/loose-facts.ts) fills nothing: the fill-in form asks for it instead.
 */
export function caseValues(read: ConversationSnapshot): TemplateValues {
  const snapshot = confirmedFactsOnly(read);
  return {
    first_name: snapshot.customer.firstName,
    last_name: snapshot.customer.lastName,
    order_id: snapshot.orderId,
    product: snapshot.product.title,
    category: snapshot.product.category,
    carrier: snapshot.carrier,
    tracking_number: snapshot.trackingNumber,
  };
}

/** The photo checklist's findings as template lists: one line per shot, with how to take it or why again. */
export function photoRequestValues(request: PhotoRequest): TemplateValues {
  return {
    missing_shots: request.items.filter((item) => item.kind === 'missing').map((item) => `${item.label}: ${item.howTo}`),
    reshoot_shots: request.items.filter((item) => item.kind === 'reshoot').map((item) => `${item.label}: ${item.reasons.join(' ')}`),
  };
}
