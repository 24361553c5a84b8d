import { expect, it } from 'vitest';
import { poll } from '../harness/bounded';
import { openPaletteText } from '../harness/keyboard';

/**
 * The layer ReturnDesk draws over the platform page (issue 16, part 4), written once for both browsers: its one
 * stylesheet (overlay.css, put in the shadow root by WXT's createShadowRootUi) styles the shortcut help, a hostile
 * page's CSS does not reach inside (not even `!important` rules on our element), and none of ours reaches the page.
 */

export interface OverlayDriver {
  /** Opens a demo conversation in the tab and brings it to the front. */
  openConversation(folderId: string): Promise<void>;
  evaluate(script: string): Promise<unknown>;
  press(key: string): Promise<void>;
}

const FOLDER = '104820734';

/** A page that tries to hide and recolour everything, and that has elements with our class names of its own. */
const HOSTILE_PAGE_CSS = `(() => {
  const style = document.createElement('style');
  style.textContent = 'returndesk-overlay, returndesk-overlay * { display: none !important; } * { color: rgb(255, 0, 0) !important; font-family: fantasy !important; } .rd-help-backdrop, .rd-help { background: rgb(0, 255, 0) !important; }';
  document.head.append(style);
  const own = document.createElement('div');
  own.id = 'page-own-rd-help';
  own.className = 'rd-help-backdrop rd-toast';
  own.textContent = 'the page’s own element';
  document.body.prepend(own);
})()`;

/** How the open help looks, read from the page. */
const HELP_LOOK = `(() => {
  const host = document.querySelector('returndesk-overlay');
  const root = host?.shadowRoot;
  const backdrop = root?.querySelector('.rd-help-backdrop');
  const dialog = root?.querySelector('.rd-help');
  const close = root?.querySelector('.rd-help__close');
  if (!host || !backdrop || !dialog || !close) return null;
  const box = dialog.getBoundingClientRect();
  const own = getComputedStyle(document.getElementById('page-own-rd-help'));
  const pageRules = [...document.styleSheets].flatMap((sheet) => { try { return [...sheet.cssRules].map((rule) => rule.cssText); } catch { return []; } });
  return {
    hostDisplay: getComputedStyle(host).display,
    backdropPosition: getComputedStyle(backdrop).position,
    backdropZIndex: getComputedStyle(backdrop).zIndex,
    dialogBackground: getComputedStyle(dialog).backgroundColor,
    closeColor: getComputedStyle(close).color,
    closeFont: getComputedStyle(close).fontFamily,
    dialogShown: box.width > 200 && box.height > 100 && box.top >= 0 && box.bottom <= innerHeight,
    onTop: document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2) === host,
    pageElementPosition: own.position,
    pageRulesNamingOurClasses: pageRules.filter((text) => /\\.rd-(palette|help|toast|teach|layer|modal|kbd)/.test(text) && !text.includes('rgb(0, 255, 0)')),
  };
})()`;

export function overlayStyleTests(open: () => Promise<OverlayDriver>): void {
  it('the shortcut help over the page is styled by its own stylesheet, which the page’s CSS does not reach and which does not reach the page', async () => {
    const page = await open();
    await page.openConversation(FOLDER);
    await page.evaluate(HOSTILE_PAGE_CSS);
    await page.evaluate(`document.activeElement?.blur()`);
    await page.press('?');
    await poll(async () => (await openPaletteText(page)) || undefined, { timeoutMs: 10_000, what: 'the shortcut help over the page' });
    const look = await poll(async () => ((await page.evaluate(HELP_LOOK)) as Record<string, unknown> | null) ?? undefined, {
      timeoutMs: 5_000,
      what: 'the help dialog in the overlay',
    });
    expect(look).toEqual({
      hostDisplay: 'inline',
      backdropPosition: 'fixed',
      backdropZIndex: '2147483647',
      dialogBackground: expect.not.stringMatching(/rgb\(0, 255, 0\)/),
      closeColor: expect.not.stringMatching(/rgb\(255, 0, 0\)/),
      closeFont: expect.not.stringMatching(/fantasy/),
      dialogShown: true,
      onTop: true,
      pageElementPosition: 'static',
      pageRulesNamingOurClasses: [],
    });
    // Focus is in the dialog (its Close button) once it is drawn; Escape closes it.
    await poll(async () => ((await page.evaluate(`document.activeElement?.localName === 'returndesk-overlay'`)) ? true : undefined), {
      timeoutMs: 5_000,
      what: 'the help to take the focus',
    });
    await page.press('Escape');
    await poll(async () => ((await openPaletteText(page)) === '' ? true : undefined), { timeoutMs: 5_000, what: 'Escape to close the help' });
  });
}
