import { randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { GECKO_ID } from '@/utils/build-constants';
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
import { FIREFOX_PATH } from './paths';
import { runIn } from './script';

export interface FirefoxLaunchOptions extends CommonLaunchOptions {
  /** The request recorder's port on 127.0.0.1; every request not for the loopback interface goes through it. */
  proxyPort?: number;
  /** Extra about:config prefs. */
  prefs?: Record<string, string | number | boolean>;
  /**
   * A profile kept across launches (the caller deletes it), with the add-on's moz-extension UUID and its storage
   * kept: for what only a restart shows (Firefox reads policies.json at start-up). A fresh profile otherwise.
   */
  keptProfile?: { dir: string; uuid: string };
}

export interface FirefoxSession extends LaunchedSession {
  browser: Browser;
  /** The extension's moz-extension:// host, pinned before start so tests know it in advance. */
  uuid: string;
}

/**
 * Prefs that switch off Firefox's own traffic. puppeteer already disables updates, safe browsing, telemetry
 * upload and Normandy; these cover the rest seen on Firefox ESR here. Endpoints that have no on/off pref point at
 * a closed loopback port instead.
 */
const QUIET_BROWSER_PREFS: Record<string, string | number | boolean> = {
  'network.dns.disablePrefetch': true,
  'network.prefetch-next': false,
  'network.predictor.enabled': false,
  'network.http.speculative-parallel-limit': 0,
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'network.trr.mode': 5,
  'browser.safebrowsing.provider.mozilla.updateURL': '',
  'browser.safebrowsing.provider.google4.updateURL': '',
  'browser.region.network.url': '',
  'browser.region.update.enabled': false,
  'toolkit.telemetry.server': DEAD_END,
  'datareporting.healthreport.uploadEnabled': false,
  'app.shield.optoutstudies.enabled': false,
  'browser.discovery.enabled': false,
  'browser.topsites.contile.enabled': false,
  'extensions.blocklist.enabled': false,
  'extensions.htmlaboutaddons.recommendations.enabled': false,
  'services.settings.server': `${DEAD_END}/v1`,
  'identity.fxaccounts.enabled': false,
  'browser.translations.enable': false,
  'media.gmp-gmpopenh264.enabled': false,
  'security.OCSP.enabled': 0,
  'security.remote_settings.crlite_filters.enabled': false,
  'security.remote_settings.intermediates.enabled': false,
};

function proxyPrefs(port: number): Record<string, string | number | boolean> {
  return {
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': port,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': port,
    'network.proxy.share_proxy_settings': false,
    // Loopback stays direct: the demo platform and the launchpad live there.
    'network.proxy.allow_hijacking_localhost': false,
    'network.proxy.no_proxies_on': 'localhost, 127.0.0.1',
  };
}

async function geckoIdOf(extensionDir: string): Promise<string> {
  const manifest = JSON.parse(await fs.readFile(path.join(extensionDir, 'manifest.json'), 'utf8')) as {
    browser_specific_settings?: { gecko?: { id?: string } };
  };
  return manifest.browser_specific_settings?.gecko?.id ?? GECKO_ID;
}

export async function launchFirefox(options: FirefoxLaunchOptions): Promise<FirefoxSession> {
  const extensionDir = await requireExtensionBuild(options.extensionDir);
  const geckoId = await geckoIdOf(extensionDir);
  const uuid = options.keptProfile?.uuid ?? randomUUID();
  return launchWithProfile<Browser, FirefoxSession>({
    browserName: 'Firefox',
    profilePrefix: 'firefox',
    keptProfileDir: options.keptProfile?.dir,
    start: (userDataDir) =>
      puppeteer.launch({
        ...commonLaunchSettings(options),
        browser: 'firefox',
        executablePath: FIREFOX_PATH,
        userDataDir,
        protocolTimeout: 60_000,
        defaultViewport: viewportOf(options),
        // Release builds ignore `services.settings.server` (remote settings: blocklists, certificate lists, ...)
        // unless this variable is set; with it, the pref below sends those requests to a closed loopback port.
        env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
        extraPrefsFirefox: {
          ...QUIET_BROWSER_PREFS,
          ...(options.proxyPort ? proxyPrefs(options.proxyPort) : {}),
          'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: uuid }),
          // A temporary add-on is removed at shutdown; a kept profile keeps its storage for the next launch.
          ...(options.keptProfile
            ? { 'extensions.webextensions.keepStorageOnUninstall': true, 'extensions.webextensions.keepUuidOnUninstall': true }
            : {}),
          ...options.prefs,
        },
      }),
    async ready(browser, close) {
      const installedId = await withTimeout(browser.installExtension(extensionDir), 30_000, 'installing the add-on');
      if (installedId !== geckoId) throw new Error(`Firefox installed ${installedId}, expected ${geckoId}`);
      return { browser, uuid, extensionUrl: (pagePath) => extensionPageUrl('moz-extension', uuid, pagePath), close };
    },
    close: (browser) => browser.close(),
    kill: (browser) => browser.process()?.kill('SIGKILL'),
  });
}

/**
 * Opens an extension page in `page`. WebDriver BiDi refuses to navigate to moz-extension:// URLs, so the page
 * first loads a 127.0.0.1 page (`fromUrl`) and navigates itself; that works for pages that the demo build lists
 * in `web_accessible_resources` for 127.0.0.1.
 */
export async function openFirefoxExtensionPage(session: FirefoxSession, page: Page, pagePath: string, fromUrl: string): Promise<void> {
  const target = session.extensionUrl(pagePath);
  await page.goto(fromUrl, { timeout: 30_000 });
  await runIn(
    page,
    (url) => {
      location.href = url;
      return true;
    },
    target,
  );
  // puppeteer's page.url() keeps the 127.0.0.1 address after this navigation: ask the document instead.
  await waitFor(() => runIn(page, (url) => location.href.startsWith(url) && document.readyState === 'complete', target), {
    timeoutMs: 20_000,
    what: `${target} to load`,
  });
}
