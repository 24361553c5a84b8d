import type { CDPSession } from 'playwright-core';
import { waitFor, withTimeout } from './bounded';
import { scriptOf, type Json, type PageFunction } from './script';

/**
 * Stopping and restarting the extension's background service worker the way Chrome does when it sits idle, over
 * the DevTools protocol. Playwright neither notices the restart nor gives a handle on the new worker, so code is
 * run in the restarted worker through a second connection (puppeteer-core, which can address a target's own
 * session; the suite must be launched with `remoteDebugging`).
 */

interface VersionUpdate {
  versions: { scriptURL: string; runningStatus: string }[];
}

/** Status of the worker whose script starts with `scriptPrefix`, as the ServiceWorker domain last reported it. */
function watchStatus(cdp: CDPSession, scriptPrefix: string): () => string | undefined {
  let status: string | undefined;
  cdp.on('ServiceWorker.workerVersionUpdated', (event: VersionUpdate) => {
    for (const version of event.versions) if (version.scriptURL.startsWith(scriptPrefix)) status = version.runningStatus;
  });
  return () => status;
}

/** Stops every service worker of the profile (ours is the only one) and waits until ours reports `stopped`. */
export async function stopServiceWorker(cdp: CDPSession, scriptPrefix: string): Promise<void> {
  const status = watchStatus(cdp, scriptPrefix);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  // A worker busy starting (an event woke it) may miss one stop request: ask again every 2 s, as Chrome would idle it.
  let asked = Date.now();
  await waitFor(
    async () => {
      if (status() === 'stopped') return true;
      if (Date.now() - asked > 2_000) {
        asked = Date.now();
        await cdp.send('ServiceWorker.stopAllWorkers');
      }
      return undefined;
    },
    { timeoutMs: 20_000, intervalMs: 50, what: 'the service worker to stop' },
  );
}

/** Starts the stopped worker again (as an event would) and waits until it runs. */
export async function startServiceWorker(cdp: CDPSession, scope: string): Promise<void> {
  const status = watchStatus(cdp, scope);
  // Enabling again makes the domain report every version's current status: an event may already have woken the
  // worker, and then starting it reports nothing.
  await cdp.send('ServiceWorker.disable');
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.startWorker', { scopeURL: scope });
  await waitFor(() => status() === 'running', {
    timeoutMs: 10_000,
    intervalMs: 50,
    what: () => `the service worker to start (status ${String(status())})`,
  });
}

/**
 * Runs `fn(...args)` (awaited, returned by value) in the running service worker whose URL starts with `scope`. As with
 * `DrivenTab.run`, `fn` is sent as source with JSON arguments: it uses only them and the worker's globals.
 */
export async function evaluateInServiceWorker<Args extends Json[], Result>(
  cdpEndpoint: string,
  scope: string,
  fn: PageFunction<Args, Result>,
  ...args: Args
): Promise<Awaited<Result>> {
  const expression = scriptOf(fn, ...args);
  const { default: puppeteer } = await import('puppeteer-core');
  const browser = await withTimeout(puppeteer.connect({ browserURL: cdpEndpoint, defaultViewport: null }), 20_000, 'connecting puppeteer');
  try {
    const root = await browser.target().createCDPSession();
    const targetId = await waitFor(
      async () => {
        const { targetInfos } = await root.send('Target.getTargets');
        return targetInfos.find((info) => info.type === 'service_worker' && info.url.startsWith(scope))?.targetId;
      },
      { timeoutMs: 10_000, what: 'the service worker target' },
    );
    const { sessionId } = await root.send('Target.attachToTarget', { targetId, flatten: true });
    const worker = root.connection()?.session(sessionId);
    if (!worker) throw new Error('no DevTools session for the service worker');
    const { result, exceptionDetails } = await worker.send('Runtime.evaluate', { expression, awaitPromise: true, returnByValue: true });
    if (exceptionDetails) throw new Error(`in the service worker: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
    await worker.detach().catch(() => undefined);
    return result.value as Awaited<Result>;
  } finally {
    await browser.disconnect().catch(() => undefined);
  }
}
