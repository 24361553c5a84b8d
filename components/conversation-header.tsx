import type { ConversationSnapshot } from '@/utils/sites/snapshot';
import { WARRANTY_STATE_LABELS } from '@/utils/sites/snapshot';
import { countryName } from '@/utils/sites/country';

/** The facts every reply depends on, at the top of the panel. "Not shown" marks what the page did not give. */
export function ConversationHeader({ snapshot }: { snapshot: ConversationSnapshot }) {
  const customer = [snapshot.customer.firstName, snapshot.customer.lastName].filter(Boolean).join(' ');
  const carrier = [snapshot.carrier, snapshot.trackingNumber].filter(Boolean).join(' · ');
  const rows: Array<[string, string | null]> = [
    ['Customer', customer || null],
    ['Order', snapshot.orderId],
    ['Product', snapshot.product.title],
    ['Category', snapshot.product.category],
    ['Warranty', snapshot.warrantyState ? WARRANTY_STATE_LABELS[snapshot.warrantyState] : null],
    ['Carrier', carrier || null],
    ['Country', snapshot.country ? countryName(snapshot.country) : null],
  ];
  return (
    <section aria-label="Conversation" class="conversation-header">
      <p class="conversation-header__kind">
        {snapshot.kind === 'buyback' ? 'Trade-in order' : 'Care folder'} {snapshot.folderId}
      </p>
      <dl>
        {rows.map(([label, value]) => (
          <div class="conversation-header__row" key={label}>
            <dt>{label}</dt>
            <dd class={value ? undefined : 'is-missing'}>{value ?? 'Not shown'}</dd>
          </div>
        ))}
      </dl>
      {snapshot.warrantyState && snapshot.warrantyState !== 'IN_WARRANTY' && (
        <p class="conversation-header__warning" role="note">
          Declared {WARRANTY_STATE_LABELS[snapshot.warrantyState].toLowerCase()}: warranty exclusions may apply.
        </p>
      )}
    </section>
  );
}
