import { execFileSync } from 'node:child_process';
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { DEMO_IDENTIFIERS } from '../../scripts/demo-platform/identifiers';
import { poll } from './harness/bounded';
import { openFirefoxExtensionPage, type FirefoxSession } from './harness/firefox';
import { describeRequests } from './harness/request-recorder';
import { useFirefoxSuite } from './harness/suite';
import { COMPOSER, composerValue, pressWith, waitForComposer, focusComposerEnd, openPaletteText, toastText } from './harness/keyboard';

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
    await pressWith(conversationTab, 'Alt', '2');
    const text = await waitForComposer(conversationTab, (value) => value.includes(WAYBILL), 'the macro to insert the DHL reply with the waybill', 90_000);
    expect(text).toMatch(/DHL/);
    expect(text).not.toContain('{{');
  });

  it(';dhl typed in the composer becomes the reply, and one Ctrl+Z brings the abbreviation back', async () => {
    const { origin, session, conversationTab, panelTab, recorder } = suite();
    await openConversation(session, conversationTab, panelTab, origin, recorder.launchpadUrl);
    await conversationTab.evaluate(`(() => { const c = document.querySelector('${COMPOSER}'); c.focus(); c.select(); document.execCommand('delete'); })()`);
    await focusComposerEnd(conversationTab);
    await conversationTab.keyboard.type('Thanks! ;dhl');
    await waitForComposer(conversationTab, (value) => value.startsWith('Thanks! ') && !value.includes(';dhl') && value.length > 100, ';dhl to expand', 30_000);
    await pressWith(conversationTab, 'Control', 'z');
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
    await pressWith(conversationTab, 'Alt', '2');
    await conversationTab.evaluate(`window.dispatchEvent(new KeyboardEvent('keydown', { key: '2', code: 'Digit2', altKey: true, bubbles: true }))`);
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    expect(await composerValue(conversationTab)).toBe('');
    expect(await toastText(conversationTab)).toBe('');
    expect(recorder.leaks(), describeRequests(recorder.leaks())).toEqual([]);
  });

  it('? shows the shortcut help over the page, from the same registry as the bindings; Escape closes it', async () => {
    const { origin, session, conversationTab, panelTab, recorder } = suite();
    await openConversation(session, conversationTab, panelTab, origin, recorder.launchpadUrl);
    await conversationTab.evaluate(`document.activeElement?.blur()`);
    await conversationTab.keyboard.press('?');
    const help = await poll(async () => (await openPaletteText(conversationTab)) || undefined, { timeoutMs: 5_000, what: 'the help overlay' });
    expect(help).toMatch(/Alt\+Shift\+L/);
    expect(help).toMatch(/Alt\+2/);
    // The help takes the focus as it opens (its Close button); Escape is the dialog's key, so wait for that first.
    await poll(async () => ((await conversationTab.evaluate(`document.activeElement?.localName === 'returndesk-overlay'`)) ? true : undefined), { timeoutMs: 5_000, what: 'the help to take the focus' });
    await conversationTab.keyboard.press('Escape');
    await poll(async () => ((await openPaletteText(conversationTab)) === '' ? true : undefined), { timeoutMs: 5_000, what: 'Escape to close the help' });
  });

  it('Ctrl+K in the panel opens the palette; a reply chosen there lands in the composer', async () => {
    const { origin, session, conversationTab, panelTab, recorder } = suite();
    await openConversation(session, conversationTab, panelTab, origin, recorder.launchpadUrl);
    await conversationTab.evaluate(`(() => { const c = document.querySelector('${COMPOSER}'); c.focus(); c.select(); document.execCommand('delete'); })()`);
    await panelTab.bringToFront();
    await pressWith(panelTab, 'Control', 'k');
    await panelTab.waitForSelector('[role="combobox"][aria-label="Search actions, macros and templates"]', { timeout: 5_000 });
    await panelTab.keyboard.type('dpd uk');
    await panelTab.keyboard.press('Enter');
    const text = await waitForComposer(conversationTab, (value) => value.includes('DPD'), 'the palette to insert the DPD reply', 20_000);
    expect(text).not.toContain('{{');
    await conversationTab.bringToFront();
  });

  it('a macro made in the options page (name, Alt+5, two steps) inserts the filled DHL reply from its chord', async () => {
    const { origin, session, conversationTab, panelTab, recorder } = suite();
    await openFirefoxExtensionPage(session, panelTab, 'options.html', recorder.launchpadUrl);
    await panelTab.waitForSelector('#macros-new', { timeout: 10_000 });
    await panelTab.click('#macros-new');
    await panelTab.waitForSelector('#macro-name', { timeout: 5_000 });
    await panelTab.type('#macro-name', 'Pickup with my sign-off');
    await panelTab.type('#macro-chord', 'Alt+5');
    await panelTab.select('#macro-add-step', 'read-numbers');
    await panelTab.select('#macro-add-step', 'insert-template');
    const templatePicker = (await panelTab.evaluate(
      `[...document.querySelectorAll('.macro-steps label')].filter((label) => label.textContent === 'Template').pop()?.htmlFor ?? ''`,
    )) as string;
    expect(templatePicker, 'the insert step offers a template picker').not.toBe('');
    await panelTab.select(`#${templatePicker}`, 'return-label-dhl-pickup');
    await panelTab.evaluate(`[...document.querySelectorAll('button[type="submit"]')].find((button) => button.textContent === 'Save macro').click()`);
    await poll(async () => ((await panelTab.evaluate(`document.querySelector('ul[aria-label="Macros"]')?.textContent ?? ''`)) as string).includes('Pickup with my sign-off') || undefined, {
      timeoutMs: 5_000,
      what: 'the macro to be listed',
    });

    await openConversation(session, conversationTab, panelTab, origin, recorder.launchpadUrl);
    await conversationTab.evaluate(`(() => { const c = document.querySelector('${COMPOSER}'); c.focus(); c.select(); document.execCommand('delete'); })()`);
    await focusComposerEnd(conversationTab);
    await pressWith(conversationTab, 'Alt', '5');
    const text = await waitForComposer(conversationTab, (value) => value.includes(WAYBILL), 'the user macro to insert the DHL reply', 90_000);
    expect(text).toMatch(/DHL/);
    expect(text).not.toContain('{{');
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
    const first = await waitForComposer(conversationTab, (value) => value.includes(WAYBILL), 'the palette to run the DHL macro', 60_000);

    xkey('alt+shift+m');
    await waitForComposer(conversationTab, (value) => value.length > first.length && value.split(WAYBILL).length > 2, 'Alt+Shift+M to repeat the last macro', 60_000);

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
