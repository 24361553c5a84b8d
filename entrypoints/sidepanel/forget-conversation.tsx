import { useEffect, useState } from 'preact/hooks';
import { ConfirmButton } from '@/components/confirm-button';
import { StatusMessage } from '@/components/status-message';
import { forgetConversation, type ForgetResult } from '@/utils/case-data';
import type { ConversationSnapshot } from '@/utils/sites/snapshot';
import { panelDatabase } from './database';
import { stopSavingCase } from './use-followed-conversation';
import { formatList, t } from '@/utils/i18n/translate';

export interface ForgetConversationProps {
  snapshot: ConversationSnapshot;
  /** Called after the data is gone, e.g. to drop what the panel holds in memory for this case. */
  onForgotten?: (result: ForgetResult) => void;
}

export function describeForgotten(result: ForgetResult): string {
  const removed = [
    result.cases > 0 ? t('forget.savedCopy') : '',
    result.decisions > 0 ? t('forget.choices') : '',
    result.photoChecks > 0 ? t('forget.photoChecks', { count: result.photoChecks }) : '',
    result.numberReadings > 0 ? t('forget.numberReadings', { count: result.numberReadings }) : '',
  ].filter(Boolean);
  const what = removed.length === 0 ? t('forget.nothing') : t('forget.removed', { list: formatList(removed) });
  const unlinked = result.numberReadingsLinked ? '' : t('forget.unlinked');
  return `${what}${unlinked}${t('forget.savesAgain')}`;
}

/** "Forget this conversation": removes what ReturnDesk saved about the open case, after asking. */
export function ForgetConversation({ snapshot, onForgotten }: ForgetConversationProps) {
  const [status, setStatus] = useState<{ tone: 'info' | 'error'; text: string } | null>(null);
  const { platform, folderId } = snapshot;

  // A result belongs to the case it was about: clear it when the panel moves to another conversation.
  useEffect(() => setStatus(null), [platform, folderId]);

  const forget = async () => {
    try {
      // First, so that no panel saves the case back while (or after) it is removed.
      await stopSavingCase({ platform, folderId });
      const result = await forgetConversation(panelDatabase(), { platform, folderId });
      setStatus({ tone: 'info', text: describeForgotten(result) });
      onForgotten?.(result);
    } catch (error) {
      setStatus({ tone: 'error', text: t('forget.failed', { error: String(error).slice(0, 200) }) });
    }
  };

  return (
    <div class="forget-conversation">
      <ConfirmButton
        label={t('forget.button')}
        question={<>{t('forget.question', { id: folderId })}</>}
        confirmLabel={t('forget.confirm')}
        onConfirm={forget}
      />
      {status && <StatusMessage tone={status.tone}>{status.text}</StatusMessage>}
    </div>
  );
}
