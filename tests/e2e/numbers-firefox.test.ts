import { describe, expect, it } from 'vitest';
import { DEMO_IDENTIFIERS } from '../../scripts/demo-platform/identifiers';
import { listDemoConversations } from './harness/demo-platform';
import { openFirefoxExtensionPage } from './harness/firefox';
import { NUMBERS_DONE_SCRIPT, NUMBERS_LISTED_SCRIPT, READINGS_SCRIPT } from './harness/numbers';
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

  it('pauses reading on request, keeping what was read, and resumes', async () => {
    const { origin, session, recorder, conversationTab, panelTab } = suite();
    await conversationTab.goto(`${origin}/bo-seller/customer-care/folders/104820113`, { timeout: 30_000 });
    await conversationTab.bringToFront();
    await openFirefoxExtensionPage(session, panelTab, 'sidepanel.html', recorder.launchpadUrl);
    await panelTab.bringToFront();
    const doneCount = async () => (await panelTab.evaluate(NUMBERS_DONE_SCRIPT)) as number;
    const clickButton = (name: string) =>
      panelTab.evaluate(`((button) => (button ? (button.click(), 'clicked') : 'missing'))([...document.querySelectorAll('#numbers button')].find((button) => button.textContent.trim() === ${JSON.stringify(name)}))`);
    // The panel first shows the conversation it followed before; this one has seven 12 MP photos and no label.
    await expect
      .poll(async () => (await panelTab.evaluate(`document.body.textContent.includes('104820113') && ${NUMBERS_LISTED_SCRIPT}`)) as number, {
        timeout: 30_000,
      })
      .toBe(7);
    await expect.poll(doneCount, { timeout: 90_000, interval: 200 }).toBeGreaterThanOrEqual(1);
    expect(await clickButton('Pause reading')).toBe('clicked');
    await expect
      .poll(async () => ((await panelTab.evaluate(`document.querySelector('#numbers')?.textContent ?? ''`)) as string).match(/Reading paused: \d+ of \d+ images read/) !== null, {
        timeout: 10_000,
      })
      .toBe(true);
    // An image whose result was already on its way when the button was pressed may still land: let it.
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    const atPause = await doneCount();
    const images = (await panelTab.evaluate(NUMBERS_LISTED_SCRIPT)) as number;
    expect(atPause).toBeLessThan(images);
    await new Promise((resolve) => setTimeout(resolve, 4_000));
    expect(await doneCount(), 'nothing is read while paused').toBe(atPause);

    expect(await clickButton('Resume reading')).toBe('clicked');
    await expect.poll(doneCount, { timeout: 120_000, interval: 500 }).toBe(images);
  });

  it('sent no request off 127.0.0.1', async () => {
    const { recorder } = suite();
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(recorder.leaks(), describeRequests(recorder.leaks())).toEqual([]);
  });
});
