import { useState } from 'preact/hooks';
import type { Settings } from '@/utils/settings';
import { siteAdapters } from '@/utils/sites/registry';
import { isValidSelector } from '@/utils/sites/teach/derive-selector';
import {
  TEACHABLE_PARTS,
  taughtSelectorSchema,
  withoutTaughtSelector,
  withTaughtSelector,
  type TaughtSelector,
  type TeachablePart,
} from '@/utils/sites/teach/taught-parts';
import { t } from '@/utils/i18n/translate';

/**
 * The parts agents taught by pointing at a page, per site: what, through which selector, since when. Each can be
 * edited (refused unless the browser accepts the CSS) or deleted; open platform tabs re-read on save. They travel
 * with the template file (Import and export, above).
 */

type SaveSettings = (next: Settings, confirmation: string) => Promise<void>;

const siteName = (adapterId: string) => siteAdapters.find((adapter) => adapter.id === adapterId)?.name ?? adapterId;

const whenTaught = (iso: string) => {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString();
};

/** Why a selector typed here cannot be saved, or null. */
export function selectorEditError(selector: string): string | null {
  const trimmed = selector.trim();
  if (!taughtSelectorSchema.shape.selector.safeParse(trimmed).success) return 'A selector is 1 to 500 characters.';
  return isValidSelector(trimmed) ? null : `"${trimmed}" is not a valid CSS selector.`;
}

function TaughtRow({
  adapterId,
  part,
  taught,
  settings,
  onSave,
}: {
  adapterId: string;
  part: TeachablePart;
  taught: TaughtSelector;
  settings: Settings;
  onSave: SaveSettings;
}) {
  const [draft, setDraft] = useState(taught.selector);
  const error = selectorEditError(draft);
  const changed = draft.trim() !== taught.selector;
  const label = t(`part.${part}`);
  const fieldId = `taught-${adapterId}-${part}`;
  return (
    <tr>
      <td>{label}</td>
      <td>
        <label class="visually-hidden" for={fieldId}>
          {t('taught.selectorFor', { part: label, site: siteName(adapterId) })}
        </label>
        <input
          id={fieldId}
          spellcheck={false}
          value={draft}
          aria-invalid={error !== null}
          onInput={(e) => setDraft(e.currentTarget.value)}
        />
        {error && (
          <p class="errors" role="alert">
            {error}
          </p>
        )}
      </td>
      <td>{whenTaught(taught.taughtAt)}</td>
      <td>
        <button
          type="button"
          disabled={!changed || error !== null}
          onClick={() =>
            void onSave(
              { ...settings, taughtSelectors: withTaughtSelector(settings.taughtSelectors, adapterId, part, draft.trim(), new Date()) },
              t('taught.saved', { part: label }),
            )
          }
        >
          {t('common.save')}
        </button>{' '}
        <button
          type="button"
          aria-label={t('taught.deleteLabel', { part: label, site: siteName(adapterId) })}
          onClick={() =>
            void onSave(
              { ...settings, taughtSelectors: withoutTaughtSelector(settings.taughtSelectors, adapterId, part) },
              t('taught.deleted', { part: label }),
            )
          }
        >
          {t('taught.delete')}
        </button>
      </td>
    </tr>
  );
}

export function TaughtSelectorsSection({ settings, onSave }: { settings: Settings; onSave: SaveSettings }) {
  const sites = Object.entries(settings.taughtSelectors).filter(([, parts]) => Object.keys(parts).length > 0);
  return (
    <section aria-labelledby="taught-heading">
      <h2 id="taught-heading">{t('taught.title')}</h2>
      <p class="hint">{t('taught.hint')}</p>
      {sites.length === 0 && <p class="hint">{t('taught.none')}</p>}
      {sites.map(([adapterId, parts]) => (
        <table class="taught-selectors" key={adapterId} aria-label={t('taught.on', { site: siteName(adapterId) })}>
          <caption>{siteName(adapterId)}</caption>
          <thead>
            <tr>
              <th scope="col">{t('taught.part')}</th>
              <th scope="col">{t('taught.selector')}</th>
              <th scope="col">{t('taught.when')}</th>
              <th scope="col">{t('taught.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {TEACHABLE_PARTS.flatMap((part) => {
              const taught = parts[part];
              // Keyed by the saved selector too, so the row's draft starts again from a changed value.
              return taught
                ? [
                    <TaughtRow
                      key={`${part}:${taught.selector}`}
                      adapterId={adapterId}
                      part={part}
                      taught={taught}
                      settings={settings}
                      onSave={onSave}
                    />,
                  ]
                : [];
            })}
          </tbody>
        </table>
      ))}
    </section>
  );
}
