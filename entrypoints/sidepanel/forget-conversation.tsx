import { useEffect, useState } from 'preact/hooks';
import { ConfirmButton } from '@/components/confirm-button';
import { StatusMessage } from '@/components/status-message';
import { forgetConversation, type ForgetResult } from '@/utils/case-data';
import type { ConversationSnapshot } from '@/utils/sites/snapshot';
import { panelDatabase } from './database';

export interface ForgetConversationProps {
  snapshot: ConversationSnapshot;
  /** Called after the data is gone, e.g. to drop what the panel holds in memory for this case. */
  onForgotten?: (result: ForgetResult) => void;
}

const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;

export function describeForgotten(result: ForgetResult): string {
  const removed = [
    result.cases > 0 ? 'its saved copy' : '',
    result.decisions > 0 ? 'your photo and category choices' : '',
    result.photoChecks > 0 ? plural(result.photoChecks, 'photo check') : '',
    result.numberReadings > 0 ? plural(result.numberReadings, 'number reading') : '',
  ].filter(Boolean);
  const what =
    removed.length === 0
      ? 'Nothing was saved about this conversation.'
      : `Forgot this conversation: removed ${removed.length === 1 ? removed[0] : `${removed.slice(0, -1).join(', ')} and ${removed.at(-1)}`}.`;
  const unlinked = result.numberReadingsLinked
    ? ''
    : ' Numbers read from its images cannot be told apart from other cases yet: they go after the retention period, or with "Forget everything" in the options.';
  return `${what}${unlinked} If you keep working on it here, ReturnDesk saves what it reads again.`;
}

/** "Forget this conversation": removes what ReturnDesk saved about the open case, after asking. */
export function ForgetConversation({ snapshot, onForgotten }: ForgetConversationProps) {
  const [status, setStatus] = useState<{ tone: 'info' | 'error'; text: string } | null>(null);
  const { platform, folderId } = snapshot;

  // A result belongs to the case it was about: clear it when the panel moves to another conversation.
  useEffect(() => setStatus(null), [platform, folderId]);

  const forget = async () => {
    try {
      const result = await forgetConversation(panelDatabase(), { platform, folderId });
      setStatus({ tone: 'info', text: describeForgotten(result) });
      onForgotten?.(result);
    } catch (error) {
      setStatus({ tone: 'error', text: `Nothing was removed: ${String(error).slice(0, 200)}` });
    }
  };

  return (
    <div class="forget-conversation">
      <ConfirmButton
        label="Forget this conversation"
        question={
          <>
            Remove everything ReturnDesk saved about conversation {folderId} on this computer: the copy of the
            conversation, your photo and category choices, photo checks and numbers read? Templates and macros stay.
          </>
        }
        confirmLabel="Forget it"
        onConfirm={forget}
      />
      {status && <StatusMessage tone={status.tone}>{status.text}</StatusMessage>}
    </div>
  );
}
