import type { MessageView } from '../../data/view';

const ROLE_LABELS: Record<MessageView['role'], string> = {
  customer: 'Customer',
  merchant: 'Seller',
  backmarket: 'Back Market',
  unknown: 'Unknown',
};

export function formatDateTime(iso: string | null): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  // Fixed zone so the page (and the fixtures dumped from it) read the same on every machine.
  return `${new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }).format(date)} UTC`;
}

export function MessageItem({ message }: { message: MessageView }) {
  return (
    <li
      class={`message message--${message.role}${message.informative ? ' message--informative' : ''}`}
      data-qa="message"
      data-message-id={message.id}
      data-author-role={message.role}
    >
      <header class="message-header">
        <span class="message-author" data-qa="message-author">
          {message.authorName}
        </span>
        <span class="role-badge">{ROLE_LABELS[message.role]}</span>
        {message.date && (
          <time class="message-date" data-qa="message-date" dateTime={message.date}>
            {formatDateTime(message.date)}
          </time>
        )}
      </header>
      <p class="message-body" data-qa="message-body">
        {message.text}
      </p>
      {message.attachments.length > 0 && (
        <ul class="attachments" data-qa="message-attachments">
          {message.attachments.map((attachment, index) => (
            <li key={`${index}-${attachment.url}`}>
              {attachment.linkable ? (
                <a
                  class="attachment"
                  data-qa="message-attachment"
                  data-file-name={attachment.name}
                  type={attachment.mimeType ?? undefined}
                  href={attachment.url}
                  target="_blank"
                  rel="noopener noreferrer"
                >
                  {attachment.thumbnailUrl ? (
                    <img src={attachment.thumbnailUrl} alt={attachment.name} loading="lazy" />
                  ) : (
                    <span class="attachment-name">{attachment.name}</span>
                  )}
                </a>
              ) : (
                <span class="attachment attachment--blocked" data-qa="message-attachment" title="Link removed by the platform">
                  {attachment.name}
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}
