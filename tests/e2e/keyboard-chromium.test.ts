import { execFileSync } from 'node:child_process';
import { chromium, type Browser, type Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEMO_IDENTIFIERS } from '../../scripts/demo-platform/identifiers';
import { poll } from './harness/bounded';
import { describeRequests } from './harness/request-recorder';
import { useChromiumSuite } from './harness/suite';
import { COMPOSER, composerValue, waitForComposer, focusComposerEnd, toastText, openPaletteText } from './harness/keyboard';

/**
 * The keyboard on the platform page in Chromium (issue 6): chords bound to macros, abbreviations in the composer,
 * keys that must be left alone, and a macro made in the options page. The panel page runs as a tab following the
 * conversation, as in the other suites; the browser-shortcut tests (manifest commands) need real X key events
 * and run headed under Xvfb.
 */

const DHL_FOLDER = '104820734';
/** iPhone, UK: all seven checklist shots, usable. */
const COMPLETE_SET_FOLDER = '104820113';
const WAYBILL = DEMO_IDENTIFIERS.dhlExpressLabel.waybill;

async function openConversation(tab: Page, panelTab: Page, origin: string, extensionUrl: (path: string) => string) {
  await tab.goto(`${origin}/bo-seller/customer-care/folders/${DHL_FOLDER}`);
  await tab.bringToFront();
  await tab.locator(COMPOSER).waitFor();
  await panelTab.goto(extensionUrl('sidepanel.html'));
  await poll(async () => ((await panelTab.evaluate(`document.querySelector('#numbers')?.textContent ?? ''`)) as string).length > 0, {
    timeoutMs: 20_000,
    what: 'the panel to show the conversation',
  });
  await tab.bringToFront();
}

