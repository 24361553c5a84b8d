import type { ConversationSnapshot } from '@/utils/sites/snapshot';
import { conversationAttachments, looksLikeImage } from '@/utils/sites/attachments';
import { ConversationHeader } from './conversation-header';
import { PanelSection } from './panel-section';
import { ProblemList } from './problem-list';

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** Everything the panel shows for one readable conversation. */
export function ConversationView({ snapshot }: { snapshot: ConversationSnapshot }) {
  const attachments = conversationAttachments(snapshot);
  const customerImages = attachments.filter((attachment) => attachment.fromCustomer && looksLikeImage(attachment));
  const messagesWithImages = new Set(customerImages.map((attachment) => attachment.messageId)).size;
  return (
    <>
      <ConversationHeader snapshot={snapshot} />
      <ProblemList problems={snapshot.problems} />
      <PanelSection id="photos" title="Photos">
        <p>
          {customerImages.length === 0
            ? 'The customer has not sent any photos in this conversation yet.'
            : `${plural(customerImages.length, 'photo', 'photos')} from the customer in ${plural(messagesWithImages, 'message', 'messages')}.`}
        </p>
      </PanelSection>
      <PanelSection id="numbers" title="Numbers">
        <p>
          {attachments.length === 0
            ? 'No attachments to read numbers from.'
            : `${plural(attachments.length, 'attachment', 'attachments')} in ${plural(snapshot.messages.length, 'message', 'messages')}.`}
        </p>
      </PanelSection>
      <PanelSection id="replies" title="Replies">
        <p>
          {snapshot.composerFound
            ? 'The reply box was found: replies will be inserted at its cursor.'
            : 'The reply box was not found on this page, so replies cannot be inserted.'}
        </p>
      </PanelSection>
    </>
  );
}
