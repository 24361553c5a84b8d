import fs from 'node:fs';
import path from 'node:path';
import type { BenchRow } from './define';
import { median, percentile } from './stats';

/** Why a benchmark that drives the demo build in Chromium cannot run here, or null. */
export function chromiumBenchUnavailable(repoRoot: string): string | null {
  if (!fs.existsSync('/usr/bin/chromium')) return 'Debian chromium is not installed (bash scripts/bootstrap.sh)';
  if (!fs.existsSync(path.join(repoRoot, '.output/chrome-mv3-demo/manifest.json'))) return 'no demo build: run npm run build:test';
  return null;
}

/** Why a benchmark that drives the demo build in Firefox ESR cannot run here, or null. */
export function firefoxBenchUnavailable(repoRoot: string): string | null {
  if (!fs.existsSync('/usr/bin/firefox-esr')) return 'Debian firefox-esr is not installed (bash scripts/bootstrap.sh)';
  if (!fs.existsSync(path.join(repoRoot, '.output/firefox-mv3-demo/manifest.json'))) return 'no Firefox demo build: run npm run build:test';
  return null;
}

/**
 * Script for an extension page: empties these object stores of ReturnDesk's database (cached results), so the
 * next open does the work again. Stores that do not exist yet are skipped.
 */
export function clearStoresScript(stores: readonly string[]): string {
  return `new Promise((resolve, reject) => {
  const open = indexedDB.open('returndesk');
  open.onerror = () => reject(open.error);
  open.onsuccess = () => {
    const db = open.result;
    const present = ${JSON.stringify(stores)}.filter((name) => db.objectStoreNames.contains(name));
    if (present.length === 0) { db.close(); resolve(0); return; }
    const tx = db.transaction(present, 'readwrite');
    for (const name of present) tx.objectStore(name).clear();
    tx.oncomplete = () => { db.close(); resolve(present.length); };
    tx.onerror = () => reject(tx.error);
  };
})`;
}

export function msRow(name: string, samples: number[], target: number | null, notes = ''): BenchRow {
  return { case: name, n: samples.length, median: median(samples), p90: percentile(samples, 90), unit: 'ms', target, notes };
}

/**
 * Starts the demo platform and headless Chromium with the demo build, runs `measure`, and closes both whatever
 * happens. Imported lazily so `npm run bench --only photos-node` never loads the browser tooling.
 * `scale` serves the 300-message conversation too; `remoteDebugging` opens a DevTools port (session.cdpEndpoint)
 * for tools that need more than Playwright gives (workers' heaps).
 */
export async function withDemoChromium<T>(
  measure: (demo: { origin: string; session: import('../../../tests/e2e/harness/chromium').ChromiumSession }) => Promise<T>,
  options: { scale?: boolean; remoteDebugging?: boolean } = {},
): Promise<T> {
  const { startDemoPlatform } = await import('../../demo-platform/server');
  const { launchChromium } = await import('../../../tests/e2e/harness/chromium');
  const { BUILD_DIRS } = await import('../../../tests/e2e/harness/paths');
  const platform = await startDemoPlatform({ quiet: true, scale: options.scale });
  try {
    const session = await launchChromium({ extensionDir: BUILD_DIRS.chromeDemo, headless: true, remoteDebugging: options.remoteDebugging });
    try {
      return await measure({ origin: platform.origin, session });
    } finally {
      await session.close();
    }
  } finally {
    await platform.close();
  }
}

/**
 * Firefox ESR's twin of withDemoChromium. `openPanelPage(page)` loads the panel page in a tab: WebDriver BiDi may not
 * navigate to moz-extension:// itself, so the tab goes through a 127.0.0.1 page that no content script runs on.
 */
export async function withDemoFirefox<T>(
  measure: (demo: {
    origin: string;
    session: import('../../../tests/e2e/harness/firefox').FirefoxSession;
    openPanelPage(page: import('puppeteer-core').Page): Promise<void>;
  }) => Promise<T>,
): Promise<T> {
  const { startDemoPlatform } = await import('../../demo-platform/server');
  const { launchFirefox, openFirefoxExtensionPage } = await import('../../../tests/e2e/harness/firefox');
  const { BUILD_DIRS } = await import('../../../tests/e2e/harness/paths');
  const platform = await startDemoPlatform({ quiet: true });
  try {
    const session = await launchFirefox({ extensionDir: BUILD_DIRS.firefoxDemo, headless: true });
    try {
      const openPanelPage = (page: import('puppeteer-core').Page) =>
        openFirefoxExtensionPage(session, page, 'sidepanel.html', `${platform.origin}/bench-launchpad`);
      return await measure({ origin: platform.origin, session, openPanelPage });
    } finally {
      await session.close();
    }
  } finally {
    await platform.close();
  }
}
