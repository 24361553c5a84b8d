import { useState } from 'preact/hooks';

type Status = { kind: 'idle' } | { kind: 'sending' } | { kind: 'sent' } | { kind: 'error'; message: string };

/**
 * Controlled on purpose, like the real back office's React composer: the text lives in state and only input
 * events update it. Code that writes `textarea.value` without firing `input` is overwritten on the next render,
 * and Send posts the state, not the DOM value.
 */
export function Composer({ recipient, onSend }: { recipient: string; onSend: (message: string) => Promise<void> }) {
  const [text, setText] = useState('');
  const [status, setStatus] = useState<Status>({ kind: 'idle' });

  const submit = async (event: Event) => {
    event.preventDefault();
    const message = text;
    if (!message.trim()) {
      setStatus({ kind: 'error', message: 'Write a message before sending.' });
      return;
    }
    setStatus({ kind: 'sending' });
    try {
      await onSend(message);
      setText('');
      setStatus({ kind: 'sent' });
    } catch (error) {
      setStatus({ kind: 'error', message: `Not sent: ${error instanceof Error ? error.message : String(error)}` });
    }
  };

  return (
    <form class="composer" data-qa="composer" onSubmit={submit}>
      <h2 class="composer-title">Reply to {recipient || 'the customer'}</h2>
      <textarea
        data-qa="composer-input"
        aria-label="Reply to the customer"
        // The browser tests type here, and Chromium's spellchecker would fetch a dictionary from Google.
        spellcheck={false}
        rows={5}
        placeholder="Write your reply…"
        value={text}
        onInput={(event) => setText(event.currentTarget.value)}
      />
      <div class="composer-actions">
        <span class="composer-status" role="status" data-qa="composer-status">
          {status.kind === 'sending'
            ? 'Sending…'
            : status.kind === 'sent'
              ? 'Message sent.'
              : status.kind === 'error'
                ? status.message
                : ''}
        </span>
        <button type="submit" data-qa="composer-send" disabled={status.kind === 'sending'}>
          Send
        </button>
      </div>
    </form>
  );
}
