import type { Page as PlaywrightPage } from 'playwright-core';
import type { Page as PuppeteerPage } from 'puppeteer-core';
import { waitFor } from '../../tests/e2e/harness/bounded';
import { launchChromium, type ChromiumSession } from '../../tests/e2e/harness/chromium';
import { launchFirefox, openFirefoxExtensionPage, type FirefoxSession } from '../../tests/e2e/harness/firefox';
import type { Evaluate } from '../../tests/e2e/harness/panel';
import { BUILD_DIRS } from '../../tests/e2e/harness/paths';
import type { RequestRecorder } from '../../tests/e2e/harness/request-recorder';

export type BrowserName = 'chromium' | 'firefox';

/** The panel's size in the walk's screenshots: about what a side panel gets beside a laptop-sized window. */
export const PANEL_VIEWPORT = { width: 420, height: 900 };
export const PAGE_VIEWPORT = { width: 1280, height: 900 };

/**
 * The two tabs of the scripted walk, the same in both browsers: tab A shows the platform, tab B the panel page,
 * which as an ordinary tab follows the most recently active other platform tab.
 */
export interface WalkBrowser {
  name: BrowserName;
  /** Loads `url` in tab A and makes it the active tab. */
  showPage(url: string): Promise<void>;
  /** Clicks the link to `path` in tab A, as a person would, and waits for the address to change. */
  clickLink(path: string): Promise<void>;
  evaluatePage: Evaluate;
  /** Opens the panel page in tab B. */
  openPanel(): Promise<void>;
  evaluatePanel: Evaluate;
  screenshotPage(file: string): Promise<void>;
  screenshotPanel(file: string): Promise<void>;
  close(): Promise<void>;
}

export async function openWalkBrowser(name: BrowserName, recorder: RequestRecorder): Promise<WalkBrowser> {
  return name === 'chromium' ? openChromiumWalk(recorder) : openFirefoxWalk(recorder);
}

async function openChromiumWalk(recorder: RequestRecorder): Promise<WalkBrowser> {
  const session: ChromiumSession = await launchChromium({
    extensionDir: BUILD_DIRS.chromeDemo,
    headless: true,
    proxyOrigin: recorder.proxyOrigin,
    viewport: PAGE_VIEWPORT,
  });
  try {
    const pageTab: PlaywrightPage = session.context.pages()[0] ?? (await session.context.newPage());
    const panelTab: PlaywrightPage = await session.context.newPage();
    await panelTab.setViewportSize(PANEL_VIEWPORT);
    return {
      name: 'chromium',
      showPage: async (url) => {
        await pageTab.goto(url, { timeout: 30_000 });
        await pageTab.bringToFront();
      },
      clickLink: async (path) => {
        await pageTab.bringToFront();
        await pageTab.locator(`a[href$="${path}"]`).first().click({ timeout: 10_000 });
        await pageTab.waitForURL((url) => url.pathname === path, { timeout: 10_000 });
      },
      evaluatePage: (script) => pageTab.evaluate(script),
      openPanel: async () => {
        await panelTab.goto(session.extensionUrl('sidepanel.html'), { timeout: 30_000 });
      },
      evaluatePanel: (script) => panelTab.evaluate(script),
      screenshotPage: async (file) => {
        await pageTab.screenshot({ path: file, timeout: 20_000 });
      },
      screenshotPanel: async (file) => {
        await panelTab.screenshot({ path: file, timeout: 20_000 });
      },
      close: () => session.close(),
    };
  } catch (error) {
    await session.close();
    throw error;
  }
}

async function openFirefoxWalk(recorder: RequestRecorder): Promise<WalkBrowser> {
  const session: FirefoxSession = await launchFirefox({
    extensionDir: BUILD_DIRS.firefoxDemo,
    headless: true,
    proxyPort: recorder.port,
  });
  try {
    const pageTab: PuppeteerPage = (await session.browser.pages())[0] ?? (await session.browser.newPage());
    await pageTab.setViewport(PAGE_VIEWPORT);
    const panelTab: PuppeteerPage = await session.browser.newPage();
    await panelTab.setViewport(PANEL_VIEWPORT);
    return {
      name: 'firefox',
      showPage: async (url) => {
        await pageTab.goto(url, { timeout: 30_000 });
        await pageTab.bringToFront();
      },
      clickLink: async (path) => {
        await pageTab.bringToFront();
        await pageTab.locator(`a[href$="${path}"]`).setTimeout(10_000).click();
        await waitFor(async () => (await pageTab.evaluate('location.pathname')) === path, {
          timeoutMs: 10_000,
          what: `tab A to show ${path}`,
        });
      },
      evaluatePage: (script) => pageTab.evaluate(script),
      openPanel: async () => {
        await openFirefoxExtensionPage(session, panelTab, 'sidepanel.html', recorder.launchpadUrl);
      },
      evaluatePanel: (script) => panelTab.evaluate(script),
      // BiDi captures what the tab paints; a background tab may not paint, so each tab is brought forward first.
      screenshotPage: async (file) => {
        await pageTab.bringToFront();
        await pageTab.screenshot({ path: file });
      },
      screenshotPanel: async (file) => {
        await panelTab.bringToFront();
        await panelTab.screenshot({ path: file });
      },
      close: () => session.close(),
    };
  } catch (error) {
    await session.close();
    throw error;
  }
}
