import { expect, it } from 'vitest';
import { DEMO_IDENTIFIERS } from '../../scripts/demo-platform/identifiers';
import { listDemoConversations } from './harness/demo-platform';
import { describeInBrowsers, waitFor, type Driver } from './harness/driver';
import { numberReadings, numbersDone, numbersListed, type NumberReadings } from './harness/numbers';
import { describeRequests } from './harness/request-recorder';

/**
 * The numbers reader in the demo build: the bundled tesseract.js worker, cores and traineddata and the zxing reader
 * load from extension URLs under the extension CSP, with every request off 127.0.0.1 recorded (there must be none),
 * and read the IMEIs and the DHL waybill the demo attachments show.
 */

const ABOUT_PHONE_FOLDER = '104820619';
const DHL_FOLDER = '104820734';
const PHOTOS_FOLDER = '104820113';
const COMPOSER = 'textarea[aria-label="Reply to the customer"]';

async function readNumbersOf(driver: Driver, folderId: string, kind: string): Promise<NumberReadings & { ms: number }> {
  const conversation = listDemoConversations().find((candidate) => candidate.folderId === folderId);
  expect(conversation, `demo conversation ${folderId}`).toBeDefined();
  await driver.openConversation(`${driver.origin}${conversation!.path}`);
  const started = Date.now();
  await driver.openPanel();
  let last: NumberReadings = { busy: true, values: [], text: '' };
  await waitFor(
    async () => {
      last = await driver.panel.run(numberReadings, kind);
      // The panel first shows the conversation it followed before: wait for this one's images.
      return !last.busy && (await driver.panel.text()).includes(folderId);
    },
    { timeoutMs: 90_000, intervalMs: 500, what: () => `the numbers of ${folderId} to be read (they show "${last.text.slice(0, 400)}")` },
  );
  return { ...last, ms: Date.now() - started };
}

/** Clicks a button of the Numbers section by its text; false when there is none. */
const clickNumbersButton = (driver: Driver, name: string) =>
  driver.panel.run((label) => {
    const button = [...document.querySelectorAll<HTMLButtonElement>('#numbers button')].find(
      (candidate) => candidate.textContent?.trim() === label,
    );
    button?.click();
    return Boolean(button);
  }, name);

