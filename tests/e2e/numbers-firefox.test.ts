import { describe, expect, it } from 'vitest';
import { DEMO_IDENTIFIERS } from '../../scripts/demo-platform/identifiers';
import { listDemoConversations } from './harness/demo-platform';
import { openFirefoxExtensionPage } from './harness/firefox';
import { READINGS_SCRIPT } from './harness/numbers';
import { describeRequests } from './harness/request-recorder';
import { useFirefoxSuite } from './harness/suite';

/**
 * The numbers reader in Firefox ESR's demo build (the panel page as a tab, as the other Firefox tests do): the
 * bundled engine loads from moz-extension:// URLs under the CSP, with no request off 127.0.0.1, and reads the
 * IMEIs and the DHL waybill of the demo conversations.
 */

describe('Firefox ESR, numbers from attachments', () => {
  const suite = useFirefoxSuite();

  async function readNumbersOf(folderId: string, kind: string): Promise<{ values: string[]; text: string }> {
    const { origin, session, recorder, conversationTab, panelTab } = suite();
    const conversation = listDemoConversations().find((candidate) => candidate.folderId === folderId);
    expect(conversation, `demo conversation ${folderId}`).toBeDefined();
    await conversationTab.goto(`${origin}${conversation!.path}`, { timeout: 30_000 });
    await conversationTab.bringToFront();
    await openFirefoxExtensionPage(session, panelTab, 'sidepanel.html', recorder.launchpadUrl);
    await panelTab.bringToFront();
    let last: { busy: boolean; values: string[]; text: string } = { busy: true, values: [], text: '' };
    await expect
      .poll(
        async () => {
          last = (await panelTab.evaluate(READINGS_SCRIPT(kind))) as typeof last;
          return !last.busy;
        },
        { timeout: 90_000, interval: 500 },
      )
      .toBe(true);
    return last;
  }

  it('reads both IMEIs of the About-phone and *#06# screenshots with the bundled engine', async () => {
    suite();
    const { values, text } = await readNumbersOf('104820619', 'imei');
    expect(values, text).toEqual(expect.arrayContaining([DEMO_IDENTIFIERS.aboutPhone.imei, DEMO_IDENTIFIERS.aboutPhone.imei2]));
  });

  it('reads the DHL Express waybill', async () => {
    suite();
    const { values, text } = await readNumbersOf('104820734', 'dhl-express');
    expect(values, text).toContain(DEMO_IDENTIFIERS.dhlExpressLabel.waybill);
  });

  it('sent no request off 127.0.0.1', async () => {
    const { recorder } = suite();
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(recorder.leaks(), describeRequests(recorder.leaks())).toEqual([]);
  });
});
