import type { BenchRow } from './define';
import { clearStoresScript, msRow } from './browser';

/**
 * Reading numbers inside the extension, measured the same way in each browser (ocr-browser.ts: Chromium,
 * ocr-browser-firefox.ts: Firefox ESR): the demo's About-phone and *#06# screenshots, the photographed DHL Express
 * label, and seven 12 MP camera photos of a phone (no number on them: the text detector keeps them from OCR). The
 * per-image time the panel shows ("read in N ms"), cache cleared before each run; the first run apart (it includes
 * starting the OCR engine).
 */

export interface NumbersBrowser {
  /** "Chromium", "Firefox ESR". */
  name: string;
  /** Shows this demo conversation (the tab the panel follows). */
  showConversation(folderId: string): Promise<void>;
  /** Loads the panel page afresh. */
  openPanel(): Promise<void>;
  /** Runs a script (source string) in the panel page. */
  evaluate(script: string): Promise<unknown>;
}

/** Two screenshots; a photographed DHL Express label; seven 12 MP camera photos of a phone (no number on them). */
const FOLDERS = ['104820619', '104820734', '104820113'];

const CLEAR_NUMBERS_CACHE = clearStoresScript(['numberReadings']);
const SETTLED = `(() => {
  const section = document.querySelector('#numbers');
  return section !== null && section.querySelector('[aria-busy="true"], [role="progressbar"]') === null && /read in \\d+ ms|from cache/.test(section.textContent ?? '');
})()`;
/**
 * Tries before giving up on an uncached read: the panel that was open when the cache was cleared may still save a
 * result it was reading (Firefox's hop through a 127.0.0.1 page leaves it that time), so a "from cache" is cleared
 * and read again.
 */
const CLEAR_ATTEMPTS = 3;
const IMAGE_TEXTS = `[...document.querySelectorAll('#numbers .numbers-image')].map((item) => item.textContent)`;

function kindOf(text: string): string {
  if (/IMG_41\d\d/.test(text)) return '12 MP camera photo of a device, no number on it';
  if (/DHL|waybill/i.test(text)) return 'DHL label photo';
  if (/EID/i.test(text)) return '*#06# screenshot';
  return 'About-phone screenshot';
}

async function until(browser: NumbersBrowser, script: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await browser.evaluate(script).catch(() => false))) {
    if (Date.now() > deadline) {
      const shown = await browser
        .evaluate(`(document.querySelector('#numbers') ?? document.body)?.textContent?.slice(0, 400) ?? ''`)
        .catch(String);
      throw new Error(`${browser.name}: timed out waiting for the numbers; the panel shows: ${String(shown)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

export async function measureNumbersInPanel(browser: NumbersBrowser, quick: boolean, log: (message: string) => void): Promise<BenchRow[]> {
  const runs = quick ? 2 : 4;
  const perImage: Record<string, number[]> = {};
  const firstRun: number[] = [];
  for (let run = 0; run <= runs; run++) {
    for (const folder of FOLDERS) {
      let texts: string[] = [];
      for (let attempt = 0; attempt < CLEAR_ATTEMPTS && (attempt === 0 || texts.some((text) => text.includes('from cache'))); attempt++) {
        await browser.showConversation(folder);
        await browser.openPanel();
        await browser.evaluate(CLEAR_NUMBERS_CACHE);
        await browser.showConversation(folder);
        await browser.openPanel();
        await until(browser, SETTLED, 150_000);
        texts = (await browser.evaluate(IMAGE_TEXTS)) as string[];
      }
      for (const text of texts) {
        const ms = Number(/read in (\d+) ms/.exec(text)?.[1] ?? NaN);
        if (Number.isNaN(ms)) continue;
        if (run === 0) firstRun.push(ms);
        else (perImage[kindOf(text)] ??= []).push(ms);
      }
      log(`${browser.name} run ${run} folder ${folder}: ${texts.length} images`);
    }
  }
  return [
    ...Object.entries(perImage).map(([kind, samples]) =>
      msRow(`${browser.name}, per image in the panel: ${kind}`, samples, null, 'cache cleared before each run'),
    ),
    msRow(`${browser.name}, first run per image (OCR engine starting)`, firstRun, null, 'not counted above'),
  ];
}
