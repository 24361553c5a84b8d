import { ContentScriptContext as WxtContentScriptContext } from 'wxt/utils/content-script-context';

/**
 * WXT's content-script context with its page-visible channels taken out. The build hands this class to WXT's
 * content-script entry instead of WXT's own (scripts/build/page-silent-context.ts).
 *
 * WXT's context talks through the page's DOM: on start it dispatches a "content script started" event on
 * `document` (which a page script can listen for, learning that ReturnDesk is installed), and it stops itself when
 * such an event arrives, so a page that knows the extension id can fire one and shut ReturnDesk down in its tab.
 * Its URL watcher dispatches location-change events on `window`, which the page can also see and forge.
 *
 * Here nothing is dispatched or posted, and nothing from the page is listened for:
 * - a copy left behind by an update or reload notices it by itself: the extension's runtime id disappears from an
 *   orphaned content script (Chrome; Firefox unloads old copies), which `isInvalid` checks; a timer checks it so
 *   the overlay and listeners go even when no key is pressed, and the keyboard checks it before acting;
 * - `wxt:locationchange` handlers are called directly by a watcher private to this context.
 */

/** How often an idle copy checks whether the extension it belongs to was updated or reloaded. */
const ORPHAN_CHECK_MS = 5_000;
/** URL polling, as WXT does where the Navigation API is missing (Firefox ESR), and as a safety net elsewhere. */
const LOCATION_POLL_MS = 1_000;

type LocationHandler = (event: Event & { newUrl: URL; oldUrl: URL }) => void;

export class ContentScriptContext extends WxtContentScriptContext {
  /** Set on first use: the base constructor calls the overrides below before this class's fields would exist. */
  private locationHandlers: LocationHandler[] | undefined;

  /** WXT dispatches its start event on `document` and may post it to `window`: nothing is sent here. */
  override stopOldScripts(): void {
    // Deliberately empty: see above.
  }

  /** WXT listens on `document` for a start event any page script can fake: the runtime id is checked instead. */
  override listenForNewerScripts(): void {
    // The interval wrapper reads `isValid`, which invalidates the context once the runtime id is gone.
    this.setInterval(() => undefined, ORPHAN_CHECK_MS);
  }

  override addEventListener(...args: Parameters<WxtContentScriptContext['addEventListener']>): void {
    const [target, type, handler, options] = args as unknown as [EventTarget, string, LocationHandler, AddEventListenerOptions?];
    if (type !== 'wxt:locationchange') {
      // Page events under their own names (keydown, input...): WXT only adds the context's abort signal.
      if (type.startsWith('wxt:')) throw new Error(`ReturnDesk's content-script context has no page event "${type}"`);
      target.addEventListener(type, handler as EventListener, { ...options, signal: this.signal });
      return;
    }
    if (!this.locationHandlers) {
      this.locationHandlers = [];
      this.watchLocation();
    }
    this.locationHandlers.push(handler);
  }

  private watchLocation(): void {
    let lastUrl = new URL(location.href);
    const check = () => {
      if (location.href === lastUrl.href) return;
      const oldUrl = lastUrl;
      lastUrl = new URL(location.href);
      // Handed to the handlers only: the event is never dispatched where the page could see it.
      const event = Object.assign(new Event('wxt:locationchange'), { newUrl: lastUrl, oldUrl });
      for (const handler of this.locationHandlers ?? []) if (this.isValid) handler(event);
    };
    const navigation = (globalThis as { navigation?: EventTarget }).navigation;
    if (typeof navigation?.addEventListener === 'function') {
      // Prompt where the Navigation API exists. `navigate` fires before the URL changes, so the comparison waits a
      // task; any event, one a page script dispatches included, only prompts that comparison.
      navigation.addEventListener('navigate', () => this.setTimeout(check, 0), { signal: this.signal });
    }
    this.setInterval(check, LOCATION_POLL_MS);
  }
}
