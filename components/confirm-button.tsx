import type { ComponentChildren } from 'preact';
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { t } from '@/utils/i18n/translate';

// Inline so the panel and the options page need no shared stylesheet change.
const DIALOG_STYLE = { border: '1px solid var(--line)', borderRadius: '6px', padding: '8px', marginTop: '6px' };

interface ConfirmButtonProps {
  label: string;
  /** What will happen, asked before doing it. */
  question: ComponentChildren;
  confirmLabel: string;
  /** Runs after the agent confirms; the caller shows the result. */
  onConfirm: () => Promise<void>;
  disabled?: boolean;
}

/**
 * A button for something that cannot be undone: it asks first, inline. Focus goes to Cancel (the harmless choice),
 * Escape cancels, and focus returns to the button afterwards so keyboard work carries on where it was.
 */
export function ConfirmButton({ label, question, confirmLabel, onConfirm, disabled = false }: ConfirmButtonProps) {
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);
  const questionId = useId();

  useEffect(() => {
    if (asking) cancel.current?.focus();
    else if (wasAsking.current) opener.current?.focus();
    wasAsking.current = asking;
  }, [asking]);

  const confirm = async () => {
    setBusy(true);
    try {
      await onConfirm();
    } finally {
      setBusy(false);
      setAsking(false);
    }
  };

  return (
    <div class="confirm-button">
      <button type="button" ref={opener} aria-expanded={asking} disabled={disabled || busy} onClick={() => setAsking(true)}>
        {label}
      </button>
      {asking && (
        <div
          role="alertdialog"
          aria-labelledby={questionId}
          class="confirm-button__dialog"
          style={DIALOG_STYLE}
          onKeyDown={(event) => {
            if (event.key === 'Escape' && !busy) {
              event.stopPropagation();
              setAsking(false);
            }
          }}
        >
          <p id={questionId}>{question}</p>
          <div class="row">
            <button type="button" disabled={busy} onClick={() => void confirm()}>
              {busy ? t('common.working') : confirmLabel}
            </button>
            <button type="button" ref={cancel} disabled={busy} onClick={() => setAsking(false)}>
              {t('common.cancel')}
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
