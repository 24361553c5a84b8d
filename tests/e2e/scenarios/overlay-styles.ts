import { expect, it } from 'vitest';
import { waitFor, type Driver } from '../harness/driver';
import { COMPOSER, openPaletteText } from '../harness/keyboard';

/**
 * The layer ReturnDesk draws over the platform page (issue 16, part 4), written once for both browsers: its one
 * stylesheet (overlay.css, put in the shadow root by WXT's createShadowRootUi) styles the shortcut help, a hostile
 * page's CSS does not reach inside (not even `!important` rules on our element), and none of ours reaches the page.
 */

const FOLDER = '104820734';

/** Runs in the page: a page that tries to hide and recolour everything, and that has elements with our class names of its own. */
function addHostilePageCss(): void {
  const style = document.createElement('style');
  style.textContent =
    'returndesk-overlay, returndesk-overlay * { display: none !important; } * { color: rgb(255, 0, 0) !important; font-family: fantasy !important; } .rd-help-backdrop, .rd-help { background: rgb(0, 255, 0) !important; }';
  document.head.append(style);
  const own = document.createElement('div');
  own.id = 'page-own-rd-help';
  own.className = 'rd-help-backdrop rd-toast';
  own.textContent = 'the page’s own element';
  document.body.prepend(own);
}

/** Runs in the page: how the open help looks. */
function helpLook() {
  const host = document.querySelector('returndesk-overlay');
  const root = host?.shadowRoot;
  const backdrop = root?.querySelector<HTMLElement>('.rd-help-backdrop');
  const dialog = root?.querySelector('.rd-help');
  const close = root?.querySelector('.rd-help__close');
  if (!host || !backdrop || !dialog || !close) return null;
  const box = dialog.getBoundingClientRect();
  const own = getComputedStyle(document.getElementById('page-own-rd-help')!);
  const pageRules = [...document.styleSheets].flatMap((sheet) => {
    try {
      return [...sheet.cssRules].map((rule) => rule.cssText);
    } catch {
      return [];
    }
  });
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
    pageRulesNamingOurClasses: pageRules.filter(
      (text) => /\.rd-(palette|help|toast|teach|layer|modal|kbd)/.test(text) && !text.includes('rgb(0, 255, 0)'),
    ),
  };
}

export function overlayStyleTests(use: () => Driver): void {
  it('the shortcut help over the page is styled by its own stylesheet, which the page’s CSS does not reach and which does not reach the page', async () => {
    const driver = use();
    const { page } = driver;
    await driver.openConversation(`${driver.origin}/bo-seller/customer-care/folders/${FOLDER}`);
    await waitFor(() => page.run((selector) => document.querySelector(selector) !== null, COMPOSER), {
      timeoutMs: 10_000,
      what: 'the composer on the page',
    });
    await page.run(addHostilePageCss);
    await page.run(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.press('?');
    await waitFor(async () => (await openPaletteText(page)) || undefined, { timeoutMs: 10_000, what: 'the shortcut help over the page' });
    const look = await waitFor(async () => (await page.run(helpLook)) ?? undefined, {
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
    await waitFor(() => page.run(() => document.activeElement?.localName === 'returndesk-overlay'), {
      timeoutMs: 5_000,
      what: 'the help to take the focus',
    });
    await page.press('Escape');
    await waitFor(async () => (await openPaletteText(page)) === '', { timeoutMs: 5_000, what: 'Escape to close the help' });
  });
}
