import { describe, expect, it } from 'vitest';
import { DEMO_IDENTIFIERS } from '@/scripts/demo-platform/identifiers';
import { NEW_BACKOFFICE_CASES, newBackofficePath } from '@/scripts/demo-platform/new-backoffice/data';
import { poll } from './harness/bounded';
import { openFirefoxExtensionPage } from './harness/firefox';
import { READINGS_SCRIPT } from './harness/numbers';
import { describeRequests } from './harness/request-recorder';
import { useFirefoxSuite } from './harness/suite';
import { chooseReply } from './pages/editor-scenarios';

/**
 * The demo's new back office end to end in Firefox ESR (refurbisher staff): a page whose markup names nothing, read
 * from the platform's JSON; its photo on the attachment host (a second origin) is listed as needing access, allowed
 * with one click (Firefox grants optional permissions without a prompt under this pref), then checked and read for
 * numbers; the DHL pickup reply goes into the page's reply box with the waybill read from the label photo.
 */
const DHL_CASE = NEW_BACKOFFICE_CASES.find((item) => item.scenario.startsWith('DHL Express return'))!;
const WAYBILL = DEMO_IDENTIFIERS.dhlExpressLabel.waybill;

describe('Firefox ESR, the new back office end to end', () => {
  const suite = useFirefoxSuite({ prefs: { 'extensions.webextOptionalPermissionPrompts': false } });

  it('reads the case from data, checks the photo once its host is allowed, reads the waybill and inserts the reply', async () => {
    const { origin, session, recorder, conversationTab, panelTab } = suite();
    await conversationTab.goto(`${origin}${newBackofficePath(DHL_CASE.careId)}`, { timeout: 30_000 });
    await conversationTab.bringToFront();
    await openFirefoxExtensionPage(session, panelTab, 'sidepanel.html', recorder.launchpadUrl);
    await panelTab.bringToFront();
    const text = () => panelTab.evaluate('document.body.innerText') as Promise<string>;

    await poll(async () => ((await text()).includes('Priya') ? true : undefined), { timeoutMs: 30_000, what: 'the customer read from the data' });
    // The photo lives on the attachment host: named, with a button that asks the browser for it.
    const marked = await poll(
      async () =>
        (await panelTab.evaluate(
          `(() => { const b = [...document.querySelectorAll('button')].find((n) => n.textContent.trim().startsWith('Allow localhost')); if (b) b.id = 'e2e-allow'; return Boolean(b); })()`,
        ))
          ? true
          : undefined,
      { timeoutMs: 30_000, what: 'the panel to offer access to the attachment host' },
    );
    expect(marked).toBe(true);
    await panelTab.click('#e2e-allow');

    const readings = await poll(
      async () => {
        const state = (await panelTab.evaluate(READINGS_SCRIPT('dhl-express'))) as { busy: boolean; values: string[]; text: string };
        return state.values.includes(WAYBILL) ? state : undefined;
      },
      { timeoutMs: 120_000, what: 'the waybill to be read from the label photo once its host was allowed' },
    );
    expect(readings.values).toContain(WAYBILL);
    expect(await text()).not.toMatch(/needs? access/);

    await chooseReply(
      {
        evaluate: (script) => panelTab.evaluate(script),
        type: (value) => panelTab.keyboard.type(value),
        press: (key) => panelTab.keyboard.press(key as never),
        pressWithControl: async () => undefined,
        bringToFront: () => panelTab.bringToFront(),
      },
      'dhl pickup',
    );
    const draft = await poll(
      async () => {
        const value = (await conversationTab.evaluate(`document.querySelector('textarea')?.value ?? ''`)) as string;
        return value.includes(WAYBILL) ? value : undefined;
      },
      { timeoutMs: 15_000, what: 'the DHL pickup reply with the waybill in the page’s reply box' },
    );
    expect(draft).toMatch(/Priya/);
    expect(recorder.leaks(), describeRequests(recorder.leaks())).toEqual([]);
  });
});
