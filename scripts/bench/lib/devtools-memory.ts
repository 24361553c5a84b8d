/**
 * Memory of the panel and of its workers, read over the DevTools protocol (Chromium started with
 * `remoteDebugging`). Playwright cannot open a protocol session on a dedicated worker, puppeteer can
 * (`WebWorker.client`), so this module connects puppeteer-core to the same browser alongside Playwright.
 *
 * Why these numbers: `performance.measureUserAgentSpecificMemory()` needs cross-origin isolation, which extension
 * pages do not have. `Runtime.getHeapUsage` on a target gives its V8 heap (`usedSize`) and the backing stores of
 * its ArrayBuffers (`backingStorageSize`), which is where tesseract's WebAssembly memory lives; their sum is the
 * figure reported for a worker. Dedicated workers share their page's renderer process, so that process's private
 * memory (SystemInfo.getProcessInfo for the pid, /proc for the size) is reported as a cross-check covering the
 * panel, its workers, the extension's service worker and what Blink holds outside the JavaScript heaps (decoded
 * images, DOM).
 */
import fs from 'node:fs';
import type { Browser, CDPSession, Page } from 'puppeteer-core';

export interface HeapFigures {
  /** V8 heap in use (live objects and garbage not yet collected), MB. */
  usedMb: number;
  /** ArrayBuffer and external string backing stores (WebAssembly memory included), MB. */
  backingMb: number;
  /** usedMb + backingMb. */
  totalMb: number;
}

const MB = 1024 * 1024;

export async function connectDevTools(endpoint: string): Promise<Browser> {
  const { default: puppeteer } = await import('puppeteer-core');
  return puppeteer.connect({ browserURL: endpoint, defaultViewport: null, protocolTimeout: 30_000 });
}

export async function heapOf(client: CDPSession): Promise<HeapFigures | null> {
  try {
    const usage = (await client.send('Runtime.getHeapUsage')) as { usedSize: number; backingStorageSize?: number };
    const usedMb = usage.usedSize / MB;
    const backingMb = (usage.backingStorageSize ?? 0) / MB;
    return { usedMb, backingMb, totalMb: usedMb + backingMb };
  } catch {
    return null; // the target went away between listing and asking
  }
}

/** The heap after a full garbage collection: what the target really keeps alive. */
export async function liveHeapOf(client: CDPSession): Promise<HeapFigures | null> {
  try {
    await client.send('HeapProfiler.collectGarbage');
  } catch {
    return null;
  }
  return heapOf(client);
}

/** The extension page whose URL starts with `url` (puppeteer's view of the page Playwright drives). */
export async function findPage(browser: Browser, url: string): Promise<Page> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const page = (await browser.pages()).find((candidate) => candidate.url().startsWith(url));
    if (page) return page;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`no page at ${url} over DevTools`);
}

/** Protocol session of the page's dedicated worker whose script URL contains `scriptPart`, or null. */
export function workerSession(page: Page, scriptPart: string): CDPSession | null {
  const worker = page.workers().find((candidate) => candidate.url().includes(scriptPart));
  return worker ? worker.client : null;
}

/**
 * Memory only this process holds (private clean + dirty pages, from /proc/PID/smaps_rollup): unlike RSS it leaves
 * out the browser's shared libraries and fonts, which every Chromium process maps.
 */
function privateMb(pid: number): number | null {
  try {
    const rollup = fs.readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8');
    const field = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(rollup)?.[1] ?? NaN);
    const kilobytes = field('Private_Clean') + field('Private_Dirty');
    return Number.isFinite(kilobytes) ? kilobytes / 1024 : null;
  } catch {
    return null;
  }
}

/**
 * Private memory of the renderer process that runs the extension's pages and workers (Chromium marks it
 * `--extension-process`), or null where /proc is not readable.
 */
export async function extensionProcessMemoryMb(browser: Browser): Promise<number | null> {
  const client = await browser.target().createCDPSession();
  try {
    const { processInfo } = (await client.send('SystemInfo.getProcessInfo')) as { processInfo: { type: string; id: number }[] };
    let total: number | null = null;
    for (const process of processInfo.filter((candidate) => candidate.type === 'renderer')) {
      let commandLine = '';
      try {
        commandLine = fs.readFileSync(`/proc/${process.id}/cmdline`, 'utf8');
      } catch {
        continue;
      }
      if (!commandLine.includes('--extension-process')) continue;
      const size = privateMb(process.id);
      if (size !== null) total = (total ?? 0) + size;
    }
    return total;
  } finally {
    await client.detach().catch(() => undefined);
  }
}
