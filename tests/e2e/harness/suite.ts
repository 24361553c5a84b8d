import type { Page as PlaywrightPage } from 'playwright-core';
import type { Page as PuppeteerPage } from 'puppeteer-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { launchChromium, type ChromiumLaunchOptions, type ChromiumSession } from './chromium';
import { launchFirefox, type FirefoxLaunchOptions, type FirefoxSession } from './firefox';
import { BUILD_DIRS } from './paths';
import { startRequestRecorder, type RequestRecorder } from './request-recorder';

/**
 * The set-up every browser suite shares: the demo platform's origin, a request recorder every off-machine request
 * goes through, the demo build loaded in the browser, and two tabs (the conversation, and the panel page that
 * follows it). Call at the top of a `describe`; the returned function gives the running suite and, when the
 * browser or platform could not start, throws that error so each test fails with it (none is skipped).
 */

export interface BrowserSuite<Session, Page> {
  origin: string;
  recorder: RequestRecorder;
  session: Session;
  conversationTab: Page;
  panelTab: Page;
}

function useSuite<Session extends { close(): Promise<void> }, Page>(
  start: (recorder: RequestRecorder) => Promise<{ session: Session; conversationTab: Page; panelTab: Page }>,
): () => BrowserSuite<Session, Page> {
  let suite: BrowserSuite<Session, Page> | undefined;
  let recorder: RequestRecorder | undefined;
  let session: Session | undefined;
  let setupError: Error | undefined;
  beforeAll(async () => {
    try {
      const origin = inject('demoOrigin');
      if (!origin) throw new Error(`The demo platform is not running: ${inject('demoPlatformError')}`);
      recorder = await startRequestRecorder();
      const started = await start(recorder);
      session = started.session;
      suite = { origin, recorder, ...started };
    } catch (error) {
      setupError = error instanceof Error ? error : new Error(String(error));
    }
  });
  afterAll(async () => {
    await session?.close();
    await recorder?.close();
  });
  return () => {
    if (setupError) throw setupError;
    if (!suite) throw new Error('the browser suite is used outside a test');
    return suite;
  };
}

export function useChromiumSuite(
  options: Partial<ChromiumLaunchOptions> & {
    /** Switches known only once something the suite starts is running (a server's port). */
    extraArgsFrom?: () => Promise<string[]>;
  } = {},
): () => BrowserSuite<ChromiumSession, PlaywrightPage> {
  return useSuite(async (recorder) => {
    const { extraArgsFrom, ...launchOptions } = options;
    const extraArgs = [...(launchOptions.extraArgs ?? []), ...((await extraArgsFrom?.()) ?? [])];
    const session = await launchChromium({
      extensionDir: BUILD_DIRS.chromeDemo,
      headless: true,
      proxyOrigin: recorder.proxyOrigin,
      ...launchOptions,
      extraArgs,
    });
    const conversationTab = session.context.pages()[0] ?? (await session.context.newPage());
    return { session, conversationTab, panelTab: await session.context.newPage() };
  });
}

export function useFirefoxSuite(
  options: Partial<FirefoxLaunchOptions> & {
    /** Prefs known only once something the suite starts is running (a server's port). */
    prefsFrom?: () => Promise<Record<string, string | number | boolean>>;
  } = {},
): () => BrowserSuite<FirefoxSession, PuppeteerPage> {
  return useSuite(async (recorder) => {
    const { prefsFrom, ...launchOptions } = options;
    const session = await launchFirefox({
      extensionDir: BUILD_DIRS.firefoxDemo,
      headless: true,
      proxyPort: recorder.port,
      ...launchOptions,
      prefs: { ...launchOptions.prefs, ...((await prefsFrom?.()) ?? {}) },
    });
    const conversationTab = (await session.browser.pages())[0] ?? (await session.browser.newPage());
    return { session, conversationTab, panelTab: await session.browser.newPage() };
  });
}
