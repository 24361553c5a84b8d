import type { ConversationSnapshot, SnapshotPart } from '@/utils/sites/snapshot';
import { countryName } from '@/utils/sites/country';
import { unconfirmedFacts } from '@/utils/sites/loose-facts';
import { labelInSentence, t } from '@/utils/i18n/translate';

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
  const rows: [string, string | null, SnapshotPart | null][] = [
    [t('header.customer'), customer || null, 'customer'],
    [t('header.order'), snapshot.orderId, 'order'],
    [t('header.product'), snapshot.product.title, 'product'],
    [t('header.category'), snapshot.product.category, 'category'],
    [t('header.warranty'), snapshot.warrantyState ? t(`warranty.${snapshot.warrantyState}`) : null, 'warranty state'],
    [t('header.carrier'), carrier || null, 'carrier'],
    [t('header.country'), snapshot.country ? countryName(snapshot.country) : null, null],
  ];
  return (
    <section aria-label={t('header.region')} class="conversation-header">
      <p class="conversation-header__kind">
        {t(snapshot.kind === 'buyback' ? 'header.tradeIn' : 'header.careFolder', { id: snapshot.folderId })}
      </p>
      <dl>
        {rows.map(([label, value, part]) => (
          <div class="conversation-header__row" key={label}>
            <dt>{label}</dt>
            <dd class={value ? undefined : 'is-missing'}>
              {value ?? t('header.notShown')}
              {part && unconfirmed.has(part) && (
                <span class="conversation-header__unconfirmed">
                  {' '}
                  <span class="hint">{t('header.unconfirmed')}</span>{' '}
                  {onConfirmFact && (
                    <button
                      type="button"
                      aria-label={t('header.confirmFact', { fact: labelInSentence(label) })}
                      onClick={() => onConfirmFact(part)}
                    >
                      {t('common.confirm')}
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
          {t('header.declared', { state: labelInSentence(t(`warranty.${snapshot.warrantyState}`)) })}
        </p>
      )}
    </section>
  );
}
