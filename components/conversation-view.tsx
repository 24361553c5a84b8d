import { messagesNotRead, type ConversationSnapshot, type SnapshotPart } from '@/utils/sites/snapshot';
import { conversationAttachments } from '@/utils/sites/attachments';
import { ConversationHeader } from './conversation-header';
import { PanelSection } from './panel-section';
import { CouldNotReadList } from './problem-list';
import { PartSourcesNote } from './part-sources-note';
import type { TeachablePart } from '@/utils/sites/teach/taught-parts';

import type { ComponentChildren } from 'preact';
import { t } from '@/utils/i18n/translate';

/**
 * Everything the panel shows for one readable conversation; `photos` is the live photo check. Replies come first
 * (the part agents use most); Photos and Numbers fold to their one-line summaries.
 */
export function ConversationView({
  snapshot,
  photos,
  photosSummary,
  numbers,
  numbersSummary,
  replies,
  onTeach,
  teaching,
  onConfirmFact,
}: {
  snapshot: ConversationSnapshot;
  photos: ComponentChildren;
  photosSummary?: string | null;
  numbersSummary?: string | null;
  /** The live numbers reader; without it, a count of the attachments. */
  numbers?: ComponentChildren;
  replies: ComponentChildren;
  /** Offers "Point at it" for each missing part the agent can teach. */
  onTeach?: (part: TeachablePart) => void;
  /** The pointing flow and the Teach menu, shown under the problems. */
  teaching?: ComponentChildren;
  /** The agent confirms a fact guessed from the page's structure, so replies may use it. */
  onConfirmFact?: (part: SnapshotPart) => void;
}) {
  const attachments = conversationAttachments(snapshot);
  return (
    <>
      <ConversationHeader snapshot={snapshot} onConfirmFact={onConfirmFact} />
      <PartSourcesNote sources={snapshot.sources} />
      <CouldNotReadList problems={snapshot.problems} onTeach={onTeach} />
      {teaching}
      <p class="message-count">{t('view.messagesRead', { count: snapshot.messages.length })}</p>
      <PanelSection id="replies" title={t('view.replies')}>
        {!snapshot.composerFound && <p class="hint">{t('view.noComposer')}</p>}
        {replies}
      </PanelSection>
      <PanelSection id="photos" title={t('view.photos')} collapsible summary={photosSummary}>
        {photos}
      </PanelSection>
      <PanelSection id="numbers" title={t('view.numbers')} collapsible summary={numbersSummary}>
        {numbers ?? (
          <p>
            {attachments.length === 0
              ? messagesNotRead(snapshot)
                ? t('view.messagesNotRead')
                : t('view.noAttachments')
              : t('view.attachmentsIn', {
                  attachments: t('view.attachments', { count: attachments.length }),
                  messages: t('view.messages', { count: snapshot.messages.length }),
                })}
          </p>
        )}
      </PanelSection>
    </>
  );
}
