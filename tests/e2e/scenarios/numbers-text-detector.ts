import { expect } from 'vitest';
import { waitFor, type Driver } from '../harness/driver';
import { DEMO_IDENTIFIERS } from '../../../scripts/demo-platform/identifiers';

/**
 * Issue 15 part 6, written once for both browsers: the demo conversation with seven 12 MP photos of a phone sends
 * none of them to OCR (the text detector sees no text in them), while the customer's photo of the DHL return label
 * in another conversation is read; "Read numbers anyway" on a photo, pressed from the keyboard, reads it.
 */

const PHOTOS_FOLDER = '104820113';
const LABEL_PHOTO_FOLDER = '104820734';
const PHOTO = 'IMG_4101.jpg';

interface NumbersView {
  busy: boolean;
  /** Per image of the Numbers section: its name and its text. */
  images: { name: string; text: string }[];
  waybills: string[];
}

/** Runs in the panel: what the Numbers section shows. */
function numbersView(): NumbersView {
  const section = document.querySelector('#numbers');
  if (!section) return { busy: true, images: [], waybills: [] };
  return {
    busy: section.querySelector('[aria-busy="true"], [role="progressbar"]') !== null,
    images: [...section.querySelectorAll('.numbers-image')].map((item) => ({
      name: item.querySelector('.numbers-image-name')?.textContent ?? '',
      text: item.textContent ?? '',
    })),
    waybills: [...section.querySelectorAll('[data-kind="dhl-express"]')].map((node) => node.getAttribute('data-value') ?? ''),
  };
}

/** Opens the conversation on the demo platform, then the panel page that follows it. */
async function openPanelOn(driver: Driver, folderId: string): Promise<void> {
  await driver.openConversation(`${driver.origin}/bo-seller/customer-care/folders/${folderId}`);
  await driver.openPanel();
  await driver.panel.bringToFront();
}

async function settledNumbers(driver: Driver, what: string, until: (view: NumbersView) => boolean = () => true): Promise<NumbersView> {
  let view: NumbersView = { busy: true, images: [], waybills: [] };
  await waitFor(
    async () => {
      view = await driver.panel.run(numbersView);
      return !view.busy && view.images.length > 0 && until(view);
    },
    { timeoutMs: 150_000, intervalMs: 300, what },
  );
  return view;
}

/** Runs in the panel: focuses the folded line's summary, as Tab would reach it: 'focused', or why not. */
function focusQuietSummary(): string {
  const element = document.querySelector<HTMLElement>('#numbers details.numbers-quiet > summary');
  if (!element) return 'not found';
  element.focus();
  return document.activeElement === element ? 'focused' : 'not focusable';
}

/** Runs in the panel: focuses the folded line's button with this accessible name: 'focused', or why not. */
function focusQuietButton(label: string): string {
  const element = [...document.querySelectorAll<HTMLElement>('#numbers details.numbers-quiet button')].find(
    (button) => button.getAttribute('aria-label') === label,
  );
  if (!element) return 'not found';
  element.focus();
  return document.activeElement === element ? 'focused' : 'not focusable';
}

const skipped = (image: { text: string }) => image.text.includes('No text seen: numbers not read');

export async function devicePhotosSkippedLabelRead(driver: Driver): Promise<void> {
  await openPanelOn(driver, PHOTOS_FOLDER);
  const photos = await settledNumbers(driver, 'the numbers of the photos', (view) => view.images.length === 7);
  expect(
    photos.images.filter((image) => !skipped(image)),
    'device photos sent to OCR',
  ).toEqual([]);
  await openPanelOn(driver, LABEL_PHOTO_FOLDER);
  const label = await settledNumbers(driver, 'the numbers of the label photo', (view) =>
    view.images.some((image) => image.name.startsWith('IMG_0457.jpg')),
  );
  expect(label.images.filter(skipped), 'the label photo is read').toEqual([]);
  expect(label.waybills).toContain(DEMO_IDENTIFIERS.dhlExpressLabel.waybill);
}

export async function readNumbersAnywayFromTheKeyboard(driver: Driver): Promise<void> {
  await openPanelOn(driver, PHOTOS_FOLDER);
  await settledNumbers(driver, 'the numbers of the photos', (view) =>
    view.images.some((image) => image.name.startsWith(PHOTO) && skipped(image)),
  );
  // The photos without numbers fold into one line: open it as the agent does (focus the summary, Enter), then
  // focus the photo's button (as Tab would) and press Enter.
  expect(await driver.panel.run(focusQuietSummary)).toBe('focused');
  await driver.panel.press('Enter');
  expect(
    await driver.panel.run(() => document.querySelector<HTMLDetailsElement>('#numbers details.numbers-quiet')?.open === true),
    'Enter opens the folded line',
  ).toBe(true);
  expect(await driver.panel.run(focusQuietButton, `Read numbers anyway in ${PHOTO}`)).toBe('focused');
  await driver.panel.press('Enter');
  const view = await settledNumbers(driver, `${PHOTO} read by OCR`, (current) =>
    current.images.some((image) => image.name.startsWith(PHOTO) && !skipped(image) && /read in \d+ ms/.test(image.text)),
  );
  const photo = view.images.find((image) => image.name.startsWith(PHOTO))!;
  expect(photo.text).toMatch(/No IMEI or waybill found|IMEI/);
  // The other photos stay as they were: not read.
  expect(view.images.filter((image) => /^IMG_\d+\.jpg/.test(image.name) && skipped(image))).toHaveLength(6);
}
