import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DEMO_IDENTIFIERS } from '../../scripts/demo-platform/identifiers';
import { listDemoConversations } from './harness/demo-platform';
import { launchFirefox, openFirefoxExtensionPage, type FirefoxSession } from './harness/firefox';
import { BUILD_DIRS } from './harness/paths';
import { describeRequests, startRequestRecorder, type RequestRecorder } from './harness/request-recorder';

/**
 * The numbers reader in Firefox ESR's demo build (the panel page as a tab, as the other Firefox tests do): the
 * bundled engine loads from moz-extension:// URLs under the CSP, with no request off 127.0.0.1, and reads the
 * IMEIs and the DHL waybill of the demo conversations.
 */

/** Same probe as numbers-chromium.test.ts (importing a test file would run its tests too). */
const READINGS_SCRIPT = (kind: string) => `(() => {
  const section = document.querySelector('#numbers');
  if (!section) return { busy: true, values: [], text: '' };
  const busy = section.querySelector('[aria-busy="true"], [role="progressbar"]') !== null;
  const values = [...section.querySelectorAll('[data-kind="${kind}"]')].map((node) => node.getAttribute('data-value'));
  return { busy, values, text: section.textContent.slice(0, 4000) };
})()`;

describe('Firefox ESR, numbers from attachments', () => {
  let recorder: RequestRecorder | undefined;
  let session: FirefoxSession | undefined;
  let conversationTab: Page;
  let panelTab: Page;
  const origin = inject('demoOrigin');
  let setupError: Error | undefined;

  beforeAll(async () => {
    try {
      if (!origin) throw new Error(`The demo platform is not running: ${inject('demoPlatformError')}`);
      recorder = await startRequestRecorder();
      session = await launchFirefox({ extensionDir: BUILD_DIRS.firefoxDemo, headless: true, proxyPort: recorder.port });
      conversationTab = (await session.browser.pages())[0] ?? (await session.browser.newPage());
      panelTab = await session.browser.newPage();
    } catch (error) {
      setupError = error instanceof Error ? error : new Error(String(error));
    }
  });
  const ready = () => {
    if (setupError) throw setupError;
  };
  afterAll(async () => {
    await session?.close();
    await recorder?.close();
  });

  async function readNumbersOf(folderId: string, kind: string): Promise<{ values: string[]; text: string }> {
    const conversation = listDemoConversations().find((candidate) => candidate.folderId === folderId);
    expect(conversation, `demo conversation ${folderId}`).toBeDefined();
    await conversationTab.goto(`${origin}${conversation!.path}`, { timeout: 30_000 });
    await conversationTab.bringToFront();
    await openFirefoxExtensionPage(session!, panelTab, 'sidepanel.html', recorder!.launchpadUrl);
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
    ready();
    const { values, text } = await readNumbersOf('104820619', 'imei');
    expect(values, text).toEqual(expect.arrayContaining([DEMO_IDENTIFIERS.aboutPhone.imei, DEMO_IDENTIFIERS.aboutPhone.imei2]));
  });

  it('reads the DHL Express waybill', async () => {
    ready();
    const { values, text } = await readNumbersOf('104820734', 'dhl-express');
    expect(values, text).toContain(DEMO_IDENTIFIERS.dhlExpressLabel.waybill);
  });

  it('sent no request off 127.0.0.1', async () => {
    ready();
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(recorder!.leaks(), describeRequests(recorder!.leaks())).toEqual([]);
  });
});
