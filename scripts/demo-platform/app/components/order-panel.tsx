import { WARRANTY_LABELS, type ConversationView, type ReturnLabelView } from '../../data/view';
import { formatDateTime } from './message-item';

const LABEL_STATES: Record<NonNullable<ReturnLabelView['state']>, string> = {
  ALIVE: 'Active',
  USED: 'Used',
  EXPIRED: 'Expired',
};

function labelText(label: ReturnLabelView): string {
  const state = label.state ? LABEL_STATES[label.state] : 'Unknown state';
  const direction =
    label.direction === 'MERCHANT_TO_CUSTOMER' ? 'to the customer' : label.direction === 'CUSTOMER_TO_MERCHANT' ? 'to the seller' : '';
  return `${state} return label ${direction}`.trim();
}

/** `BATTERY_NOT_CHARGING` -> `Battery not charging`. */
function humanise(code: string): string {
  const words = code.toLowerCase().replaceAll('_', ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function Missing() {
  return <dd class="missing">Not available</dd>;
}

export function OrderPanel({ view }: { view: ConversationView }) {
  return (
    <aside class="order-panel" data-qa="order-panel" aria-label="Order and claim">
      <h2>{view.kind === 'care' ? 'Order and claim' : 'Trade-in order'}</h2>
      <dl>
        <dt>Customer</dt>
        <dd data-qa="customer-name">
          <span data-qa="customer-first-name">{view.customerFirstName}</span>{' '}
          <span data-qa="customer-last-name">{view.customerLastName}</span>
        </dd>
        <dt>Country</dt>
        {view.countryCode ? (
          <dd data-qa="customer-country" data-country-code={view.countryCode}>
            {view.countryName}
          </dd>
        ) : (
          <Missing />
        )}
        <dt>Order</dt>
        <dd data-qa="order-id" data-order-id={view.orderId}>
          {view.orderId}
        </dd>
        <dt>Product</dt>
        {view.productTitle ? <dd data-qa="product-title">{view.productTitle}</dd> : <Missing />}
        <dt>Category</dt>
        {view.category ? <dd data-qa="product-category">{view.category}</dd> : <Missing />}
        {view.kind === 'care' && (
          <>
            <dt>Declared warranty state</dt>
            {view.warrantyState ? (
              <dd
                data-qa="warranty-state"
                data-warranty-state={view.warrantyState}
                class={view.warrantyState === 'IN_WARRANTY' ? '' : 'warning'}
              >
                {WARRANTY_LABELS[view.warrantyState]}
              </dd>
            ) : (
              <Missing />
            )}
            {view.issue && (
              <>
                <dt>Issue</dt>
                <dd data-qa="claim-issue">
                  {humanise(view.issue)}
                  {view.resolution ? ` · resolution: ${humanise(view.resolution)}` : ''}
                </dd>
              </>
            )}
          </>
        )}
        <dt>Carrier</dt>
        {view.carrier ? <dd data-qa="carrier">{view.carrier}</dd> : <Missing />}
        <dt>Tracking number</dt>
        {view.trackingNumber ? (
          <dd>
            <span class="mono" data-qa="tracking-number">
              {view.trackingNumber}
            </span>
          </dd>
        ) : (
          <Missing />
        )}
        {view.kind === 'care' && (
          <>
            <dt>Return labels</dt>
            <dd>
              <ul class="return-labels" data-qa="return-labels">
                {view.returnLabels.length === 0 && <li class="missing">None yet</li>}
                {view.returnLabels.map((label, index) => (
                  <li
                    key={index}
                    data-qa="return-label"
                    data-label-state={label.state ?? undefined}
                    data-label-direction={label.direction ?? undefined}
                  >
                    {label.url ? (
                      <a href={label.url} target="_blank" rel="noopener noreferrer">
                        {labelText(label)}
                      </a>
                    ) : (
                      <span>{labelText(label)}</span>
                    )}
                    {label.createdAt && (
                      <>
                        {' · '}
                        <time dateTime={label.createdAt}>{formatDateTime(label.createdAt)}</time>
                      </>
                    )}
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
      </dl>
    </aside>
  );
}
