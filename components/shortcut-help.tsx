import { Fragment } from 'preact';
import { useEffect, useId, useRef } from 'preact/hooks';
import { NOT_SET, placeLabel, type HelpEntry } from '@/utils/keyboard/shortcut-table';
import { t } from '@/utils/i18n/translate';

/**
 * The shortcut help (`?`): every key from the registry and the macros, grouped by where it works, the current
 * place first. A modal dialog: the focus starts on Close and cannot leave it with Tab; Escape or `?` closes it
 * through `onClose`, as does a click outside. No browser APIs; styled by entrypoints/platform.content/overlay.css in
 * the panel and in the page's shadow root.
 */

const groupHeadings = (): Record<string, string> => ({
  [placeLabel('browser')]: t('help.group.browser'),
  [placeLabel('panel')]: t('help.group.panel'),
  [placeLabel('page')]: t('help.group.page'),
});

export function ShortcutHelp({
  entries,
  context,
  onClose,
  note,
}: {
  entries: readonly HelpEntry[];
  /** Where the help was opened: that place's keys come first. */
  context: 'panel' | 'page';
  onClose: () => void;
  /** A line under the list, e.g. where to change the browser shortcuts. */
  note?: string;
}) {
  const titleId = `${useId()}-title`;
  const closeRef = useRef<HTMLButtonElement>(null);
  useRestoreFocus();
  useEffect(() => closeRef.current?.focus(), []);

  const first = placeLabel(context);
  const places = [...new Set([first, placeLabel('browser'), ...entries.map((entry) => entry.where)])];
  const groups = places
    .map((where) => ({ where, entries: entries.filter((entry) => entry.where === where) }))
    .filter((group) => group.entries.length > 0);

  const onKeyDown = (event: KeyboardEvent) => {
    event.stopPropagation();
    if (event.isComposing) return;
    if (event.key === 'Escape' || event.key === '?') {
      event.preventDefault();
      onClose();
    } else if (event.key === 'Tab') {
      keepFocusInside(event, event.currentTarget as HTMLElement);
    }
  };

  return (
    <div
      class="rd-help-backdrop"
      onMouseDown={(event) => {
        if (event.target === event.currentTarget) onClose();
      }}
    >
      <div class="rd-help" role="dialog" aria-modal="true" aria-labelledby={titleId} onKeyDown={(event) => onKeyDown(event)}>
        <div class="rd-help__header">
          <h2 id={titleId} class="rd-help__title">
            {t('help.title')}
          </h2>
          <button ref={closeRef} type="button" class="rd-help__close" onClick={onClose}>
            {t('help.close')}
          </button>
        </div>
        {/* Scrollable, so it takes the focus too: keyboard users can scroll a long list. */}
        <div class="rd-help__body" tabIndex={0} role="region" aria-label={t('help.region')}>
          {groups.length === 0 && <p class="rd-help__empty">{t('help.none')}</p>}
          {groups.map((group) => (
            <section key={group.where} class="rd-help__group">
              <h3 class="rd-help__heading">{groupHeadings()[group.where] ?? group.where}</h3>
              <dl class="rd-help__list">
                {group.entries.map((entry, index) => (
                  <div key={`${entry.keys}-${index}`} class="rd-help__row">
                    <dt class="rd-help__keys">
                      {entry.keys === NOT_SET ? <span class="rd-help__unset">{t('help.notSet')}</span> : <KeyChord keys={entry.keys} />}
                    </dt>
                    <dd class="rd-help__action">{entry.action}</dd>
                  </div>
                ))}
              </dl>
            </section>
          ))}
          {note && <p class="rd-help__note">{note}</p>}
        </div>
      </div>
    </div>
  );
}

/** "Alt+Shift+K" as keycaps (read out as "Alt plus Shift plus K"). */
export function KeyChord({ keys }: { keys: string }) {
  // "Ctrl++" is never produced (parseChord refuses it), so "+" always separates keys here.
  const parts = keys.split('+');
  return (
    <span class="rd-chord">
      {parts.map((part, index) => (
        <Fragment key={index}>
          {index > 0 && '+'}
          <kbd class="rd-kbd">{part}</kbd>
        </Fragment>
      ))}
    </span>
  );
}

const FOCUSABLE =
  'button:not([disabled]), [href], input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/** Tab and Shift+Tab cycle inside `container` (a modal dialog's focus trap). */
export function keepFocusInside(event: KeyboardEvent, container: HTMLElement) {
  const focusable = [...container.querySelectorAll<HTMLElement>(FOCUSABLE)];
  event.preventDefault();
  if (focusable.length === 0) return;
  const root = container.getRootNode() as Document | ShadowRoot;
  const index = focusable.indexOf(root.activeElement as HTMLElement);
  const next = event.shiftKey ? (index <= 0 ? focusable.length - 1 : index - 1) : (index + 1) % focusable.length;
  focusable[next]!.focus();
}

/** The element focused when a dialog opened gets the focus back when it closes (if it is still there). */
export function useRestoreFocus() {
  useEffect(() => {
    let previous = document.activeElement;
    // Focus inside a shadow root shows as its host: look inside.
    while (previous?.shadowRoot?.activeElement) previous = previous.shadowRoot.activeElement;
    return () => {
      if (previous instanceof HTMLElement && previous.isConnected && previous !== document.body) previous.focus({ preventScroll: true });
    };
  }, []);
}
