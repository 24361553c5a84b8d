import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { waitFor, withTimeout } from './bounded';
import {
  commonLaunchSettings,
  DEAD_END,
  extensionPageUrl,
  launchWithProfile,
  requireExtensionBuild,
  viewportOf,
  type CommonLaunchOptions,
  type LaunchedSession,
} from './launch';
import { CHROMIUM_PATH } from './paths';
import { runIn } from './script';

export interface ChromiumLaunchOptions extends CommonLaunchOptions {
  /** The request recorder's origin; every request that is not for the loopback interface goes through it. */
  proxyOrigin?: string;
  /** Opens a DevTools port on 127.0.0.1, needed to reach the real side panel (Playwright does not list it). */
  remoteDebugging?: boolean;
  /** Pins the extension's toolbar icon, so a person using the headed demo sees it without the puzzle menu. */
  pinExtension?: boolean;
  /** More command-line switches, after the defaults. */
  extraArgs?: string[];
}

export interface ChromiumSession extends LaunchedSession {
  context: BrowserContext;
  extensionId: string;
  /** `http://127.0.0.1:PORT` when `remoteDebugging` was asked for. */
  cdpEndpoint: string | undefined;
}

/** Flags that keep Chromium's own background traffic (updates, safe browsing, metrics, field trials) off. */
const QUIET_BROWSER_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--disable-domain-reliability',
  '--disable-client-side-phishing-detection',
  '--disable-crash-reporter',
  '--disable-breakpad',
  '--safebrowsing-disable-auto-update',
  '--metrics-recording-only',
  '--no-pings',
  '--disable-default-apps',
  // Two services ignore the switches above: the account reconcilor (accounts.google.com at start) and on-demand
  // component installs (update.googleapis.com). Pointing them at a closed loopback port turns them off.
  `--gaia-url=${DEAD_END}`,
  `--component-updater=url-source=${DEAD_END}/`,
  // Chromium keeps only the last --disable-features, so this repeats Playwright's own list (playwright-core
  // chromiumSwitches.ts, 1.65) and adds autofill's server predictions (content-autofill.googleapis.com, asked as soon
  // as a page has a form field such as the composer).
  `--disable-features=${[
    'AvoidUnnecessaryBeforeUnloadCheckSync',
    'DestroyProfileOnBrowserClose',
    'HttpsUpgrades',
    'HttpsFirstBalancedModeAutoEnable',
    'LensOverlay',
    'MediaRouter',
    'PaintHolding',
    'ThirdPartyStoragePartitioning',
    'AvoidCorsURLLoaderRestartOnRedirect',
    'OptimizationHints',
    'NetworkTimeServiceQuerying',
    'AimEnabled',
    'PreconnectToSearch',
    'AutofillServerCommunication',
  ].join(',')}`,
];

