import { render, type ComponentChild } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';

/**
 * One of ReturnDesk's layers over the platform page (the palette, help and toasts; the "Point at it" highlight):
 * a Preact tree in a shadow root made by WXT's `createShadowRootUi`, which resets the page's inherited styles
 * (`:host { all: initial !important }`, so even a page's `!important` rule on our element loses), puts overlay.css
 * inside (the content script's `cssInjectionMode: 'ui'`) and removes the layer when the extension is reloaded or
 * updated. Nothing is on the page until the first render, and a layer the page removed comes back on the next one.
 */
export interface ShadowLayer {
  /** Draws `content` in the layer, putting the layer over the page first when it is not there. */
  render(content: ComponentChild): void;
  /** Takes the layer off the page; the next render puts it back. */
  remove(): void;
  /** True for an event inside the layer (keys typed in the palette, a click on a toast). */
  contains(event: Event): boolean;
  /** The element on the page that holds the shadow root (the page's `document.activeElement` while we have the focus). */
  readonly host: HTMLElement | null;
}

export function createShadowLayer(
  ctx: ContentScriptContext,
  options: {
    /** The host element's name, which the browser tests look for. */
    name: string;
    /** Events that must not bubble out of the layer to the page's own listeners. */
    isolateEvents?: string[];
    /** Listeners on the shadow root itself (they run before any of the layer's own handlers). */
    onShadowRoot?: (shadow: ShadowRoot) => void;
  },
): ShadowLayer {
  let host: HTMLElement | null = null;
  // Created at once, so the stylesheet is loaded before the agent's first key; mounted on first use only.
  const ready: Promise<ShadowRootContentScriptUi<HTMLElement>> = createShadowRootUi(ctx, {
    name: options.name,
    // Open, not closed: a closed root hides nothing from a hostile page (it can restyle or remove the host anyway),
    // and an open one lets the browser tests read what the agent sees.
    mode: 'open',
    // Our layers place themselves (`position: fixed` in overlay.css): WXT's 'overlay' and 'modal' positions style
    // the host inline, which its own `all: initial !important` reset then overrides.
    position: 'inline',
    // The page's <body> may be replaced by a single-page app; the root element stays.
    anchor: () => document.documentElement,
    append: 'last',
    isolateEvents: options.isolateEvents ?? false,
    onMount: (container) => container,
    onRemove: (container) => {
      if (container) render(null, container);
    },
  }).then((ui) => {
    host = ui.shadowHost;
    options.onShadowRoot?.(ui.shadow);
    return ui;
  });

  return {
    render(content) {
      void ready.then((ui) => {
        if (ctx.isInvalid) return;
        if (!ui.shadowHost.isConnected) ui.mount();
        render(content, ui.uiContainer);
      });
    },
    remove() {
      void ready.then((ui) => ui.remove());
    },
    contains(event) {
      return host !== null && event.composedPath().includes(host);
    },
    get host() {
      return host;
    },
  };
}
