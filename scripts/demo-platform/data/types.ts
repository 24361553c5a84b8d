/**
 * The API shapes the demo serves, as far as the demo reads them. The JSON files follow the public OpenAPI specs
 * exactly (tests/fixtures/backmarket-api/, checked by tests/unit/demo-platform/fixtures-schema.test.ts); these
 * types only name the fields the app and the conversation list use. Every field is optional, as in the spec.
 */

export interface CareAttachment {
  id?: number;
  attachment?: string;
  date_creation?: string;
}

export interface CareMessage {
  id?: number;
  message?: string;
  date_creation?: string;
  attachments?: CareAttachment[];
  /** `Client`, `Merchant` or `BackMarket`. */
  initiator?: string;
  /** SENDER_TO_RECEIVER, e.g. `CLIENT_TO_MERCHANT`. */
  kind?: string;
  is_informative?: boolean;
}

export interface CareReturnLabel {
  date_creation?: string;
  state?: 'USED' | 'ALIVE' | 'EXPIRED';
  label?: string;
  initiator?: 'Merchant' | 'BackMarket';
  kind?: 'UNSET' | 'CUSTOMER_TO_MERCHANT' | 'MERCHANT_TO_CUSTOMER';
}

export interface CareClaim {
  id?: number;
  issues?: { customerIssue?: string; tag?: string }[];
  state?: number;
  resolution_choice?: string;
  declared_warranty_state?: 'IN_WARRANTY' | 'WATER_OR_DROPPED' | 'THIRD_PARTY_REPAIR';
  return_labels?: CareReturnLabel[];
}

export interface CareFolder {
  id?: number;
  client?: { first_name?: string; last_name?: string; email?: string };
  country_code?: string;
  date_creation?: string;
  date_last_message?: string;
  date_modification?: string;
  state?: number;
  merchant?: { id?: number; first_name?: string; last_name?: string; username?: string };
  orderline?: {
    id?: number;
    order?: {
      order_id?: number;
      tracking_number?: string;
      shipper?: number;
      shipper_display?: string;
      country_code?: string;
    };
    snapshot?: { product?: { product_id?: number; category_3?: { category_name?: string } }; sku?: string };
  };
  lines?: CareClaim[];
  messages?: CareMessage[];
}

/** `GET /ws/sav`: getCareFolderListResponse. */
export interface CareFolderList {
  count?: number;
  next?: string;
  previous?: string;
  results?: { id?: number; country_code?: string; date_last_message?: string; state?: number }[];
}

export interface BuybackMessage {
  body?: string;
  date: string;
  attachments?: string[];
  author: 'Merchant' | 'Client' | 'BackMarket' | 'Unknown';
}

export interface BuybackOrder {
  orderPublicId: string;
  creationDate: string;
  status: string;
  market: string;
  listing: { sku?: string; productId: number; title: string; grade: string };
  customer: { firstName?: string; lastName?: string; phone?: string };
  trackingNumber?: string;
  shipper?: string;
}

/** A stored trade-in thread: the order (`GET .../orders/{id}`) and its messages (`GET .../orders/{id}/messages`). */
export interface BuybackThread {
  order: BuybackOrder;
  messages: BuybackMessage[];
}

/** Product titles by product id: the Care API's product snapshot has no title, so the back office looks it up. */
export type Catalog = Record<string, { title: string; category: string }>;
