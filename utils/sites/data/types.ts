import type { ConversationMessage, CustomerIssue, PartSources, ReturnLabel, SnapshotProblem, WarrantyState } from '../snapshot';
import type { OrderAmount } from '../order-amount';

/**
 * What the platform's own JSON gives for a conversation, and how a read of it ends. Pure types: the content
 * script supplies `FetchJson` (a GET with the agent's own session) and merges the facts into the snapshot.
 */

/** One GET of a same-origin path (`/seller-after-sales/...`), answered as text; never any other method. */
export type FetchJson = (path: string) => Promise<{ status: number; contentType: string | null; text: string }>;

/** Why the platform's data could not be used; the DOM is read instead. */
export type DataFailureReason = 'unauthorised' | 'failed' | 'not-json' | 'schema';

/** The snapshot fields the data fills; `sources` marks each part it filled with `data`. */
export interface DataFacts {
  kind: 'care' | 'buyback';
  folderId: string;
  customer: { firstName: string | null; lastName: string | null };
  country: string | null;
  orderId: string | null;
  product: { title: string | null; category: string | null };
  warrantyState: WarrantyState | null;
  carrier: string | null;
  trackingNumber: string | null;
  /** The return shipment's tracking numbers, when the source tells the return from the outbound parcel. */
  returnTrackingNumbers?: string[];
  /** The device's IMEIs as the order records them (valid IMEIs only). */
  deviceImeis?: string[];
  /** What the customer paid (the Care API's order price and currency), when the data gives it. */
  orderAmount?: OrderAmount | null;
  returnLabels: ReturnLabel[];
  messages: ConversationMessage[];
  issues: CustomerIssue[];
  sources: PartSources;
}

export type DataRead =
  { ok: true; facts: DataFacts; problems: SnapshotProblem[] } | { ok: false; reason: DataFailureReason; message: string };

export interface DataReadInput {
  pageUrl: URL;
  fetchJson: FetchJson;
  /** Parses HTML into an inert document (`new DOMParser().parseFromString(html, 'text/html')`): nothing runs or loads. */
  parseHtml: (html: string) => Document;
  now: () => Date;
}