describe('Chromium, keyboard on the platform page', () => {
  const suite = useChromiumSuite();

  it('Alt+2 runs the built-in macro: the DHL pickup reply, with the waybill read from the label, lands in the composer', async () => {
    const { origin, session, conversationTab, panelTab } = suite();
    await openConversation(conversationTab, panelTab, origin, session.extensionUrl);
    await focusComposerEnd(conversationTab);
    await conversationTab.keyboard.press('Alt+2');
    const text = await waitForComposer(conversationTab, (value) => value.includes(WAYBILL), 'the macro to insert the DHL reply with the waybill', 90_000);
    expect(text).toMatch(/DHL/);
    expect(text).not.toContain('{{');
    expect(await toastText(conversationTab)).toMatch(/DHL pickup/i);
  });

  it(';dhl typed in the composer becomes the reply, and one Ctrl+Z brings the abbreviation back', async () => {
    const { origin, session, conversationTab, panelTab } = suite();
    await openConversation(conversationTab, panelTab, origin, session.extensionUrl);
    await conversationTab.locator(COMPOSER).fill('');
    await focusComposerEnd(conversationTab);
    await conversationTab.keyboard.type('Thanks! ;dhl');
    const expanded = await waitForComposer(conversationTab, (value) => value.startsWith('Thanks! ') && !value.includes(';dhl') && value.length > 100, ';dhl to expand', 30_000);
    expect(expanded).toMatch(/DHL Express/);
    await conversationTab.keyboard.press('Control+z');
    await poll(async () => ((await composerValue(conversationTab)) === 'Thanks! ;dhl' ? true : undefined), {
      timeoutMs: 5_000,
      what: 'one Ctrl+Z to bring back ";dhl"',
    });
  });

  it('leaves alone keys in other fields, look-alike events from the page, and text still being composed (IME)', async () => {
    const { origin, session, conversationTab, panelTab } = suite();
    await openConversation(conversationTab, panelTab, origin, session.extensionUrl);
    await conversationTab.locator(COMPOSER).fill('');
    // A field of the page's own (a search box): Alt+2 there is the page's business.
    await conversationTab.evaluate(`(() => { const input = document.createElement('input'); input.id = 'page-search'; input.spellcheck = false; document.body.prepend(input); })()`);
    await conversationTab.locator('#page-search').focus();
    await conversationTab.keyboard.press('Alt+2');
    // A page script imitating the chord and the abbreviation.
    await conversationTab.evaluate(`(() => {
      const composer = document.querySelector('${COMPOSER}');
      composer.focus();
      window.dispatchEvent(new KeyboardEvent('keydown', { key: '2', code: 'Digit2', altKey: true, bubbles: true }));
      composer.value = ';dhl';
      composer.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: 'l' }));
    })()`);
    await conversationTab.locator(COMPOSER).fill('');
    // IME: ";dhl" still in composition is not an abbreviation yet.
    await focusComposerEnd(conversationTab);
    const cdp = await conversationTab.context().newCDPSession(conversationTab);
    await cdp.send('Input.imeSetComposition', { text: ';dhl', selectionStart: 4, selectionEnd: 4 });
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    expect(await composerValue(conversationTab)).toBe(';dhl');
    await cdp.send('Input.insertText', { text: '' });
    await cdp.detach();
    expect(await toastText(conversationTab)).toBe('');
  });

  it('? shows the shortcut help over the page, from the same registry as the bindings; Escape closes it', async () => {
    const { origin, session, conversationTab, panelTab } = suite();
    await openConversation(conversationTab, panelTab, origin, session.extensionUrl);
    await conversationTab.locator('h1, body').first().click({ position: { x: 5, y: 5 } });
    await conversationTab.keyboard.press('Shift+?');
    const help = await poll(async () => ((await openPaletteText(conversationTab)) || undefined), { timeoutMs: 5_000, what: 'the help overlay' });
    expect(help).toMatch(/Alt\+Shift\+L/);
    expect(help).toMatch(/Alt\+2/);
    // The help takes the focus as it opens (its Close button); Escape is the dialog's key, so wait for that first.
    await poll(async () => ((await conversationTab.evaluate(`document.activeElement?.localName === 'returndesk-overlay'`)) ? true : undefined), { timeoutMs: 5_000, what: 'the help to take the focus' });
    await conversationTab.keyboard.press('Escape');
    await poll(async () => ((await openPaletteText(conversationTab)) === '' ? true : undefined), { timeoutMs: 5_000, what: 'Escape to close the help' });
  });

  it('a macro that cannot run stops at that step, says which and why, and inserts nothing', async () => {
    const { origin, session, conversationTab, panelTab } = suite();
    // All seven shots are there and usable: "insert the missing-photo request" has nothing to ask for.
    await conversationTab.goto(`${origin}/bo-seller/customer-care/folders/${COMPLETE_SET_FOLDER}`);
    await conversationTab.locator(COMPOSER).waitFor();
    await panelTab.goto(session.extensionUrl('sidepanel.html'));
    await conversationTab.bringToFront();
    await conversationTab.locator(COMPOSER).fill('Draft kept as it is');
    await focusComposerEnd(conversationTab);
    await conversationTab.keyboard.press('Alt+1');
    const toast = await poll(async () => {
      const text = await toastText(conversationTab);
      return /Stopped at step/.test(text) ? text : undefined;
    }, { timeoutMs: 60_000, what: 'the macro to stop and say why' });
    expect(toast).toMatch(/step 2 of 3/);
    expect(toast).toMatch(/missing-photo request/i);
    expect(toast).toMatch(/nothing to ask for/i);
    expect(await composerValue(conversationTab)).toBe('Draft kept as it is');
  });

  it('Ctrl+K in the panel opens the palette; a reply chosen there lands in the composer', async () => {
    const { origin, session, conversationTab, panelTab } = suite();
    await openConversation(conversationTab, panelTab, origin, session.extensionUrl);
    await conversationTab.locator(COMPOSER).fill('');
    await panelTab.bringToFront();
    await panelTab.keyboard.press('Control+k');
    await panelTab.getByRole('combobox', { name: 'Search actions, macros and templates' }).waitFor();
    await panelTab.keyboard.type('dpd uk');
    await panelTab.keyboard.press('Enter');
    const text = await waitForComposer(conversationTab, (value) => value.includes('DPD'), 'the palette to insert the DPD reply', 20_000);
    expect(text).not.toContain('{{');
    await conversationTab.bringToFront();
  });

  it('Alt+4 copies the waybill read from the label; "Go to the next conversation" from the palette moves on', async () => {
    const { origin, session, conversationTab, panelTab } = suite();
    await session.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
    await openConversation(conversationTab, panelTab, origin, session.extensionUrl);
    await conversationTab.evaluate(`navigator.clipboard.writeText('nothing yet')`);
    await focusComposerEnd(conversationTab);
    await conversationTab.keyboard.press('Alt+4');
    await poll(async () => ((await conversationTab.evaluate('navigator.clipboard.readText()')) === WAYBILL ? true : undefined), {
      timeoutMs: 60_000,
      what: 'Alt+4 to copy the waybill',
    });

    const before = conversationTab.url();
    await panelTab.bringToFront();
    await panelTab.keyboard.press('Control+k');
    await panelTab.getByRole('combobox', { name: 'Search actions, macros and templates' }).waitFor();
    await panelTab.keyboard.type('next conversation');
    await panelTab.keyboard.press('Enter');
    await poll(async () => (conversationTab.url() !== before && /folders\/\d+$/.test(conversationTab.url()) ? true : undefined), {
      timeoutMs: 15_000,
      what: 'the next conversation to open',
    }).catch(async (error: Error) => {
      const status = await panelTab.evaluate(`[...document.querySelectorAll('[role="status"]')].map((node) => node.textContent).join(' | ')`);
      throw new Error(`${error.message}; the panel says "${status}"; the page is ${conversationTab.url()}`);
    });
    await conversationTab.bringToFront();
  });

  it('a macro made in the options page (name, Alt+5, two steps) inserts the filled DHL reply from its chord', async () => {
    const { origin, session, conversationTab, panelTab, recorder } = suite();
    const options = await session.context.newPage();
    await options.goto(session.extensionUrl('options.html'));
    await options.getByRole('button', { name: 'New macro' }).click();
    await options.getByLabel('Macro name').fill('Pickup with my sign-off');
    await options.getByLabel('Key chord').fill('Alt+5');
    await options.getByLabel('Add a step').selectOption('read-numbers');
    await options.getByLabel('Add a step').selectOption('insert-template');
    await options.getByLabel('Template').last().selectOption('return-label-dhl-pickup');
    await options.getByRole('button', { name: 'Save macro' }).click();
    await poll(async () => ((await options.textContent('body')) ?? '').includes('Pickup with my sign-off') || undefined, {
      timeoutMs: 5_000,
      what: 'the macro to be listed',
    });
    await options.close();

    await openConversation(conversationTab, panelTab, origin, session.extensionUrl);
    await conversationTab.locator(COMPOSER).fill('');
    await focusComposerEnd(conversationTab);
    await conversationTab.keyboard.press('Alt+5');
    const text = await waitForComposer(conversationTab, (value) => value.includes(WAYBILL), 'the user macro to insert the DHL reply', 90_000);
    expect(text).toMatch(/DHL/);
    expect(recorder.leaks(), describeRequests(recorder.leaks())).toEqual([]);
  });
});