/** Chromium derives an unpacked extension's id from its absolute path: sha256, first 32 hex digits mapped to a-p. */
export function unpackedExtensionId(extensionDir: string): string {
  const digest = createHash('sha256').update(path.resolve(extensionDir)).digest('hex').slice(0, 32);
  return Array.from(digest, (digit) => digit)
    .map((digit) => String.fromCharCode('a'.charCodeAt(0) + parseInt(digit, 16)))
    .join('');
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

export async function launchChromium(options: ChromiumLaunchOptions): Promise<ChromiumSession> {
  const extensionDir = await requireExtensionBuild(options.extensionDir);
  const debuggingPort = options.remoteDebugging ? await freePort() : undefined;
  const args = [
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    ...QUIET_BROWSER_FLAGS,
    ...(options.proxyOrigin ? [`--proxy-server=${options.proxyOrigin}`] : []),
    ...(debuggingPort ? [`--remote-debugging-port=${debuggingPort}`, '--remote-debugging-address=127.0.0.1'] : []),
    // Headed: no "unsupported command-line flag" bar for --no-sandbox; a maximised window (a sensible size where
    // no window manager maximises, as under Xvfb).
    ...(options.headless ? [] : ['--test-type', '--start-maximized', '--window-size=1440,900']),
    ...(options.extraArgs ?? []),
  ];
  return launchWithProfile<BrowserContext, ChromiumSession>({
    browserName: 'Chromium',
    profilePrefix: 'chromium',
    async start(userDataDir) {
      if (options.pinExtension) {
        await fs.mkdir(path.join(userDataDir, 'Default'), { recursive: true });
        await fs.writeFile(
          path.join(userDataDir, 'Default', 'Preferences'),
          JSON.stringify({ extensions: { pinned_extensions: [unpackedExtensionId(extensionDir)] } }),
        );
      }
      return chromium.launchPersistentContext(userDataDir, {
        ...commonLaunchSettings(options),
        executablePath: CHROMIUM_PATH,
        args,
        viewport: viewportOf(options),
      });
    },
    async ready(context, close) {
      // The extension's id is the host of its service worker's URL.
      const worker =
        context.serviceWorkers().find((candidate) => candidate.url().startsWith('chrome-extension://')) ??
        (await context.waitForEvent('serviceworker', {
          timeout: 30_000,
          predicate: (candidate) => candidate.url().startsWith('chrome-extension://'),
        }));
      const extensionId = new URL(worker.url()).host;
      return {
        context,
        extensionId,
        cdpEndpoint: debuggingPort ? `http://127.0.0.1:${debuggingPort}` : undefined,
        extensionUrl: (pagePath) => extensionPageUrl('chrome-extension', extensionId, pagePath),
        close,
      };
    },
    close: (context) => context.close(),
  });
}

/** The extension page's window, where the button below keeps the outcome of `chrome.sidePanel.open`. */
interface SidePanelButtonWindow {
  e2eSidePanelResult?: string;
}

/**
 * Runs in an extension page: adds a button whose click handler calls `chrome.sidePanel.open` at once (a user
 * gesture, nothing awaited before it) and keeps its outcome on the window.
 */
async function addSidePanelButton(buttonId: string): Promise<true> {
  const { chrome } = globalThis as unknown as {
    chrome: {
      windows: { getCurrent(): Promise<{ id?: number }> };
      sidePanel: { open(options: { windowId?: number }): Promise<void> };
    };
  };
  const outcome = window as unknown as SidePanelButtonWindow;
  const current = await chrome.windows.getCurrent();
  const button = document.createElement('button');
  button.id = buttonId;
  button.textContent = 'Open side panel (test)';
  button.style.cssText = 'position:fixed;top:0;left:0;z-index:2147483647';
  button.addEventListener('click', () => {
    chrome.sidePanel.open({ windowId: current.id }).then(
      () => (outcome.e2eSidePanelResult = 'opened'),
      (error: unknown) => (outcome.e2eSidePanelResult = String(error)),
    );
  });
  document.body.append(button);
  return true;
}

/**
 * Opens the real side panel. `chrome.sidePanel.open` needs a user gesture and must run before any `await`, so a
 * button whose click handler calls it synchronously is added to an extension page (`extensionPage`), and
 * Playwright clicks it. The panel itself is reached over the DevTools port; the returned page lives in a second
 * connection, closed by `disconnect`.
 */
export async function openRealSidePanel(
  session: ChromiumSession,
  extensionPage: Page,
): Promise<{ panel: Page; disconnect(): Promise<void> }> {
  if (!session.cdpEndpoint) throw new Error('openRealSidePanel needs a session launched with remoteDebugging');
  await runIn(extensionPage, addSidePanelButton, 'e2e-open-side-panel');
  await extensionPage.click('#e2e-open-side-panel', { timeout: 10_000 });
  const result = await waitFor(() => runIn(extensionPage, () => (window as unknown as SidePanelButtonWindow).e2eSidePanelResult), {
    timeoutMs: 10_000,
    what: 'chrome.sidePanel.open to settle',
  });
  if (result !== 'opened') throw new Error(`chrome.sidePanel.open failed: ${result}`);

  const browser: Browser = await withTimeout(
    chromium.connectOverCDP(session.cdpEndpoint, { timeout: 20_000 }),
    25_000,
    'connecting over CDP',
  );
  const disconnect = () => withTimeout(browser.close(), 10_000, 'closing the CDP connection').catch(() => undefined);
  try {
    const panelUrl = session.extensionUrl('sidepanel.html');
    // The pop-out tab has the same URL; only the side panel is not a tab.
    const isSidePanel = async (page: Page) =>
      page.url().startsWith(panelUrl) &&
      (await runIn(page, async () => {
        const { chrome } = globalThis as unknown as { chrome: { tabs: { getCurrent(): Promise<object | undefined> } } };
        return (await chrome.tabs.getCurrent()) === undefined;
      }));
    const panel = await waitFor(
      async () => {
        for (const page of browser.contexts().flatMap((context) => context.pages())) {
          if (await isSidePanel(page)) return page;
        }
        return undefined;
      },
      { timeoutMs: 15_000, what: 'the side panel page to appear over CDP' },
    );
    return { panel, disconnect };
  } catch (error) {
    await disconnect();
    throw error;
  }
}
