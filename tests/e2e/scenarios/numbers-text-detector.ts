import { expect } from 'vitest';
import { poll } from '../harness/bounded';
import { DEMO_IDENTIFIERS } from '../../../scripts/demo-platform/identifiers';

/**
 * Issue 15 part 6, written once for both browsers: the demo conversation with seven 12 MP photos of a phone sends
 * none of them to OCR (the text detector sees no text in them), while the customer's photo of the DHL return label
 * in another conversation is read; "Read numbers anyway" on a photo, pressed from the keyboard, reads it.
 */

/** What a scenario needs of a browser: the panel page open on the conversation, scripts run in it, keys pressed. */
export interface PanelDriver {
  /** Opens the conversation on the demo platform, then the panel page that follows it (nothing cached yet). */
  openPanelOn(folderId: string): Promise<void>;
  /** Runs a script (a source string: both Playwright and puppeteer take one) in the panel page. */
  evaluatePanel(script: string): Promise<unknown>;
  /** One key pressed in the panel page, e.g. "Enter". */
  pressKey(key: string): Promise<void>;
}

export const PHOTOS_FOLDER = '104820113';
const LABEL_PHOTO_FOLDER = '104820734';
const PHOTO = 'IMG_4101.jpg';

interface NumbersView {
  busy: boolean;
  /** Per image of the Numbers section: its name and its text. */
  images: Array<{ name: string; text: string }>;
  waybills: string[];
}

const NUMBERS_VIEW_SCRIPT = `(() => {
  const section = document.querySelector('#numbers');
  if (!section) return { busy: true, images: [], waybills: [] };
  return {
    busy: section.querySelector('[aria-busy="true"], [role="progressbar"]') !== null,
    images: [...section.querySelectorAll('.numbers-image')].map((item) => ({
      name: item.querySelector('.numbers-image-name')?.textContent ?? '',
      text: item.textContent ?? '',
    })),
    waybills: [...section.querySelectorAll('[data-kind="dhl-express"]')].map((node) => node.getAttribute('data-value')),
  };
})()`;

async function numbersView(driver: PanelDriver): Promise<NumbersView> {
  return (await driver.evaluatePanel(NUMBERS_VIEW_SCRIPT)) as NumbersView;
}

async function settledNumbers(driver: PanelDriver, what: string, until: (view: NumbersView) => boolean = () => true): Promise<NumbersView> {
  let view: NumbersView = { busy: true, images: [], waybills: [] };
  await poll(
    async () => {
      view = await numbersView(driver);
      return !view.busy && view.images.length > 0 && until(view);
    },
    { timeoutMs: 150_000, intervalMs: 300, what },
  );
  return view;
}

/** Focuses the element a script finds, as Tab would reach it: 'focused', or why not. */
async function focusInPanel(driver: PanelDriver, find: string): Promise<unknown> {
  return driver.evaluatePanel(`((element) => {
    if (!element) return 'not found';
    element.focus();
    return document.activeElement === element ? 'focused' : 'not focusable';
  })(${find})`);
}

const skipped = (image: { text: string }) => /No text seen: numbers not read/.test(image.text);

export async function devicePhotosSkippedLabelRead(driver: PanelDriver): Promise<void> {
  await driver.openPanelOn(PHOTOS_FOLDER);
  const photos = await settledNumbers(driver, 'the numbers of the photos', (view) => view.images.length === 7);
  expect(photos.images.filter((image) => !skipped(image)), 'device photos sent to OCR').toEqual([]);
  await driver.openPanelOn(LABEL_PHOTO_FOLDER);
  const label = await settledNumbers(driver, 'the numbers of the label photo', (view) => view.images.some((image) => image.name.startsWith('IMG_0457.jpg')));
  expect(label.images.filter(skipped), 'the label photo is read').toEqual([]);
  expect(label.waybills).toContain(DEMO_IDENTIFIERS.dhlExpressLabel.waybill);
}

export async function readNumbersAnywayFromTheKeyboard(driver: PanelDriver): Promise<void> {
  await driver.openPanelOn(PHOTOS_FOLDER);
  await settledNumbers(driver, 'the numbers of the photos', (view) => view.images.some((image) => image.name.startsWith(PHOTO) && skipped(image)));
  // The photos without numbers fold into one line: open it as the agent does (focus the summary, Enter), then
  // focus the photo's button (as Tab would) and press Enter.
  const opened = await focusInPanel(driver, `document.querySelector('#numbers details.numbers-quiet > summary')`);
  expect(opened).toBe('focused');
  await driver.pressKey('Enter');
  expect(await driver.evaluatePanel(`document.querySelector('#numbers details.numbers-quiet')?.open === true`), 'Enter opens the folded line').toBe(true);
  const focused = await focusInPanel(
    driver,
    `[...document.querySelectorAll('#numbers details.numbers-quiet button')].find((button) => button.getAttribute('aria-label') === ${JSON.stringify(`Read numbers anyway in ${PHOTO}`)})`,
  );
  expect(focused).toBe('focused');
  await driver.pressKey('Enter');
  const view = await settledNumbers(driver, `${PHOTO} read by OCR`, (current) =>
    current.images.some((image) => image.name.startsWith(PHOTO) && !skipped(image) && /read in \d+ ms/.test(image.text)),
  );
  const photo = view.images.find((image) => image.name.startsWith(PHOTO))!;
  expect(photo.text).toMatch(/No IMEI or waybill found|IMEI/);
  // The other photos stay as they were: not read.
  expect(view.images.filter((image) => /^IMG_\d+\.jpg/.test(image.name) && skipped(image))).toHaveLength(6);
}
