import { execFileSync } from 'node:child_process';
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { DEMO_IDENTIFIERS } from '../../scripts/demo-platform/identifiers';
import { poll } from './harness/bounded';
import { openFirefoxExtensionPage, type FirefoxSession } from './harness/firefox';
import { describeRequests } from './harness/request-recorder';
import { useFirefoxSuite } from './harness/suite';
import { COMPOSER, composerValue, focusComposerEnd, openPaletteText, toastText } from './harness/keyboard';

/**
 * The keyboard on the platform page in Firefox ESR (issue 6). Firefox opens the sidebar only from its own
 * shortcut or button, so for page chords and abbreviations the panel page runs as a tab following the
 * conversation (as in the other Firefox suites); the browser shortcuts run headed under Xvfb with xdotool.
 */

const DHL_FOLDER = '104820734';
const WAYBILL = DEMO_IDENTIFIERS.dhlExpressLabel.waybill;

async function openConversation(session: FirefoxSession, tab: Page, panelTab: Page, origin: string, launchpad: string) {
  await tab.goto(`${origin}/bo-seller/customer-care/folders/${DHL_FOLDER}`, { timeout: 30_000 });
  await tab.bringToFront();
  await tab.waitForSelector(COMPOSER, { timeout: 10_000 });
  await openFirefoxExtensionPage(session, panelTab, 'sidepanel.html', launchpad);
  await poll(async () => ((await panelTab.evaluate(`document.querySelector('#numbers')?.textContent ?? ''`)) as string).length > 0 || undefined, {
    timeoutMs: 20_000,
    what: 'the panel to show the conversation',
  });
  await tab.bringToFront();
}

describe('Firefox ESR, keyboard on the platform page', () => {
  const suite = useFirefoxSuite();

  it('Alt+2 runs the built-in macro: the DHL pickup reply with the waybill read from the label', async () => {
    const { origin, session, conversationTab, panelTab, recorder } = suite();
    await openConversation(session, conversationTab, panelTab, origin, recorder.launchpadUrl);
    await focusComposerEnd(conversationTab);
    await conversationTab.keyboard.down('Alt');
    await conversationTab.keyboard.press('2');
    await conversationTab.keyboard.up('Alt');
    const text = await poll(async () => {
      const value = await composerValue(conversationTab);
      return value.includes(WAYBILL) ? value : undefined;
    }, { timeoutMs: 90_000, what: 'the macro to insert the DHL reply with the waybill' });
    expect(text).toMatch(/DHL/);
    expect(text).not.toContain('{{');
  });

  it(';dhl typed in the composer becomes the reply, and one Ctrl+Z brings the abbreviation back', async () => {
    const { origin, session, conversationTab, panelTab, recorder } = suite();
    await openConversation(session, conversationTab, panelTab, origin, recorder.launchpadUrl);
    await conversationTab.evaluate(`(() => { const c = document.querySelector('${COMPOSER}'); c.focus(); c.select(); document.execCommand('delete'); })()`);
    await focusComposerEnd(conversationTab);
    await conversationTab.keyboard.type('Thanks! ;dhl');
    await poll(async () => {
      const value = await composerValue(conversationTab);
      return value.startsWith('Thanks! ') && !value.includes(';dhl') && value.length > 100 ? value : undefined;
    }, { timeoutMs: 30_000, what: ';dhl to expand' });
    await conversationTab.keyboard.down('Control');
    await conversationTab.keyboard.press('z');
    await conversationTab.keyboard.up('Control');
    await poll(async () => ((await composerValue(conversationTab)) === 'Thanks! ;dhl' ? true : undefined), {
      timeoutMs: 5_000,
      what: 'one Ctrl+Z to bring back ";dhl"',
    });
  });

  it('leaves alone the same chord in a field of the page, and look-alike events from page scripts', async () => {
    const { origin, session, conversationTab, panelTab, recorder } = suite();
    await openConversation(session, conversationTab, panelTab, origin, recorder.launchpadUrl);
    await conversationTab.evaluate(`(() => {
      const c = document.querySelector('${COMPOSER}'); c.focus(); c.select(); document.execCommand('delete');
      const input = document.createElement('input'); input.id = 'page-search'; document.body.prepend(input); input.focus();
    })()`);
    await conversationTab.keyboard.down('Alt');
    await conversationTab.keyboard.press('2');
    await conversationTab.keyboard.up('Alt');
    await conversationTab.evaluate(`window.dispatchEvent(new KeyboardEvent('keydown', { key: '2', code: 'Digit2', altKey: true, bubbles: true }))`);
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    expect(await composerValue(conversationTab)).toBe('');
    expect(await toastText(conversationTab)).toBe('');
    expect(recorder.leaks(), describeRequests(recorder.leaks())).toEqual([]);
  });
});

