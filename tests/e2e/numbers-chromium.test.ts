import { describe, expect, it } from 'vitest';
import { DEMO_IDENTIFIERS } from '../../scripts/demo-platform/identifiers';
import { listDemoConversations } from './harness/demo-platform';
import { NUMBERS_DONE_SCRIPT, NUMBERS_LISTED_SCRIPT, READINGS_SCRIPT } from './harness/numbers';
import { describeRequests } from './harness/request-recorder';
import { useChromiumSuite } from './harness/suite';

/**
 * The numbers reader in Chromium's demo build: the bundled tesseract.js worker, cores and traineddata and the
 * zxing reader load from extension URLs under the extension CSP, with every request off 127.0.0.1 recorded (there
 * must be none), and read the IMEIs and the DHL waybill the demo attachments show.
 */

const ABOUT_PHONE_FOLDER = '104820619';
const DHL_FOLDER = '104820734';
const PHOTOS_FOLDER = '104820113';

describe('Chromium, numbers from attachments', () => {
  const suite = useChromiumSuite({ remoteDebugging: true });

  async function readNumbersOf(folderId: string, kind: string): Promise<{ values: string[]; text: string; ms: number }> {
    const { origin, session, conversationTab, panelTab } = suite();
    const conversation = listDemoConversations().find((candidate) => candidate.folderId === folderId);
    expect(conversation, `demo conversation ${folderId}`).toBeDefined();
    await conversationTab.goto(`${origin}${conversation!.path}`, { timeout: 30_000 });
    await conversationTab.bringToFront();
    const started = Date.now();
    await panelTab.goto(session.extensionUrl('sidepanel.html'), { timeout: 30_000 });
    let last: { busy: boolean; values: string[]; text: string } = { busy: true, values: [], text: '' };
    await expect
      .poll(
        async () => {
          last = (await panelTab.evaluate(READINGS_SCRIPT(kind))) as typeof last;
          return !last.busy;
        },
        { timeout: 90_000, interval: 500 },
      )
      .toBe(true);
    return { values: last.values, text: last.text, ms: Date.now() - started };
  }

  it('reads both IMEIs of the About-phone and *#06# screenshots with the bundled engine', async () => {
    const { panelTab } = suite();
    const { values, text, ms } = await readNumbersOf(ABOUT_PHONE_FOLDER, 'imei');
    const perImage = [...text.matchAll(/read in (\d+) ms/g)].map((match) => Number(match[1]));
    console.info(`numbers for ${ABOUT_PHONE_FOLDER} in Chromium: ${ms} ms from opening the panel (engine start included); per image ${perImage.join(', ')} ms`);
    expect(values, text).toEqual(expect.arrayContaining([DEMO_IDENTIFIERS.aboutPhone.imei, DEMO_IDENTIFIERS.aboutPhone.imei2]));
    expect(text).not.toMatch(/could not be read|stopped/);
    // For people reviewing the panel: what the agent sees (not asserted).
    await panelTab.locator('#numbers').screenshot({ path: '.cache/e2e-numbers-section.png' }).catch(() => undefined);
  });

  it('reads the DHL Express waybill and reports no distractor as a waybill', async () => {
    suite();
    const { values, text } = await readNumbersOf(DHL_FOLDER, 'dhl-express');
    expect(values, text).toContain(DEMO_IDENTIFIERS.dhlExpressLabel.waybill);
    for (const distractor of DEMO_IDENTIFIERS.dhlExpressLabel.distractors) expect(values).not.toContain(distractor.replace(/\D/g, ''));
  });

  it('fills the DHL pickup reply with the waybill it read, without asking', async () => {
    const { conversationTab, panelTab } = suite();
    await readNumbersOf(DHL_FOLDER, 'dhl-express');
    const search = panelTab.getByPlaceholder(/Search replies/);
    await search.fill('dhl pickup');
    await search.press('Enter');
    await panelTab.getByText('Inserted into the reply box').waitFor({ timeout: 10_000 });
    const draft = await conversationTab.getByLabel('Reply to the customer').inputValue();
    const waybill = DEMO_IDENTIFIERS.dhlExpressLabel.waybill;
    expect(draft.replace(/\s/g, '')).toContain(waybill);
    expect(await panelTab.locator('form.fill-in').count()).toBe(0);
  });

  it('shows a reopened conversation from the cache (keyed by the images\' content hash)', async () => {
    suite();
    const { values, text } = await readNumbersOf(ABOUT_PHONE_FOLDER, 'imei');
    expect(values).toEqual(expect.arrayContaining([DEMO_IDENTIFIERS.aboutPhone.imei, DEMO_IDENTIFIERS.aboutPhone.imei2]));
    expect(text).toContain('from cache');
    expect(text).not.toMatch(/read in \d+ ms/);
  });

  it('registers "Read numbers in this image" for images on platform pages', async () => {
    const { session } = suite();
    const worker = session.context.serviceWorkers().find((candidate) => candidate.url().startsWith(`chrome-extension://${session.extensionId}/`));
    expect(worker, 'the extension service worker').toBeDefined();
    // contextMenus has no getter: updating an item that does not exist fails with lastError.
    const answer = await worker!.evaluate(
      () =>
        new Promise<string>((resolve) => {
          const api = (globalThis as unknown as { chrome: { contextMenus: { update(id: string, props: object, done: () => void): void }; runtime: { lastError?: { message?: string } } } }).chrome;
          api.contextMenus.update('read-numbers-in-image', {}, () => resolve(api.runtime.lastError?.message ?? 'exists'));
        }),
    );
    expect(answer).toBe('exists');
  });

  it('reads an image picked with the context menu (what the click handler stores after opening the panel)', async () => {
    const { origin, session, panelTab } = suite();
    const picked = `${origin}/attachments/${DHL_FOLDER}/return-label-DHL.png`;
    await readNumbersOf(ABOUT_PHONE_FOLDER, 'imei');
    const worker = session.context.serviceWorkers().find((candidate) => candidate.url().startsWith(`chrome-extension://${session.extensionId}/`));
    // As the click handler stores it: the image, and the tab and page it was picked on (the open conversation).
    await worker!.evaluate(
      `chrome.tabs.query({}).then((tabs) => { const tab = tabs.find((candidate) => (candidate.url || '').includes('/folders/${ABOUT_PHONE_FOLDER}'));
        return chrome.storage.local.set({ numbersRequest: { url: ${JSON.stringify(picked)}, at: Date.now(), tabId: tab.id, pageUrl: tab.url } }); })`,
    );
    let last: { busy: boolean; values: string[]; text: string } = { busy: true, values: [], text: '' };
    await expect
      .poll(
        async () => {
          last = (await panelTab.evaluate(READINGS_SCRIPT('dhl-express'))) as typeof last;
          return last.values;
        },
        { timeout: 60_000, interval: 500 },
      )
      .toContain(DEMO_IDENTIFIERS.dhlExpressLabel.waybill);
    expect(last.text).toContain('picked on the page');
    // Its numbers fill replies only once the agent says the image is this conversation's.
    expect(last.text).toContain("Use in this conversation's replies");
    await panelTab.evaluate('chrome.storage.local.remove("numbersRequest")');
  });

  it('pauses reading on request, keeping what was read, and resuming (from the palette) reads the rest', async () => {
    const { origin, session, conversationTab, panelTab } = suite();
    // Seven 12 MP camera photos and a label: seconds of reading each, so there is time to pause.
    await conversationTab.goto(`${origin}/bo-seller/customer-care/folders/${PHOTOS_FOLDER}`, { timeout: 30_000 });
    await conversationTab.bringToFront();
    await panelTab.goto(session.extensionUrl('sidepanel.html'), { timeout: 30_000 });
    const doneCount = async () => (await panelTab.evaluate(NUMBERS_DONE_SCRIPT)) as number;
    const total = async () => (await panelTab.evaluate(NUMBERS_LISTED_SCRIPT)) as number;
    await expect.poll(doneCount, { timeout: 90_000, interval: 200 }).toBeGreaterThanOrEqual(1);
    await panelTab.getByRole('button', { name: 'Pause reading' }).click();
    await panelTab.getByText(/Reading paused: \d+ of \d+ images read/).waitFor({ timeout: 10_000 });
    // An image whose result was already on its way when the button was pressed may still land: let it.
    await panelTab.waitForTimeout(1_500);
    const atPause = await doneCount();
    const images = await total();
    expect(atPause).toBeLessThan(images);
    await panelTab.waitForTimeout(4_000);
    expect(await doneCount(), 'nothing is read while paused').toBe(atPause);
    expect(await panelTab.locator('#numbers [role="progressbar"]').count()).toBe(0);

    // Resumed from the keyboard: the palette's "Pause or resume reading the numbers".
    await panelTab.keyboard.press('Control+k');
    await panelTab.getByRole('combobox', { name: 'Search actions, macros and templates' }).waitFor();
    await panelTab.keyboard.type('resume reading');
    await panelTab.keyboard.press('Enter');
    await panelTab.getByRole('button', { name: 'Pause reading' }).waitFor({ timeout: 10_000 });
    await expect.poll(doneCount, { timeout: 120_000, interval: 500 }).toBe(images);
    const text = (await panelTab.locator('#numbers').textContent()) ?? '';
    expect(text).not.toMatch(/Reading paused|could not be read|stopped/);
  });

  it('sent no request off 127.0.0.1 (engine files, wasm and traineddata all came from the extension)', async () => {
    const { recorder } = suite();
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(recorder.leaks(), describeRequests(recorder.leaks())).toEqual([]);
  });
});
