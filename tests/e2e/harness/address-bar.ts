import { execFileSync } from 'node:child_process';
import { waitFor } from './bounded';
import type { DrivenTab } from './driver';

/**
 * Opens a page in a tab as a person would: its address typed in the address bar, with real X key events
 * (xdotool). For Firefox's store build: WebDriver BiDi refuses to navigate to moz-extension:// pages, and the store
 * build lets no web page open them (the demo build's way round), so typing the address is the one way in. Needs a
 * headed browser on an X display (Xvfb in `bash scripts/test.sh`); the tab should show nothing that a click at the
 * middle of the window would change (a new tab), since that click gives the window the input focus.
 */
export async function openFromAddressBar(tab: DrivenTab, url: string): Promise<void> {
  await tab.bringToFront();
  // There is no window manager under Xvfb: a click gives the browser window the input focus.
  execFileSync('xdotool', ['mousemove', '700', '400', 'click', '1']);
  execFileSync('xdotool', ['key', '--clearmodifiers', 'ctrl+l']);
  // Keys typed before the address bar has the focus are lost (the address would lose its start and be searched for).
  await new Promise((resolve) => setTimeout(resolve, 500));
  execFileSync('xdotool', ['type', '--delay', '10', url]);
  execFileSync('xdotool', ['key', 'Return']);
  let shown = '';
  await waitFor(async () => (shown = await tab.url()).startsWith(url) && (await tab.run(() => document.readyState === 'complete')), {
    timeoutMs: 20_000,
    what: () => `${url} to load from the address bar (the tab shows ${shown})`,
  });
}
