import { Fragment } from 'preact';
import { useEffect, useId, useRef } from 'preact/hooks';
import { NOT_SET, placeLabel, type HelpEntry } from '@/utils/keyboard/shortcut-table';
import { t } from '@/utils/i18n/translate';

/**
 * The shortcut help (`?`): every key from the registry and the macros, grouped by where it works, the current
 * place first. A modal dialog: the focus starts on Close and cannot leave it with Tab; Escape or `?` closes it
 * through `onClose`, as does a click outside. No browser APIs; `SHORTCUT_HELP_CSS` is injected by the host (the
 * panel, or the page's shadow root).
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
      <div class="rd-help" role="dialog" aria-modal="true" aria-labelledby={titleId} onKeyDown={(event) => onKeyDown(event as unknown as KeyboardEvent)}>
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
                    <dt class="rd-help__keys">{entry.keys === NOT_SET ? <span class="rd-help__unset">{t('help.notSet')}</span> : <KeyChord keys={entry.keys} />}</dt>
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

const FOCUSABLE = 'button:not([disabled]), [href], input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

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

/** Colours for both dialogs, light and dark after the browser; own names, so the page's variables cannot leak in. */
export const DIALOG_THEME_CSS = `
.rd-palette-backdrop, .rd-help-backdrop {
  --rd-bg: #ffffff; --rd-fg: #1d1d1f; --rd-muted: #5a5a63; --rd-line: #d9d9de; --rd-active: #e8f0fe; --rd-accent: #0b57d0;
}
@media (prefers-color-scheme: dark) {
  .rd-palette-backdrop, .rd-help-backdrop {
    --rd-bg: #1b1b1f; --rd-fg: #ececf1; --rd-muted: #a5a5b0; --rd-line: #3a3a42; --rd-active: #2c3a55; --rd-accent: #8ab4f8;
  }
}
.rd-visually-hidden { position: absolute; width: 1px; height: 1px; margin: -1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
`;

export const KEY_CHORD_CSS = `
.rd-chord { white-space: nowrap; }
.rd-kbd {
  display: inline-block; min-width: 1.4em; margin: 0 1px; padding: 0 5px; border: 1px solid var(--rd-line); border-bottom-width: 2px;
  border-radius: 4px; background: var(--rd-bg); color: var(--rd-fg);
  font: 12px/1.6 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; text-align: center;
}
`;

/** Styles for the panel and for the page's shadow root (inject with adoptedStyleSheets: no page CSP applies). */
export const SHORTCUT_HELP_CSS = `${DIALOG_THEME_CSS}${KEY_CHORD_CSS}
.rd-help-backdrop {
  position: fixed; inset: 0; z-index: 2147483647; display: flex; justify-content: center; align-items: flex-start;
  padding: 8vh 12px 12px; background: rgb(0 0 0 / 0.25);
  font: 14px/1.45 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif; color: var(--rd-fg); text-align: left;
}
.rd-help {
  box-sizing: border-box; width: min(560px, 100%); max-height: 80vh; display: flex; flex-direction: column;
  background: var(--rd-bg); border: 1px solid var(--rd-line); border-radius: 10px; box-shadow: 0 12px 40px rgb(0 0 0 / 0.3);
}
.rd-help__header { display: flex; justify-content: space-between; align-items: center; gap: 12px; padding: 10px 14px; border-bottom: 1px solid var(--rd-line); }
.rd-help__title { margin: 0; font-size: 16px; }
.rd-help__close {
  font: inherit; color: inherit; background: transparent; border: 1px solid var(--rd-line); border-radius: 6px; padding: 4px 10px; cursor: pointer;
}
.rd-help__close:focus-visible, .rd-help__body:focus-visible { outline: 2px solid var(--rd-accent); outline-offset: 2px; }
.rd-help__body { overflow-y: auto; padding: 6px 14px 12px; }
.rd-help__heading { margin: 10px 0 4px; font-size: 13px; color: var(--rd-muted); text-transform: uppercase; letter-spacing: 0.04em; }
.rd-help__list { margin: 0; display: grid; gap: 4px; }
.rd-help__row { display: grid; grid-template-columns: 11em minmax(0, 1fr); gap: 12px; align-items: baseline; }
.rd-help__keys { margin: 0; }
.rd-help__action { margin: 0; overflow-wrap: anywhere; }
.rd-help__unset, .rd-help__empty, .rd-help__note { color: var(--rd-muted); }
.rd-help__note { margin: 12px 0 0; font-size: 13px; }
`;
