import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { KeyboardConfig } from '@/utils/messages';
import type { PaletteEntry } from '@/utils/keyboard/palette';
import { CommandPalette, COMMAND_PALETTE_CSS } from '@/components/command-palette';
import { ShortcutHelp, SHORTCUT_HELP_CSS } from '@/components/shortcut-help';

/**
 * ReturnDesk's layer over the platform page: the command palette, the shortcut help and short status toasts. It
 * lives in a shadow root, so the page's CSS cannot restyle it and ours cannot leak into the page. Everything in
 * it is rendered as text by Preact (no HTML from the page or the templates).
 */

export interface Toast {
  tone: 'info' | 'warning';
  message: string;
}

export interface PageOverlay {
  toast(toast: Toast): void;
  openPalette(entries: readonly PaletteEntry[], onRun: (entry: PaletteEntry) => void): void;
  openHelp(rows: KeyboardConfig['help']): void;
  /** Keys typed inside the overlay belong to it, not to the page's chords. */
  containsEvent(event: Event): boolean;
}

const OVERLAY_CSS = `
:host { all: initial; }
.rd-layer { position: fixed; inset: 0; pointer-events: none; z-index: 2147483646; font: 14px/1.4 system-ui, sans-serif; color: #1b1b1f; }
.rd-toast { position: fixed; right: 16px; bottom: 16px; max-width: 420px; padding: 10px 14px; border-radius: 8px;
  background: #1b1b1f; color: #fff; box-shadow: 0 4px 16px rgb(0 0 0 / 25%); pointer-events: auto; }
.rd-toast[data-tone="warning"] { background: #7a2e00; }
.rd-modal { pointer-events: auto; }
`;

type Open = { kind: 'palette'; entries: readonly PaletteEntry[]; onRun: (entry: PaletteEntry) => void } | { kind: 'help'; rows: KeyboardConfig['help'] } | null;

/** Every event the palette, the help or a toast could act on. */
const UNTRUSTED_STOPPED = [
  'click', 'dblclick', 'auxclick', 'contextmenu', 'mousedown', 'mouseup', 'mousemove', 'pointerdown', 'pointerup',
  'keydown', 'keyup', 'keypress', 'beforeinput', 'input', 'change', 'submit',
] as const;

/** How long a toast stays: long enough to read a failure message. */
const TOAST_MS = { info: 5_000, warning: 12_000 };

export function createPageOverlay(ctx: ContentScriptContext): PageOverlay {
  const host = document.createElement('returndesk-overlay');
  // Open, not closed: a closed root hides nothing from a hostile page (it can restyle or remove the host anyway),
  // and an open one lets the browser tests read what the agent sees.
  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = OVERLAY_CSS + COMMAND_PALETTE_CSS + SHORTCUT_HELP_CSS;
  const root = document.createElement('div');
  shadow.append(style, root);
  // Only the agent acts on the overlay: clicks, keys and typing a page script makes (untrusted) stop at the shadow
  // root, before any of the palette's or help's handlers, so a page cannot run a palette entry.
  for (const type of UNTRUSTED_STOPPED) {
    shadow.addEventListener(
      type,
      (event) => {
        if (event.isTrusted) return;
        event.preventDefault();
        event.stopImmediatePropagation();
      },
      { capture: true },
    );
  }
  // The keys typed in the palette are ours: the page's own shortcuts must not see them.
  for (const type of ['keydown', 'keyup', 'keypress', 'input'] as const) {
    shadow.addEventListener(type, (event) => event.stopPropagation());
  }

  let open: Open = null;
  let toast: Toast | null = null;
  let toastTimer: ReturnType<typeof setTimeout> | undefined;
  /** Where the agent was (usually the composer, with its cursor) before the palette took the focus. */
  let returnTo: { element: HTMLElement | null; range: Range | null } = { element: null, range: null };

  const attach = () => {
    if (!host.isConnected) document.documentElement.append(host);
  };

  const restoreFocus = () => {
    const { element, range } = returnTo;
    element?.focus();
    if (range) {
      const selection = document.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
    }
  };

  const close = () => {
    open = null;
    draw();
    restoreFocus();
  };

  const draw = () => {
    if (ctx.isInvalid) return;
    attach();
    render(
      <div class="rd-layer">
        {open?.kind === 'palette' && (
          <div class="rd-modal">
            <CommandPalette
              items={open.entries}
              onRun={(entry: PaletteEntry) => {
                const run = open?.kind === 'palette' ? open.onRun : null;
                close();
                run?.(entry);
              }}
              onClose={close}
            />
          </div>
        )}
        {open?.kind === 'help' && (
          <div class="rd-modal">
            <ShortcutHelp entries={open.rows} context="page" onClose={close} />
          </div>
        )}
        {toast && (
          <div class="rd-toast" role="status" aria-live="polite" data-tone={toast.tone} data-returndesk-toast="">
            {toast.message}
          </div>
        )}
      </div>,
      root,
    );
  };

  const remember = () => {
    const active = document.activeElement instanceof HTMLElement && document.activeElement !== host ? document.activeElement : null;
    const selection = document.getSelection();
    returnTo = {
      element: active,
      range: selection && selection.rangeCount > 0 ? selection.getRangeAt(0).cloneRange() : null,
    };
  };

  ctx.onInvalidated(() => {
    render(null, root);
    host.remove();
  });

  return {
    toast(next) {
      toast = next;
      clearTimeout(toastTimer);
      toastTimer = setTimeout(() => {
        toast = null;
        draw();
      }, TOAST_MS[next.tone]);
      draw();
    },
    openPalette(entries, onRun) {
      if (!open) remember();
      open = { kind: 'palette', entries, onRun };
      draw();
    },
    openHelp(rows) {
      if (!open) remember();
      open = { kind: 'help', rows };
      draw();
    },
    containsEvent(event) {
      return event.composedPath().includes(host);
    },
  };
}
