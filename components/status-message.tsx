import type { ComponentChildren } from 'preact';

/** The panel's one live status line: announced by screen readers when it changes. */
export function StatusMessage({ tone = 'info', children }: { tone?: 'info' | 'warning' | 'error'; children: ComponentChildren }) {
  return (
    <div role="status" class={`status-message status-message--${tone}`}>
      {children}
    </div>
  );
}
