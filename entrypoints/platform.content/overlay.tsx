import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { KeyboardConfig } from '@/utils/messages';
import type { PaletteEntry } from '@/utils/keyboard/palette';
import { CommandPalette } from '@/components/command-palette';
import { ShortcutHelp } from '@/components/shortcut-help';
import { createShadowLayer } from './shadow-layer';

/**
 * ReturnDesk's layer over the platform page: the command palette, the shortcut help and short status toasts. It
 * lives in a shadow root (shadow-layer.ts, styled by overlay.css), so the page's CSS cannot restyle it and ours
 * cannot leak into the page. Everything in it is rendered as text by Preact (no HTML from the page or the templates).
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

type Open =
  | { kind: 'palette'; entries: readonly PaletteEntry[]; onRun: (entry: PaletteEntry) => void }
  | { kind: 'help'; rows: KeyboardConfig['help'] }
  | null;

/** Every event the palette, the help or a toast could act on. */
const UNTRUSTED_STOPPED = [
  'click',
  'dblclick',
  'auxclick',
  'contextmenu',
  'mousedown',
  'mouseup',
  'mousemove',
  'pointerdown',
  'pointerup',
  'keydown',
  'keyup',
  'keypress',
  'beforeinput',
  'input',
  'change',
  'submit',
] as const;

/** How long a toast stays: long enough to read a failure message. */
const TOAST_MS = { info: 5_000, warning: 12_000 };

export function createPageOverlay(ctx: ContentScriptContext): PageOverlay {
  // Only the agent acts on the overlay: clicks, keys and typing a page script makes (untrusted) stop at the shadow
  // root, before any of the palette's or help's handlers, so a page cannot run a palette entry.
  const stopUntrusted = (shadow: ShadowRoot) => {
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
  };
  const layer = createShadowLayer(ctx, {
    name: 'returndesk-overlay',
    // The keys typed in the palette are ours: the page's own shortcuts must not see them.
    isolateEvents: ['keydown', 'keyup', 'keypress', 'input'],
    onShadowRoot: stopUntrusted,
  });

  let open: Open = null;
  let toast: Toast | null = null;
  let toastTimer: ReturnType<typeof setTimeout> | undefined;
  /** Where the agent was (usually the composer, with its cursor) before the palette took the focus. */
  let returnTo: { element: HTMLElement | null; range: Range | null } = { element: null, range: null };

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
    layer.render(
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
    );
  };

  const remember = () => {
    const active = document.activeElement instanceof HTMLElement && document.activeElement !== layer.host ? document.activeElement : null;
    const selection = document.getSelection();
    returnTo = {
      element: active,
      range: selection && selection.rangeCount > 0 ? selection.getRangeAt(0).cloneRange() : null,
    };
  };

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
      return layer.contains(event);
    },
  };
}