describeInBrowsers('numbers from attachments', (use, browser) => {
  it('reads both IMEIs of the About-phone and *#06# screenshots with the bundled engine', async () => {
    const driver = use();
    const { values, text, ms } = await readNumbersOf(driver, ABOUT_PHONE_FOLDER, 'imei');
    const perImage = [...text.matchAll(/read in (\d+) ms/g)].map((match) => Number(match[1]));
    console.info(
      `numbers for ${ABOUT_PHONE_FOLDER} in ${browser}: ${ms} ms from opening the panel (engine start included); per image ${perImage.join(', ')} ms`,
    );
    expect(values, text).toEqual(expect.arrayContaining([DEMO_IDENTIFIERS.aboutPhone.imei, DEMO_IDENTIFIERS.aboutPhone.imei2]));
    expect(text).not.toMatch(/could not be read|stopped/);
  });

  it('reads the DHL Express waybill and reports no distractor as a waybill', async () => {
    const { values, text } = await readNumbersOf(use(), DHL_FOLDER, 'dhl-express');
    expect(values, text).toContain(DEMO_IDENTIFIERS.dhlExpressLabel.waybill);
    for (const distractor of DEMO_IDENTIFIERS.dhlExpressLabel.distractors) expect(values).not.toContain(distractor.replace(/\D/g, ''));
  });

  it('fills the DHL pickup reply with the waybill it read, without asking', async () => {
    const driver = use();
    await readNumbersOf(driver, DHL_FOLDER, 'dhl-express');
    await driver.page.run((selector) => {
      document.querySelector<HTMLTextAreaElement>(selector)!.value = '';
    }, COMPOSER);
    await driver.panel.bringToFront();
    await driver.panel.run(() => document.querySelector<HTMLInputElement>('input[placeholder^="Search replies"]')?.focus());
    await driver.panel.type('dhl pickup');
    await driver.panel.press('Enter');
    await waitFor(async () => (await driver.panel.text()).includes('Inserted into the reply box'), {
      timeoutMs: 10_000,
      what: 'the reply to be inserted',
    });
    const draft = await driver.page.run((selector) => document.querySelector<HTMLTextAreaElement>(selector)?.value ?? '', COMPOSER);
    expect(draft.replace(/\s/g, '')).toContain(DEMO_IDENTIFIERS.dhlExpressLabel.waybill);
    expect(await driver.panel.run(() => document.querySelectorAll('form.fill-in').length)).toBe(0);
  });

  it("shows a reopened conversation from the cache (keyed by the images' content hash)", async () => {
    const { values, text } = await readNumbersOf(use(), ABOUT_PHONE_FOLDER, 'imei');
    expect(values).toEqual(expect.arrayContaining([DEMO_IDENTIFIERS.aboutPhone.imei, DEMO_IDENTIFIERS.aboutPhone.imei2]));
    expect(text).toContain('from cache');
    expect(text).not.toMatch(/read in \d+ ms/);
  });

  it('registers "Read numbers in this image" for images on platform pages', async () => {
    const driver = use();
    await driver.openPanel();
    // contextMenus has no getter: updating an item that does not exist fails.
    const answer = await driver.panel.run(async (id) => {
      interface Menus {
        update(id: string, properties: object): Promise<void>;
      }
      const extension = globalThis as unknown as { browser?: { contextMenus: Menus }; chrome?: { contextMenus: Menus } };
      try {
        await (extension.browser ?? extension.chrome)!.contextMenus.update(id, {});
        return 'exists';
      } catch (error) {
        return String(error);
      }
    }, 'read-numbers-in-image');
    expect(answer).toBe('exists');
  });

  it('reads an image picked with the context menu (what the click handler stores after opening the panel)', async () => {
    const driver = use();
    const picked = `${driver.origin}/attachments/${DHL_FOLDER}/return-label-DHL.png`;
    await readNumbersOf(driver, ABOUT_PHONE_FOLDER, 'imei');
    // As the click handler stores it: the image, and the tab and page it was picked on (the open conversation).
    const tab = await driver.panel.run(async (folder) => {
      interface Tabs {
        query(filter: object): Promise<{ id?: number; url?: string }[]>;
      }
      const extension = globalThis as unknown as { browser?: { tabs: Tabs }; chrome?: { tabs: Tabs } };
      const tabs = await (extension.browser ?? extension.chrome)!.tabs.query({});
      const found = tabs.find((candidate) => (candidate.url ?? '').includes(`/folders/${folder}`));
      return found ? { id: found.id ?? null, url: found.url ?? '' } : null;
    }, ABOUT_PHONE_FOLDER);
    expect(tab, 'the conversation tab').not.toBeNull();
    await driver.storage.set({ numbersRequest: { url: picked, at: Date.now(), tabId: tab!.id, pageUrl: tab!.url } });
    let last: NumberReadings = { busy: true, values: [], text: '' };
    await waitFor(
      async () => (last = await driver.panel.run(numberReadings, 'dhl-express')).values.includes(DEMO_IDENTIFIERS.dhlExpressLabel.waybill),
      {
        timeoutMs: 60_000,
        intervalMs: 500,
        what: () => `the picked label's waybill (the section shows "${last.text.slice(0, 400)}")`,
      },
    );
    expect(last.text).toContain('picked on the page');
    // Its numbers fill replies only once the agent says the image is this conversation's.
    expect(last.text).toContain("Use in this conversation's replies");
    await driver.storage.remove('numbersRequest');
  });

  it('pauses reading on request, keeping what was read, and resuming (from the palette) reads the rest', async () => {
    const driver = use();
    // Seven 12 MP camera photos: seconds of reading each, so there is time to pause.
    await driver.openConversation(`${driver.origin}/bo-seller/customer-care/folders/${PHOTOS_FOLDER}`);
    await driver.openPanel();
    await driver.panel.bringToFront();
    const doneCount = () => driver.panel.run(numbersDone);
    // The panel first shows the conversation it followed before; this one has seven photos.
    await waitFor(async () => (await driver.panel.text()).includes(PHOTOS_FOLDER) && (await driver.panel.run(numbersListed)) === 7, {
      timeoutMs: 30_000,
      what: 'the seven photos to be listed',
    });
    await waitFor(async () => (await doneCount()) >= 1, { timeoutMs: 90_000, what: 'the first image to be read' });
    expect(await clickNumbersButton(driver, 'Pause reading')).toBe(true);
    await waitFor(async () => /Reading paused: \d+ of \d+ images read/.test(await driver.panel.text('#numbers')), {
      timeoutMs: 10_000,
      what: 'the section to say reading is paused',
    });
    // An image whose result was already on its way when the button was pressed may still land: let it.
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    const atPause = await doneCount();
    const images = await driver.panel.run(numbersListed);
    expect(atPause).toBeLessThan(images);
    await new Promise((resolve) => setTimeout(resolve, 4_000));
    expect(await doneCount(), 'nothing is read while paused').toBe(atPause);
    expect(await driver.panel.run(() => document.querySelectorAll('#numbers [role="progressbar"]').length)).toBe(0);

    // Resumed from the keyboard: the palette's "Pause or resume reading the numbers".
    await driver.panel.press('Control+k');
    await waitFor(
      () => driver.panel.run(() => Boolean(document.querySelector('[role="combobox"][aria-label="Search actions, macros and templates"]'))),
      {
        timeoutMs: 10_000,
        what: 'the palette to open',
      },
    );
    await driver.panel.type('resume reading');
    await driver.panel.press('Enter');
    await waitFor(
      () =>
        driver.panel.run(() =>
          [...document.querySelectorAll('#numbers button')].some((button) => button.textContent?.trim() === 'Pause reading'),
        ),
      {
        timeoutMs: 10_000,
        what: 'reading to resume',
      },
    );
    await waitFor(async () => (await doneCount()) === images, { timeoutMs: 120_000, intervalMs: 500, what: 'every image to be read' });
    expect(await driver.panel.text('#numbers')).not.toMatch(/Reading paused|could not be read|stopped/);
  });

  it('sent no request off 127.0.0.1 (engine files, wasm and traineddata all came from the extension)', async () => {
    const { recorder } = use();
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(recorder.leaks(), describeRequests(recorder.leaks())).toEqual([]);
  });
});
