import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { TEACH_KEYS, type TeachKey } from '@/utils/messages';
import { describeElement } from '@/utils/sites/teach/preview';
import { createShadowLayer } from './shadow-layer';
import { t } from '@/utils/i18n/translate';

/**
 * "Point at it": a highlight over the page that follows the pointer and names the element under it, so the agent
 * can show ReturnDesk a part it could not find. Click or Enter picks; Escape cancels; ArrowUp/ArrowDown move to the
 * parent/first child and ArrowLeft/ArrowRight to the siblings (from the page, or forwarded by the panel, which
 * usually has the focus). Only trusted events count, so the page cannot pick for the agent, and while pointing the
 * page sees none of the clicks and keys (they are the agent's answer to us, not to the page). Nothing is posted to
 * the page; the overlay is a shadow root of its own (shadow-layer.ts, styled by overlay.css) and is
 * gone as soon as pointing ends.
 */

export interface TeachOverlay {
  /** Starts pointing (ending any pointing still running as cancelled); resolves with the picked element or null. */
  point(partLabel: string, start: Element | null): Promise<Element | null>;
  /** A key for the running pointing; returns the highlighted element's name, or null when none is running. */
  press(key: TeachKey): string | null;
}

/** Events the page must not see while the agent is pointing: a click there is a pick, not a press on the page. */
const SWALLOWED_POINTER_EVENTS = ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'dblclick', 'auxclick', 'contextmenu'] as const;

export function createTeachOverlay(ctx: ContentScriptContext): TeachOverlay {
  const layer = createShadowLayer(ctx, { name: 'returndesk-teach' });

  let running: { label: string; current: Element | null; finish: (picked: Element | null) => void } | null = null;

  const draw = () => {
    if (!running) return;
    const { current, label } = running;
    const rect = current?.getBoundingClientRect();
    layer.render(
      <div class="rd-teach" data-returndesk-teach="">
        <div class="rd-teach__banner" role="status" aria-live="polite">
          {t('teach.banner', { part: label })}
        </div>
        {current && rect && (
          <>
            <div
              class="rd-teach__box"
              style={{ left: `${rect.left}px`, top: `${rect.top}px`, width: `${rect.width}px`, height: `${rect.height}px` }}
            />
            <div
              class="rd-teach__label"
              data-returndesk-teach-label=""
              style={{ left: `${Math.max(0, rect.left)}px`, top: `${rect.top >= 28 ? rect.top - 26 : rect.bottom + 2}px` }}
            >
              {describeElement(current)}
            </div>
          </>
        )}
      </div>,
    );
  };

  /** The page element an event is about: through open shadow roots, never our own layers. */
  const pageElementOf = (event: Event): Element | null => {
    if (layer.contains(event)) return null;
    return event.composedPath().find((target) => target instanceof Element) ?? null;
  };

  const highlight = (element: Element | null) => {
    if (!running || !element || element === document.documentElement) return;
    running.current = element;
    draw();
  };

  const up = (element: Element): Element | null => {
    if (element === document.body) return null;
    if (element.parentElement) return element.parentElement;
    const root = element.getRootNode();
    return root instanceof ShadowRoot ? root.host : null;
  };

  const move = (key: TeachKey) => {
    const current = running?.current;
    if (!running) return;
    if (key === 'Escape') {
      running.finish(null);
      return;
    }
    if (key === 'Enter') {
      running.finish(current ?? null);
      return;
    }
    if (!current) {
      highlight(document.body);
      return;
    }
    const next = {
      ArrowUp: () => up(current),
      ArrowDown: () => current.firstElementChild ?? current.shadowRoot?.firstElementChild ?? null,
      ArrowLeft: () => current.previousElementSibling,
      ArrowRight: () => current.nextElementSibling,
    }[key]();
    highlight(next);
  };

  const start = (label: string, first: Element | null): Promise<Element | null> => {
    running?.finish(null);
    const listening = new AbortController();
    const options = { capture: true, signal: listening.signal };
    return new Promise<Element | null>((resolve) => {
      const session = {
        label,
        current: first,
        finish: (picked: Element | null) => {
          if (running !== session) return;
          running = null;
          listening.abort();
          layer.remove();
          resolve(picked);
        },
      };
      running = session;
      window.addEventListener(
        'mousemove',
        (event) => {
          if (event.isTrusted) highlight(pageElementOf(event));
        },
        options,
      );
      for (const type of SWALLOWED_POINTER_EVENTS) {
        window.addEventListener(
          type,
          (event) => {
            if (!event.isTrusted) return;
            event.preventDefault();
            event.stopImmediatePropagation();
          },
          options,
        );
      }
      window.addEventListener(
        'click',
        (event) => {
          if (!event.isTrusted) return;
          event.preventDefault();
          event.stopImmediatePropagation();
          const picked = pageElementOf(event);
          if (picked) session.finish(picked);
        },
        options,
      );
      window.addEventListener(
        'keydown',
        (event) => {
          if (!event.isTrusted || event.isComposing) return;
          if (!(TEACH_KEYS as readonly string[]).includes(event.key)) return;
          event.preventDefault();
          event.stopImmediatePropagation();
          move(event.key as TeachKey);
        },
        options,
      );
      window.addEventListener('scroll', draw, { ...options, passive: true });
      window.addEventListener('resize', draw, options);
      ctx.onInvalidated(() => session.finish(null));
      highlight(first ?? document.elementFromPoint(window.innerWidth / 2, window.innerHeight / 2) ?? document.body);
      draw();
    });
  };

  return {
    point: start,
    press(key) {
      if (!running) return null;
      move(key);
      return running?.current ? describeElement(running.current) : null;
    },
  };
}
