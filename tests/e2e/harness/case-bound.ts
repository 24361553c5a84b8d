/**
 * The case-bound scenarios (issue 13) as steps both browsers run: a picked image stays with its conversation, and
 * a page action prepared for one conversation is refused on another. The driver-specific parts (navigation, keys)
 * come in through `CaseDriver`; everything sent to the browser is a string, as in the other harness files.
 */
import { expect } from 'vitest';
import { waitFor } from './bounded';
import { readPanel } from './panel';
import { toastText } from './keyboard';
import { READINGS_SCRIPT } from './numbers';

export interface CaseDriver {
  origin: string;
  /** Runs a script in the panel page (an extension page: it has `browser`/`chrome` APIs and the IndexedDB). */
  panel(script: string): Promise<unknown>;
  /** Runs a script in the conversation page. */
  page(script: string): Promise<unknown>;
  /** Opens a URL in the conversation tab and brings it to the front. */
  openConversation(url: string): Promise<void>;
  /** Presses Alt+key on the conversation page (focus in the composer). */
  pressAlt(key: string): Promise<void>;
}

/** DHL Express folder: its return label photo carries a waybill. */
export const DHL_FOLDER = '104820734';
/** UPS folder: no DHL label anywhere. */
export const UPS_FOLDER = '104820257';
export const COMPOSER = '[data-qa="composer-input"]';

const API = `(globalThis.browser ?? globalThis.chrome)`;

export const folderUrl = (origin: string, folderId: string) => `${origin}/bo-seller/customer-care/folders/${folderId}`;

async function conversationTabId(driver: CaseDriver, folderId: string): Promise<number> {
  return waitFor(
    async () => {
      const id = (await driver.panel(`${API}.tabs.query({}).then((tabs) => (tabs.find((tab) => (tab.url ?? '').includes('/folders/${folderId}')) ?? {}).id ?? null)`)) as number | null;
      return id ?? undefined;
    },
    { timeoutMs: 10_000, what: `the tab of conversation ${folderId}` },
  );
}

export async function waitForPanelOn(driver: CaseDriver, customerFirstName: string): Promise<void> {
  await waitFor(
    async () => {
      const view = await readPanel((script) => driver.panel(script));
      return view.text.includes(customerFirstName) && view.text.includes('Numbers') ? true : undefined;
    },
    { timeoutMs: 30_000, what: `the panel to show ${customerFirstName}'s conversation` },
  );
}

const composerValue = (driver: CaseDriver) => driver.page(`document.querySelector('${COMPOSER}')?.value ?? ''`) as Promise<string>;

/** Rows in imageSources that link an image whose URL contains `urlPart` to the given conversation. */
function linkedImagesScript(folderId: string, urlPart: string): string {
  return `(async () => {
  const db = await new Promise((resolve, reject) => { const open = indexedDB.open('returndesk'); open.onsuccess = () => resolve(open.result); open.onerror = () => reject(open.error); });
  if (!db.objectStoreNames.contains('imageSources')) { db.close(); return 0; }
  const rows = await new Promise((resolve, reject) => { const r = db.transaction('imageSources').objectStore('imageSources').getAll(); r.onsuccess = () => resolve(r.result); r.onerror = () => reject(r.error); });
  db.close();
  return rows.filter((row) => row.folderId === ${JSON.stringify(folderId)} && String(row.url).includes(${JSON.stringify(urlPart)})).length;
})()`;
}

/**
 * Pick A's DHL label with "Read numbers in this image" (what the context menu's handler stores: the image, the tab
 * and the page), open B on the same tab: B never reads the picked image, no row links it to B, and the waybill
 * shortcuts say there is no waybill instead of using A's.
 */
