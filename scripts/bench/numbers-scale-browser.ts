/**
 * Reading numbers in the scale benchmark's conversation (300 messages, 150 camera photos of devices) in Chromium:
 * from opening the panel (photo checks already cached, numbers cache cleared) to every image done, and what one
 * device photo costs in the numbers pipeline now that the text detector keeps it away from OCR (issue 15 part 6:
 * targets 60 s for the conversation, 100 ms per device photo).
 */
import { defineBenchmark } from './lib/define';
import { chromiumBenchUnavailable, clearStoresScript, msRow, withDemoChromium } from './lib/browser';
import { SCALE_FOLDER_ID, SCALE_MESSAGE_COUNT, SCALE_PHOTO_COUNT } from '../demo-platform/scale-folder';

const TARGET_CONVERSATION_MS = 60_000;
const TARGET_DEVICE_PHOTO_MS = 100;

const PHOTOS_DONE = `(() => document.querySelector('#photos .photos') !== null && document.querySelector('#photos [role="progressbar"]') === null)()`;
const NUMBERS_DONE = `(() => {
  const section = document.querySelector('#numbers');
  return section !== null && section.querySelector('.numbers-image') !== null && section.querySelector('[role="progressbar"], [aria-busy="true"]') === null;
})()`;
/** Per image: whether it was skipped (no text seen) and the time the panel shows for it. */
const IMAGE_TIMES = `[...document.querySelectorAll('#numbers .numbers-image')].map((item) => ({
  skipped: /No text seen/.test(item.textContent),
  ms: Number((item.textContent.match(/read in (\\d+) ms/) || [])[1] ?? NaN),
}))`;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export default defineBenchmark({
  id: 'numbers-scale-browser',
  title: `Numbers of a ${SCALE_PHOTO_COUNT}-photo conversation inside the extension (Chromium)`,
  unavailable: async ({ repoRoot }) => chromiumBenchUnavailable(repoRoot),
  async run({ quick, log }) {
    const runs = quick ? 1 : 3;
    const conversationMs: number[] = [];
    const devicePhotoMs: number[] = [];
    let skipped = 0;
    let read = 0;
    await withDemoChromium(
      async ({ origin, session }) => {
        const conversation = session.context.pages()[0] ?? (await session.context.newPage());
        const panel = await session.context.newPage();
        const panelUrl = session.extensionUrl('sidepanel.html');
        const until = async (script: string, timeoutMs: number, what: string) => {
          const deadline = Date.now() + timeoutMs;
          while (!(await panel.evaluate(script).catch(() => false))) {
            if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
            await sleep(100);
          }
        };
        const openPanel = async () => {
          await panel.goto('about:blank');
          await conversation.bringToFront();
          await panel.goto(panelUrl);
        };
        await conversation.goto(`${origin}/bo-seller/customer-care/folders/${SCALE_FOLDER_ID}`);
        await conversation.waitForFunction(
          (count) => document.querySelectorAll('[data-qa="message"]').length === count,
          SCALE_MESSAGE_COUNT,
          { timeout: 60_000 },
        );
        log('checking the photos once (their results are cached for the runs)');
        await openPanel();
        await until(PHOTOS_DONE, 600_000, 'the photo check');
        for (let run = 0; run < runs; run++) {
          await panel.evaluate(clearStoresScript(['numberReadings', 'imageSources']));
          const started = Date.now();
          await openPanel();
          await until(NUMBERS_DONE, 900_000, 'the numbers of every image');
          const elapsed = Date.now() - started;
          const images = (await panel.evaluate(IMAGE_TIMES)) as { skipped: boolean; ms: number }[];
          conversationMs.push(elapsed);
          for (const image of images) {
            if (image.skipped && !Number.isNaN(image.ms)) devicePhotoMs.push(image.ms);
          }
          skipped = images.filter((image) => image.skipped).length;
          read = images.length - skipped;
          log(`run ${run + 1}: ${images.length} images in ${elapsed} ms, ${skipped} kept from OCR, ${read} read`);
        }
      },
      { scale: true },
    );
    return [
      msRow(
        `${SCALE_PHOTO_COUNT}-photo conversation: panel opened → every image's numbers done`,
        conversationMs,
        TARGET_CONVERSATION_MS,
        `photo checks cached, numbers cache cleared; last run ${skipped} kept from OCR by the text detector, ${read} read`,
      ),
      msRow(
        'one camera photo of a device in the numbers pipeline (fetch excluded: decode 1/4 + text detector)',
        devicePhotoMs,
        TARGET_DEVICE_PHOTO_MS,
        'the time the panel shows per skipped photo',
      ),
    ];
  },
});
