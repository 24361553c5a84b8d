import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { DEMO_IDENTIFIERS } from '@/scripts/demo-platform/identifiers';
import { NEW_BACKOFFICE_CASES, newBackofficePath } from '@/scripts/demo-platform/new-backoffice/data';
import { poll } from './harness/bounded';
import { READINGS_SCRIPT } from './harness/numbers';
import { describeRequests } from './harness/request-recorder';
import { useChromiumSuite } from './harness/suite';
import { chooseReply } from './pages/editor-scenarios';

/**
 * The demo's new back office end to end in Chromium (support agents): read from the platform's JSON; the label photo
 * on the attachment host is allowed from the panel through Chromium's real permission prompt (answered with X key
 * events, so this runs headed under Xvfb), then checked and read; the DHL pickup reply with the waybill goes into
 * the page's reply box. Same story as new-backoffice-end-to-end-firefox.test.ts.
 */
const DHL_CASE = NEW_BACKOFFICE_CASES.find((item) => item.scenario.startsWith('DHL Express return'))!;
const WAYBILL = DEMO_IDENTIFIERS.dhlExpressLabel.waybill;
const hasDisplay = Boolean(process.env.DISPLAY);

describe('Chromium, the new back office end to end', () => {
  const suite = hasDisplay ? useChromiumSuite({ headless: false, viewport: null }) : undefined;

  it.skipIf(!hasDisplay)('reads the case from data, checks the photo once its host is allowed, reads the waybill and inserts the reply', async () => {
    const { origin, session, recorder, conversationTab, panelTab } = suite!();
    await conversationTab.goto(`${origin}${newBackofficePath(DHL_CASE.careId)}`, { timeout: 30_000 });
    await conversationTab.bringToFront();
    await panelTab.goto(session.extensionUrl('sidepanel.html'));
    await panelTab.bringToFront();
    const text = () => panelTab.evaluate('document.body.innerText') as Promise<string>;
    await poll(async () => ((await text()).includes('Priya') ? true : undefined), { timeoutMs: 30_000, what: 'the customer read from the data' });

    await poll(
      async () =>
        (await panelTab.evaluate(
          `(() => { const b = [...document.querySelectorAll('button')].find((n) => n.textContent.trim().startsWith('Allow localhost')); if (b) b.id = 'e2e-allow'; return Boolean(b); })()`,
        ))
          ? true
          : undefined,
      { timeoutMs: 30_000, what: 'the panel to offer access to the attachment host' },
    );
    // Give the browser window the X input focus (no window manager under Xvfb), click Allow (a trusted click, so
    // permissions.request has its user gesture), and answer Chromium's prompt: Shift+Tab to Allow, Space presses it.
    execFileSync('xdotool', ['mousemove', '700', '400', 'click', '1']);
    await panelTab.click('#e2e-allow');
    await new Promise((resolve) => setTimeout(resolve, 1500));
    execFileSync('xdotool', ['key', 'shift+Tab', 'space']);

    const readings = await poll(
      async () => {
        const state = (await panelTab.evaluate(READINGS_SCRIPT('dhl-express'))) as { values: string[] };
        return state.values.includes(WAYBILL) ? state : undefined;
      },
      { timeoutMs: 120_000, what: 'the waybill to be read from the label photo once its host was allowed' },
    );
    expect(readings.values).toContain(WAYBILL);

    await chooseReply(
      {
        evaluate: (script) => panelTab.evaluate(script),
        type: (value) => panelTab.keyboard.type(value),
        press: (key) => panelTab.keyboard.press(key),
        pressWithControl: (key) => panelTab.keyboard.press(`Control+${key}`),
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