export async function pickedImageStaysWithItsCase(driver: CaseDriver): Promise<void> {
  const { origin } = driver;
  const label = `${origin}/attachments/${DHL_FOLDER}/return-label-DHL.png`;
  await driver.openConversation(folderUrl(origin, DHL_FOLDER));
  await waitForPanelOn(driver, 'Priya');
  const tabId = await conversationTabId(driver, DHL_FOLDER);
  await driver.panel(
    `${API}.storage.local.set({ numbersRequest: { url: ${JSON.stringify(label)}, at: Date.now(), tabId: ${tabId}, pageUrl: ${JSON.stringify(folderUrl(origin, DHL_FOLDER))} } })`,
  );

  await driver.openConversation(folderUrl(origin, UPS_FOLDER));
  await waitForPanelOn(driver, 'Marcus');
  // Every image of B read (a wrongly accepted pick would be among them): the macros then answer at once.
  const numbers = await waitFor(
    async () => {
      const state = (await driver.panel(READINGS_SCRIPT('dhl-express'))) as { busy: boolean; text: string };
      return state.busy ? undefined : state.text;
    },
    { timeoutMs: 120_000, what: "B's numbers to be read" },
  );
  expect(numbers).not.toContain('picked on the page');
  expect(numbers).not.toContain('return-label-DHL');

  const before = await composerValue(driver);
  await driver.page(`document.querySelector('${COMPOSER}').focus()`);
  await driver.pressAlt('4');
  let lastToast = '';
  const answered = (what: string) =>
    waitFor(
      async () => {
        lastToast = await toastText({ evaluate: (script) => driver.page(script) });
        return /waybill/i.test(lastToast) && !/…$/.test(lastToast) ? lastToast : undefined;
      },
      { timeoutMs: 30_000, what: `${what} (the page shows “${lastToast}”)` },
    );
  expect(await answered('Alt+4 to answer')).toMatch(/no waybill/i);
  // Nothing of A's was copied or inserted.
  expect(await composerValue(driver)).toBe(before);

  await driver.pressAlt('2');
  // The pickup reply may go in without a waybill, but the page must say there was none, never a plain "done".
  expect(await answered('Alt+2 to answer')).toMatch(/no waybill|without a (DHL )?waybill/i);
  expect(await composerValue(driver)).not.toMatch(/\d{10}/);
  expect(await driver.panel(linkedImagesScript(UPS_FOLDER, 'return-label-DHL'))).toBe(0);
  await driver.panel(`${API}.storage.local.remove('numbersRequest')`);
}

/**
 * A reply prepared for A reaches the page after it moved to B with pushState (a single-page navigation): the page
 * refuses it, names both conversations, and B's composer is unchanged.
 */
export async function insertForAnotherCaseIsRefused(driver: CaseDriver): Promise<void> {
  const { origin } = driver;
  await driver.openConversation(folderUrl(origin, DHL_FOLDER));
  await waitForPanelOn(driver, 'Priya');
  const tabId = await conversationTabId(driver, DHL_FOLDER);
  // What the panel prepared for A: its case reference, as the panel computes it from the snapshot it shows.
  const forA = (await driver.panel(
    `${API}.tabs.sendMessage(${tabId}, { type: 'panel->content:get-snapshot' }).then((read) => read.snapshot)`,
  )) as { folderId: string; platform: string };
  expect(forA.folderId).toBe(DHL_FOLDER);

  // The page moves to B without a load, as the back office does.
  await driver.page(
    `history.pushState(null, '', '/bo-seller/customer-care/folders/${UPS_FOLDER}'); dispatchEvent(new PopStateEvent('popstate'));`,
  );
  await waitFor(async () => ((await driver.page(`document.body.textContent.includes('Marcus')`)) ? true : undefined), {
    timeoutMs: 15_000,
    what: 'the page to show B after pushState',
  });
  const before = await composerValue(driver);
  const answer = (await driver.panel(`(async () => {
    const api = ${API};
    const read = { platform: ${JSON.stringify(forA.platform)}, folderId: ${JSON.stringify(DHL_FOLDER)} };
    return api.tabs.sendMessage(${tabId}, {
      type: 'panel->content:insert-text',
      text: 'Hello Priya, here is your DHL pickup reply.',
      forCase: { ...read, fingerprint: '00000000', label: 'conversation ${DHL_FOLDER} (Priya)' },
    });
  })()`)) as { ok: boolean; message?: string };
  expect(answer.ok).toBe(false);
  expect(answer.message).toContain(`conversation ${DHL_FOLDER}`);
  expect(answer.message).toContain(`conversation ${UPS_FOLDER}`);
  expect(answer.message).toContain('Marcus');
  expect(await composerValue(driver)).toBe(before);
  const toast = await waitFor(async () => {
    const text = await toastText({ evaluate: (script) => driver.page(script) });
    return text.includes(UPS_FOLDER) ? text : undefined;
  }, { timeoutMs: 5_000, what: 'the page to show the refusal' });
  expect(toast).toContain(DHL_FOLDER);
}
