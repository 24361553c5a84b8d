import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { TEACH_KEYS, type TeachKey } from '@/utils/messages';
import { describeElement } from '@/utils/sites/teach/preview';
import { t } from '@/utils/i18n/translate';

/**
 * "Point at it": a highlight over the page that follows the pointer and names the element under it, so the agent
 * can show ReturnDesk a part it could not find. Click or Enter picks; Escape cancels; ArrowUp/ArrowDown move to the
 * parent/first child and ArrowLeft/ArrowRight to the siblings (from the page, or forwarded by the panel, which
 * usually has the focus). Only trusted events count, so the page cannot pick for the agent, and while pointing the
 * page sees none of the clicks and keys (they are the agent's answer to us, not to the page). Nothing is posted to
 * the page; the overlay is a shadow root of its own and is gone as soon as pointing ends.
 */

export interface TeachOverlay {
  /** Starts pointing (ending any pointing still running as cancelled); resolves with the picked element or null. */
  point(partLabel: string, start: Element | null): Promise<Element | null>;
  /** A key for the running pointing; returns the highlighted element's name, or null when none is running. */
  press(key: TeachKey): string | null;
}

const TEACH_CSS = `
:host { all: initial; }
.rd-teach { position: fixed; inset: 0; pointer-events: none; z-index: 2147483647; font: 14px/1.4 system-ui, sans-serif; }
.rd-teach__box { position: fixed; border: 2px solid #e8590c; background: rgb(232 89 12 / 12%); border-radius: 3px; }
.rd-teach__label { position: fixed; max-width: 70vw; padding: 3px 8px; border-radius: 4px; background: #e8590c; color: #fff;
  white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.rd-teach__banner { position: fixed; top: 8px; left: 50%; transform: translateX(-50%); padding: 8px 14px; border-radius: 8px;
  background: #1b1b1f; color: #fff; box-shadow: 0 4px 16px rgb(0 0 0 / 25%); }
`;

/** Events the page must not see while the agent is pointing: a click there is a pick, not a press on the page. */
const SWALLOWED_POINTER_EVENTS = ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'dblclick', 'auxclick', 'contextmenu'] as const;

export function createTeachOverlay(ctx: ContentScriptContext): TeachOverlay {
  const host = document.createElement('returndesk-teach');
  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = TEACH_CSS;
  const root = document.createElement('div');
  shadow.append(style, root);

  let running: { label: string; current: Element | null; finish: (picked: Element | null) => void } | null = null;

  const draw = () => {
    if (!running || ctx.isInvalid) return;
    if (!host.isConnected) document.documentElement.append(host);
    const { current, label } = running;
    const rect = current?.getBoundingClientRect();
    render(
      <div class="rd-teach" data-returndesk-teach="">
        <div class="rd-teach__banner" role="status" aria-live="polite">
          {t('teach.banner', { part: label })}
        </div>
        {current && rect && (
          <>
            <div class="rd-teach__box" style={{ left: `${rect.left}px`, top: `${rect.top}px`, width: `${rect.width}px`, height: `${rect.height}px` }} />
            <div class="rd-teach__label" data-returndesk-teach-label="" style={{ left: `${Math.max(0, rect.left)}px`, top: `${rect.top >= 28 ? rect.top - 26 : rect.bottom + 2}px` }}>
              {describeElement(current)}
            </div>
          </>
        )}
      </div>,
      root,
    );
  };

  /** The page element an event is about: through open shadow roots, never our own layers. */
  const pageElementOf = (event: Event): Element | null => {
    for (const target of event.composedPath()) {
      if (target === host) return null;
      if (target instanceof Element && !(target.getRootNode() === shadow)) return target;
    }
    return null;
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
    if (key === 'Escape') return running.finish(null);
    if (key === 'Enter') return running.finish(current ?? null);
    if (!current) return highlight(document.body);
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
          render(null, root);
          host.remove();
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
