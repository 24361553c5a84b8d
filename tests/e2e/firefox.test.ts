import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { listDemoConversations, type DemoConversation } from './harness/demo-platform';
import { launchFirefox, openFirefoxExtensionPage, type FirefoxSession } from './harness/firefox';
import { waitForPanelHeader } from './harness/panel';
import { BUILD_DIRS } from './harness/paths';
import { describeRequests, startRequestRecorder, type RequestRecorder } from './harness/request-recorder';

/**
 * The demo build in Firefox ESR (puppeteer over WebDriver BiDi): the add-on installs, its content script reads a
 * demo conversation, and the panel page (opened by navigating from a 127.0.0.1 page) shows it.
 */

const conversations: DemoConversation[] = listDemoConversations();
/** One conversation of each kind keeps the suite short; Chromium covers every conversation. */
const sample = (['care', 'buyback'] as const)
  .map((kind) => conversations.find((conversation) => conversation.kind === kind))
  .filter((conversation): conversation is DemoConversation => conversation !== undefined);

describe('Firefox ESR, demo build', () => {
  let recorder: RequestRecorder | undefined;
  let session: FirefoxSession | undefined;
  let conversationTab: Page;
  let panelTab: Page;
  const origin = inject('demoOrigin');

  /** Set when the browser or the platform could not start: every test then fails with it (none is skipped). */
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

  /** Every test starts with this: it turns a failed start into a failed test. */
  const ready = () => {
    if (setupError) throw setupError;
  };

  afterAll(async () => {
    await session?.close();
    await recorder?.close();
  });

  const panel = (script: string) => panelTab.evaluate(script);

  it('installs the add-on and opens its panel page', async () => {
    ready();
    await openFirefoxExtensionPage(session!, panelTab, 'sidepanel.html', recorder!.launchpadUrl);
    expect(await panelTab.evaluate('document.title')).toBe('ReturnDesk');
  });

  it('has demo conversations of both kinds to test', () => {
    ready();
    expect(sample.map((conversation) => conversation.kind)).toEqual(['care', 'buyback']);
  });

  for (const conversation of sample) {
    it(`reads ${conversation.kind} ${conversation.folderId} and shows its header in the panel`, async () => {
      ready();
      await conversationTab.goto(`${origin}${conversation.path}`, { timeout: 30_000 });
      await conversationTab.bringToFront();
      await openFirefoxExtensionPage(session!, panelTab, 'sidepanel.html', recorder!.launchpadUrl);
      await panelTab.bringToFront();
      const { mismatches, view } = await waitForPanelHeader(panel, conversation);
      expect(mismatches, `panel text: ${view.text.slice(0, 500)}`).toEqual([]);
    });
  }

  it('sent no request off 127.0.0.1', async () => {
    ready();
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(recorder!.leaks(), describeRequests(recorder!.leaks())).toEqual([]);
  });
});
