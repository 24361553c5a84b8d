import type { Attachment, ConversationSnapshot } from './snapshot';

const IMAGE_EXTENSIONS = /\.(jpe?g|png|gif|webp|heic|heif|bmp|avif)(\?|#|$)/i;

/** Whether an attachment is probably an image, before fetching it (name, URL or the page's type hint). */
export function looksLikeImage(attachment: Attachment): boolean {
  if (attachment.mimeHint?.startsWith('image/')) return true;
  return IMAGE_EXTENSIONS.test(attachment.name) || IMAGE_EXTENSIONS.test(attachment.url);
}

export interface ConversationAttachment extends Attachment {
  messageId: string;
  messageIndex: number;
  /** Place of the attachment within its message. */
  attachmentIndex: number;
  fromCustomer: boolean;
}

/** Every attachment in message order, with the message it came in. Same URL twice is listed once. */
export function conversationAttachments(snapshot: ConversationSnapshot): ConversationAttachment[] {
  const seen = new Set<string>();
  const result: ConversationAttachment[] = [];
  snapshot.messages.forEach((message, messageIndex) => {
    message.attachments.forEach((attachment, attachmentIndex) => {
      if (seen.has(attachment.url)) return;
      seen.add(attachment.url);
      result.push({
        ...attachment,
        messageId: message.id,
        messageIndex,
        attachmentIndex,
        fromCustomer: message.author === 'customer',
      });
    });
  });
  return result;
}
