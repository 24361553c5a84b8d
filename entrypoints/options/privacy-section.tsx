import { useEffect, useState } from 'preact/hooks';
import { ConfirmButton } from '@/components/confirm-button';
import { StatusMessage } from '@/components/status-message';
import { caseDataSummary, forgetEverything, formatBytes, type CaseDataSummary, type ForgetEverythingResult } from '@/utils/case-data';
import { optionsDatabase } from './options-database';
import { numbersRequestItem } from '@/utils/extension/storage-items';
import { formatList, interfaceLanguage, t } from '@/utils/i18n/translate';

/** The agent's own tables, by name: shown as "kept" so forgetting case data is visibly not forgetting these. */
const KEPT_TABLES = ['userTemplates', 'templateOverrides', 'templateUsage', 'userMacros', 'macroOverrides'] as const;
const isKeptTable = (name: string): name is (typeof KEPT_TABLES)[number] => (KEPT_TABLES as readonly string[]).includes(name);

export function describeForgottenEverything(result: ForgetEverythingResult): string {
  const removed = [
    t('privacy.conversations', { count: result.cases ?? 0 }),
    t('privacy.photoChecks', { count: result.photoChecks ?? 0 }),
    t('privacy.numberReadings', { count: result.numberReadings ?? 0 }),
    t('privacy.choices', { count: result.caseDecisions ?? 0 }),
  ];
  return t('privacy.removed', { list: formatList(removed) });
}

/** Options page: what case data is stored, how much, and "Forget everything". Retention is set in its own section. */
export function PrivacySection({ retentionDays }: { retentionDays?: number }) {
  const [summary, setSummary] = useState<CaseDataSummary | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [status, setStatus] = useState<{ tone: 'info' | 'error'; text: string } | null>(null);

  const refresh = () =>
    caseDataSummary(optionsDatabase()).then(
      (loaded) => {
        setSummary(loaded);
        setLoadError(null);
      },
      (error: unknown) => setLoadError(t('privacy.readFailed', { error: String(error).slice(0, 200) })),
    );
  useEffect(() => void refresh(), []);

  const forgetAll = async () => {
    try {
      const result = await forgetEverything(optionsDatabase());
      // A picked image waiting for the panel is case data too.
      await numbersRequestItem.remove();
      setStatus({ tone: 'info', text: describeForgottenEverything(result) });
    } catch (error) {
      setStatus({ tone: 'error', text: t('forget.failed', { error: String(error).slice(0, 200) }) });
    }
    await refresh();
  };

  const rows: [string, { rows: number; bytes: number } | undefined][] = [
    [t('privacy.row.cases'), summary?.cases],
    [t('privacy.row.decisions'), summary?.caseDecisions],
    [t('privacy.row.photoChecks', { count: summary?.photoChecks.thumbnails ?? 0 }), summary?.photoChecks],
    [t('privacy.row.numbers', { count: summary?.numberReadings.crops ?? 0 }), summary?.numberReadings],
  ];
  const kept = Object.entries(summary?.kept ?? {}).flatMap(([name, count]) => (isKeptTable(name) ? [[name, count] as const] : []));

  return (
    <section aria-labelledby="privacy-heading">
      <h2 id="privacy-heading">{t('privacy.title')}</h2>
      <p class="hint">
        {t('privacy.hint')}
        {retentionDays !== undefined && t('privacy.retention', { count: retentionDays })}
        {t('privacy.approximate')}
      </p>
      {loadError && <StatusMessage tone="error">{loadError}</StatusMessage>}
      {!summary && !loadError && <p class="hint">{t('privacy.counting')}</p>}
      {summary && (
        <>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('privacy.what')}</th>
                <th scope="col">{t('privacy.items')}</th>
                <th scope="col">{t('privacy.size')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map(([label, part]) => (
                <tr key={label}>
                  <td>{label}</td>
                  <td>{part?.rows ?? 0}</td>
                  <td>{formatBytes(part?.bytes ?? 0)}</td>
                </tr>
              ))}
              <tr>
                <th scope="row">{t('privacy.total')}</th>
                <td>{summary.total.rows}</td>
                <td>{formatBytes(summary.total.bytes)}</td>
              </tr>
            </tbody>
          </table>
          {summary.oldestCaseAt !== null && (
            <p class="hint">{t('privacy.oldest', { date: new Date(summary.oldestCaseAt).toLocaleDateString(interfaceLanguage()) })}</p>
          )}
          {kept.length > 0 && (
            <p class="hint">
              {t('privacy.neverDeleted', { list: kept.map(([name, count]) => `${t(`privacy.kept.${name}`)} (${count})`).join(', ') })}
            </p>
          )}
        </>
      )}
      <ConfirmButton
        label={t('privacy.forgetAll')}
        question={t('privacy.forgetAllQuestion')}
        confirmLabel={t('privacy.forgetAll')}
        onConfirm={forgetAll}
        disabled={!summary && !loadError}
      />
      {status && <StatusMessage tone={status.tone}>{status.text}</StatusMessage>}
    </section>
  );
}
