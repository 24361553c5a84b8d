/**
 * Reading numbers inside the extension in Chromium: the demo's About-phone and *#06# screenshots and the
 * photographed DHL Express label, read by the panel (numbers worker + tesseract.js from extension URLs). Reports
 * the per-image time the panel shows ("read in N ms") with the cache cleared before each run, and the first run
 * separately (it includes starting the OCR engine).
 */
import { defineBenchmark, type BenchRow } from './lib/define';
import { chromiumBenchUnavailable, clearStoresScript, withDemoChromium, msRow } from './lib/browser';

/** Two screenshots; a photographed DHL Express label; seven 12 MP camera photos of a phone (no number on them). */
const FOLDERS = ['104820619', '104820734', '104820113'];

const CLEAR_NUMBERS_CACHE = clearStoresScript(['numberReadings']);

const row = (name: string, samples: number[], notes = ''): BenchRow => msRow(name, samples, null, notes);

export default defineBenchmark({
  id: 'ocr-browser',
  title: 'Reading numbers inside the extension (Chromium)',
  unavailable: async ({ repoRoot }) => chromiumBenchUnavailable(repoRoot),
  async run({ quick, log }) {
    const runs = quick ? 2 : 4;
    const perImage: Record<string, number[]> = {};
    const firstRun: number[] = [];
    await withDemoChromium(async ({ origin, session }) => {
      const conversation = session.context.pages()[0] ?? (await session.context.newPage());
      const panel = await session.context.newPage();
      for (let run = 0; run <= runs; run++) {
        for (const folder of FOLDERS) {
          await conversation.goto(`${origin}/bo-seller/customer-care/folders/${folder}`);
          await conversation.bringToFront();
          await panel.goto(session.extensionUrl('sidepanel.html'));
          await panel.evaluate(CLEAR_NUMBERS_CACHE);
          await conversation.bringToFront();
          await panel.goto(session.extensionUrl('sidepanel.html'));
          await panel.waitForFunction(
            () => {
              const section = document.querySelector('#numbers');
              return section !== null && section.querySelector('[aria-busy="true"], [role="progressbar"]') === null && /read in \d+ ms/.test(section.textContent ?? '');
            },
            null,
            { timeout: 90_000, polling: 20 },
          );
          const items = (await panel.evaluate(`[...document.querySelectorAll('#numbers .numbers-image')].map((item) => item.textContent)`)) as string[];
          for (const text of items) {
            const ms = Number(text.match(/read in (\d+) ms/)?.[1] ?? NaN);
            if (Number.isNaN(ms)) continue;
            const kind = /IMG_41\d\d/.test(text)
              ? '12 MP camera photo of a device, no number on it'
              : /DHL|waybill/i.test(text)
                ? 'DHL label photo'
                : /EID/i.test(text)
                  ? '*#06# screenshot'
                  : 'About-phone screenshot';
            if (run === 0) firstRun.push(ms);
            else (perImage[kind] ??= []).push(ms);
          }
          log(`run ${run} folder ${folder}: ${items.length} images`);
        }
      }
    });
    return [
      ...Object.entries(perImage).map(([kind, samples]) => row(`per image in the panel: ${kind}`, samples, 'cache cleared before each run')),
      row('first run per image (OCR engine starting)', firstRun, 'not counted above'),
    ];
  },
});
