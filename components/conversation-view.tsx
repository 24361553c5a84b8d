import { messagesNotRead, type ConversationSnapshot, type SnapshotPart } from '@/utils/sites/snapshot';
import { conversationAttachments } from '@/utils/sites/attachments';
import { ConversationHeader } from './conversation-header';
import { PanelSection } from './panel-section';
import { CouldNotReadList } from './problem-list';
import { PartSourcesNote } from './part-sources-note';
import type { TeachablePart } from '@/utils/sites/teach/taught-parts';

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

import type { ComponentChildren } from 'preact';

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
      <p class="message-count">{plural(snapshot.messages.length, 'message', 'messages')} read from the page.</p>
      <PanelSection id="replies" title="Replies">
        {!snapshot.composerFound && (
          <p class="hint">The reply box was not found on this page: replies are copied for you to paste instead.</p>
        )}
        {replies}
      </PanelSection>
      <PanelSection id="photos" title="Photos" collapsible summary={photosSummary}>
        {photos}
      </PanelSection>
      <PanelSection id="numbers" title="Numbers" collapsible summary={numbersSummary}>
        {numbers ?? (
          <p>
            {attachments.length === 0
              ? messagesNotRead(snapshot)
                ? 'The messages could not be read, so no attachment can be read for numbers.'
                : 'No attachments to read numbers from.'
              : `${plural(attachments.length, 'attachment', 'attachments')} in ${plural(snapshot.messages.length, 'message', 'messages')}.`}
          </p>
        )}
      </PanelSection>
    </>
  );
}