const hasDisplay = Boolean(process.env.DISPLAY);

/** The browser shortcuts (manifest commands) from real X key events, headed. */
describe('Firefox ESR, browser shortcuts (xdotool under Xvfb)', () => {
  const suite = hasDisplay ? useFirefoxSuite({ headless: false, viewport: null }) : undefined;
  const xkey = (keys: string) => execFileSync('xdotool', ['key', '--clearmodifiers', keys]);

  it.skipIf(!hasDisplay)('Alt+Shift+D toggles the sidebar, Alt+Shift+L checks, Alt+Shift+K opens the palette, Alt+Shift+M repeats; the options page rebinds', async () => {
    const { origin, session, conversationTab, panelTab, recorder } = suite!();
    // An extension page in a tab can see the sidebar (extension.getViews); the platform page cannot.
    await openFirefoxExtensionPage(session, panelTab, 'options.html', recorder.launchpadUrl);
    const sidebars = async () => (await panelTab.evaluate(`browser.extension.getViews({ type: 'sidebar' }).length`)) as number;
    await conversationTab.goto(`${origin}/bo-seller/customer-care/folders/${DHL_FOLDER}`, { timeout: 30_000 });
    await conversationTab.bringToFront();
    await conversationTab.waitForSelector(COMPOSER, { timeout: 10_000 });
    execFileSync('xdotool', ['mousemove', '700', '300', 'click', '1']);
    await new Promise((resolve) => setTimeout(resolve, 500));

    // Firefox opens a new extension's sidebar at install; the shortcut toggles it either way.
    const before = await sidebars();
    xkey('alt+shift+d');
    await poll(async () => ((await sidebars()) !== before ? true : undefined), { timeoutMs: 10_000, what: 'Alt+Shift+D to toggle the sidebar' });

    // With the sidebar closed or open, the check opens it (the shortcut is a user action) and runs there.
    xkey('alt+shift+l');
    await poll(async () => ((await toastText(conversationTab)).match(/Check the conversation.*done/i) ? true : undefined), {
      timeoutMs: 90_000,
      what: 'Alt+Shift+L to check the conversation in the sidebar',
    });
    expect(await sidebars()).toBe(1);

    await focusComposerEnd(conversationTab);
    xkey('alt+shift+k');
    await poll(async () => ((await openPaletteText(conversationTab)) ? true : undefined), { timeoutMs: 10_000, what: 'Alt+Shift+K to open the palette' });
    execFileSync('xdotool', ['type', '--delay', '40', 'pickup with the waybill']);
    await new Promise((resolve) => setTimeout(resolve, 300));
    execFileSync('xdotool', ['key', 'Return']);
    const first = await poll(async () => {
      const value = await composerValue(conversationTab);
      return value.includes(WAYBILL) ? value : undefined;
    }, { timeoutMs: 60_000, what: 'the palette to run the DHL macro' });

    xkey('alt+shift+m');
    await poll(async () => {
      const value = await composerValue(conversationTab);
      return value.length > first.length && value.split(WAYBILL).length > 2 ? true : undefined;
    }, { timeoutMs: 60_000, what: 'Alt+Shift+M to repeat the last macro' });

    // Rebinding from the options page (Firefox's commands.update): the palette moves to Alt+Shift+J.
    await panelTab.bringToFront();
    const fieldId = (await panelTab.evaluate(
      `[...document.querySelectorAll('label')].find((label) => label.textContent === 'Shortcut for Open the command palette')?.htmlFor ?? ''`,
    )) as string;
    expect(fieldId, 'the options page lists the palette shortcut').not.toBe('');
    await panelTab.evaluate(`document.getElementById(${JSON.stringify(fieldId)}).select()`);
    await panelTab.type(`#${fieldId}`, 'Alt+Shift+J');
    await panelTab.click('button[aria-label="Save shortcut for Open the command palette"]');
    await poll(
      async () =>
        ((await panelTab.evaluate(`browser.commands.getAll().then((all) => all.find((c) => c.name === 'open-palette')?.shortcut)`)) === 'Alt+Shift+J') ||
        undefined,
      { timeoutMs: 5_000, what: 'the options page to rebind the palette' },
    );
    await conversationTab.bringToFront();
    execFileSync('xdotool', ['mousemove', '700', '300', 'click', '1']);
    await new Promise((resolve) => setTimeout(resolve, 300));
    xkey('alt+shift+j');
    await poll(async () => ((await openPaletteText(conversationTab)) ? true : undefined), { timeoutMs: 10_000, what: 'Alt+Shift+J to open the palette' });
    xkey('Escape');
    expect(recorder.leaks(), describeRequests(recorder.leaks())).toEqual([]);
  });
});
