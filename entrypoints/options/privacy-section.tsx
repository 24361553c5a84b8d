import { useEffect, useState } from 'preact/hooks';
import { ConfirmButton } from '@/components/confirm-button';
import { StatusMessage } from '@/components/status-message';
import { caseDataSummary, forgetEverything, formatBytes, type CaseDataSummary, type ForgetEverythingResult } from '@/utils/case-data';
import { optionsDatabase } from './options-database';
import { numbersRequestItem } from '@/utils/extension/storage-items';

/** The agent's own tables, by name: shown as "kept" so forgetting case data is visibly not forgetting these. */
const KEPT_LABELS: Record<string, string> = {
  userTemplates: 'your templates',
  templateOverrides: 'changes to built-in templates',
  templateUsage: 'templates with usage counts',
  userMacros: 'your macros',
  macroOverrides: 'changes to built-in macros',
};

const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;

export function describeForgottenEverything(result: ForgetEverythingResult): string {
  const removed = [
    plural(result.cases ?? 0, 'conversation'),
    plural(result.photoChecks ?? 0, 'photo check'),
    plural(result.numberReadings ?? 0, 'number reading'),
    `the choices made on ${plural(result.caseDecisions ?? 0, 'case')}`,
  ];
  return `Removed ${removed.slice(0, -1).join(', ')} and ${removed.at(-1)}. Templates, macros and settings are unchanged.`;
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
      (error: unknown) => setLoadError(`Could not read what is stored: ${String(error).slice(0, 200)}`),
    );
  useEffect(() => void refresh(), []);

  const forgetAll = async () => {
    try {
      const result = await forgetEverything(optionsDatabase());
      // A picked image waiting for the panel is case data too.
      await numbersRequestItem.remove();
      setStatus({ tone: 'info', text: describeForgottenEverything(result) });
    } catch (error) {
      setStatus({ tone: 'error', text: `Nothing was removed: ${String(error).slice(0, 200)}` });
    }
    await refresh();
  };

  const rows: Array<[string, { rows: number; bytes: number } | undefined]> = [
    ['Conversations read (customer name, order, product, messages, attachment links)', summary?.cases],
    ['Your choices per conversation (category, which photo is which shot)', summary?.caseDecisions],
    [`Photo checks (${summary?.photoChecks.thumbnails ?? 0} with a small thumbnail)`, summary?.photoChecks],
    [`Numbers read from images (${summary?.numberReadings.crops ?? 0} small crops)`, summary?.numberReadings],
  ];
  const kept = Object.entries(summary?.kept ?? {}).filter(([name]) => name in KEPT_LABELS);

  return (
    <section aria-labelledby="privacy-heading">
      <h2 id="privacy-heading">What is stored about customers</h2>
      <p class="hint">
        Everything below stays on this computer, in the extension's own database; nothing is sent anywhere.
        {retentionDays !== undefined && ` Case data is deleted after ${plural(retentionDays, 'day')} without use.`} Sizes
        are approximate.
      </p>
      {loadError && <StatusMessage tone="error">{loadError}</StatusMessage>}
      {!summary && !loadError && <p class="hint">Counting…</p>}
      {summary && (
        <>
          <table>
            <thead>
              <tr>
                <th scope="col">What</th>
                <th scope="col">Items</th>
                <th scope="col">Size</th>
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
                <th scope="row">Total</th>
                <td>{summary.total.rows}</td>
                <td>{formatBytes(summary.total.bytes)}</td>
              </tr>
            </tbody>
          </table>
          {summary.oldestCaseAt !== null && (
            <p class="hint">Oldest conversation last opened {new Date(summary.oldestCaseAt).toLocaleDateString()}.</p>
          )}
          {kept.length > 0 && (
            <p class="hint">
              Never deleted by retention or by the button below:{' '}
              {kept.map(([name, count]) => `${KEPT_LABELS[name]} (${count})`).join(', ')}.
            </p>
          )}
        </>
      )}
      <ConfirmButton
        label="Forget everything"
        question="Remove every conversation, photo check, number reading and choice ReturnDesk saved on this computer? Templates, macros and settings stay. This cannot be undone."
        confirmLabel="Forget everything"
        onConfirm={forgetAll}
        disabled={!summary && !loadError}
      />
      {status && <StatusMessage tone={status.tone}>{status.text}</StatusMessage>}
    </section>
  );
}