const hasDisplay = Boolean(process.env.DISPLAY);

/** The four browser shortcuts, from real X key events (Playwright's key presses never reach manifest commands). */
describe('Chromium, browser shortcuts (xdotool under Xvfb)', () => {
  const suite = hasDisplay ? useChromiumSuite({ headless: false, remoteDebugging: true, viewport: null }) : undefined;

  const xkey = (keys: string) => execFileSync('xdotool', ['key', '--clearmodifiers', keys]);

  it.skipIf(!hasDisplay)('Alt+Shift+D opens the side panel, Alt+Shift+L checks, Alt+Shift+K opens the palette, Alt+Shift+M repeats', async () => {
    const { origin, session, conversationTab, recorder } = suite!();
    await conversationTab.goto(`${origin}/bo-seller/customer-care/folders/${DHL_FOLDER}`);
    await conversationTab.bringToFront();
    await conversationTab.locator(COMPOSER).waitFor();
    execFileSync('xdotool', ['mousemove', '700', '300', 'click', '1']);

    xkey('alt+shift+d');
    const browser: Browser = await chromium.connectOverCDP(session.cdpEndpoint!);
    try {
      const panelUrl = session.extensionUrl('sidepanel.html');
      await poll(
        async () => browser.contexts().flatMap((context) => context.pages()).some((page) => page.url().startsWith(panelUrl)) || undefined,
        { timeoutMs: 15_000, what: 'Alt+Shift+D to open the side panel' },
      );
    } finally {
      await browser.close();
    }

    execFileSync('xdotool', ['mousemove', '700', '300', 'click', '1']);
    xkey('alt+shift+l');
    await poll(async () => ((await toastText(conversationTab)).match(/Check the conversation.*done|done.*Check/i) ? true : undefined), {
      timeoutMs: 90_000,
      what: 'Alt+Shift+L to check the conversation',
    });

    xkey('alt+shift+k');
    await poll(async () => ((await openPaletteText(conversationTab)) ? true : undefined), { timeoutMs: 10_000, what: 'Alt+Shift+K to open the palette' });
    execFileSync('xdotool', ['type', '--delay', '40', 'pickup with the waybill']);
    await new Promise((resolve) => setTimeout(resolve, 300));
    execFileSync('xdotool', ['key', 'Return']);
    const first = await waitForComposer(conversationTab, (value) => value.includes(WAYBILL), 'the palette to run the DHL macro', 60_000);

    await conversationTab.locator(COMPOSER).focus();
    xkey('alt+shift+m');
    await waitForComposer(conversationTab, (value) => value.length > first.length && value.split(WAYBILL).length > 2, 'Alt+Shift+M to repeat the last macro', 60_000);
    expect(recorder.leaks(), describeRequests(recorder.leaks())).toEqual([]);
  });
});
