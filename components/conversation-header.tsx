import type { ConversationSnapshot, SnapshotPart } from '@/utils/sites/snapshot';
import { WARRANTY_STATE_LABELS } from '@/utils/sites/snapshot';
import { countryName } from '@/utils/sites/country';
import { unconfirmedFacts } from '@/utils/sites/loose-facts';

/**
 * The facts every reply depends on, at the top of the panel. "Not shown" marks what the page did not give; a fact
 * guessed from the page's structure is marked unconfirmed, with a button to confirm it (until then no reply or
 * macro uses it).
 */
export function ConversationHeader({
  snapshot,
  onConfirmFact,
}: {
  snapshot: ConversationSnapshot;
  onConfirmFact?: (part: SnapshotPart) => void;
}) {
  const customer = [snapshot.customer.firstName, snapshot.customer.lastName].filter(Boolean).join(' ');
  const carrier = [snapshot.carrier, snapshot.trackingNumber].filter(Boolean).join(' · ');
  const unconfirmed = new Set<SnapshotPart>(unconfirmedFacts(snapshot));
  const rows: Array<[string, string | null, SnapshotPart | null]> = [
    ['Customer', customer || null, 'customer'],
    ['Order', snapshot.orderId, 'order'],
    ['Product', snapshot.product.title, 'product'],
    ['Category', snapshot.product.category, 'category'],
    ['Warranty', snapshot.warrantyState ? WARRANTY_STATE_LABELS[snapshot.warrantyState] : null, 'warranty state'],
    ['Carrier', carrier || null, 'carrier'],
    ['Country', snapshot.country ? countryName(snapshot.country) : null, null],
  ];
  return (
    <section aria-label="Conversation" class="conversation-header">
      <p class="conversation-header__kind">
        {snapshot.kind === 'buyback' ? 'Trade-in order' : 'Care folder'} {snapshot.folderId}
      </p>
      <dl>
        {rows.map(([label, value, part]) => (
          <div class="conversation-header__row" key={label}>
            <dt>{label}</dt>
            <dd class={value ? undefined : 'is-missing'}>
              {value ?? 'Not shown'}
              {part && unconfirmed.has(part) && (
                <span class="conversation-header__unconfirmed">
                  {' '}
                  <span class="hint">(unconfirmed: read from the page's layout, not used in replies)</span>{' '}
                  {onConfirmFact && (
                    <button type="button" aria-label={`Confirm the ${label.toLowerCase()}`} onClick={() => onConfirmFact(part)}>
                      Confirm
                    </button>
                  )}
                </span>
              )}
            </dd>
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
