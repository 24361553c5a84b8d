/**
 * The case-bound scenarios (issue 13), written once for both browsers: a picked image stays with its conversation,
 * a page action prepared for one conversation is refused on another, and a macro stops when the page moves on.
 */
import { expect } from 'vitest';
import { waitFor, type Driver } from './driver';
import { composerValue as composerText, toastText } from './keyboard';
import { numberReadings } from './numbers';
import { panelView } from './panel';

/** DHL Express folder: its return label photo carries a waybill. */
export const DHL_FOLDER = '104820734';
/** UPS folder: no DHL label anywhere. */
export const UPS_FOLDER = '104820257';
export const COMPOSER = '[data-qa="composer-input"]';

export const folderUrl = (origin: string, folderId: string) => `${origin}/bo-seller/customer-care/folders/${folderId}`;

/** The tab APIs an extension page has (`browser` in Firefox, `chrome` in Chromium), as far as these tests use them. */
interface TabsApi {
  query(filter: object): Promise<{ id?: number; url?: string }[]>;
  sendMessage(tabId: number, message: unknown): Promise<unknown>;
}

/** Opens the conversation in the conversation tab with the panel page following it. */
export async function openCase(driver: Driver, folderId: string): Promise<void> {
  await driver.openConversation(folderUrl(driver.origin, folderId));
  if (!(await driver.panel.url()).startsWith(driver.extensionUrl('sidepanel.html'))) await driver.openPanel();
  await driver.page.bringToFront();
}

async function conversationTabId(driver: Driver, folderId: string): Promise<number> {
  return waitFor(
    () =>
      driver.panel.run(async (folder) => {
        const extension = globalThis as unknown as { browser?: { tabs: TabsApi }; chrome?: { tabs: TabsApi } };
        const tabs = await (extension.browser ?? extension.chrome)!.tabs.query({});
        return tabs.find((tab) => (tab.url ?? '').includes(`/folders/${folder}`))?.id;
      }, folderId),
    { timeoutMs: 10_000, what: `the tab of conversation ${folderId}` },
  );
}

export async function waitForPanelOn(driver: Driver, customerFirstName: string): Promise<void> {
  await waitFor(
    async () => {
      const { text } = await driver.panel.run(panelView);
      return text.includes(customerFirstName) && text.includes('Numbers');
    },
    { timeoutMs: 30_000, what: `the panel to show ${customerFirstName}'s conversation` },
  );
}

export const composerValue = (driver: Driver) => composerText(driver.page);

export const focusComposer = (driver: Driver) =>
  driver.page.run((selector) => document.querySelector<HTMLElement>(selector)?.focus(), COMPOSER);

/** Moves the page to another conversation without a load, as the back office does (pushState, then popstate). */
export const moveWithPushState = (driver: Driver, folderId: string) =>
  driver.page.run((path) => {
    history.pushState(null, '', path);
    dispatchEvent(new PopStateEvent('popstate'));
  }, `/bo-seller/customer-care/folders/${folderId}`);

/** Rows in imageSources that link an image whose URL contains `urlPart` to the given conversation. */
async function linkedImages(driver: Driver, folderId: string, urlPart: string): Promise<number> {
  const rows = (await driver.databaseRows('imageSources')) as { folderId: string; url: string }[];
  return rows.filter((row) => row.folderId === folderId && row.url.includes(urlPart)).length;
}

/**
 * Pick A's DHL label with "Read numbers in this image" (what the context menu's handler stores: the image, the tab
 * and the page), open B on the same tab: B never reads the picked image, no row links it to B, and the waybill
 * shortcuts say there is no waybill instead of using A's.
 */
export async function pickedImageStaysWithItsCase(driver: Driver): Promise<void> {
  const { origin } = driver;
  const label = `${origin}/attachments/${DHL_FOLDER}/return-label-DHL.png`;
  await openCase(driver, DHL_FOLDER);
  await waitForPanelOn(driver, 'Priya');
  const tabId = await conversationTabId(driver, DHL_FOLDER);
  await driver.storage.set({ numbersRequest: { url: label, at: Date.now(), tabId, pageUrl: folderUrl(origin, DHL_FOLDER) } });

  await openCase(driver, UPS_FOLDER);
  await waitForPanelOn(driver, 'Marcus');
  // Every image of B read (a wrongly accepted pick would be among them): the macros then answer at once.
  const numbers = await waitFor(
    async () => {
      const state = await driver.panel.run(numberReadings, 'dhl-express');
      return state.busy ? undefined : state.text;
    },
    { timeoutMs: 120_000, what: "B's numbers to be read" },
  );
  expect(numbers).not.toContain('picked on the page');
  expect(numbers).not.toContain('return-label-DHL');

  const before = await composerValue(driver);
  await focusComposer(driver);
  await driver.page.bringToFront();
  await driver.page.press('Alt+4');
  let lastToast = '';
  const answered = (what: string) =>
    waitFor(
      async () => {
        lastToast = await toastText(driver.page);
        return /waybill/i.test(lastToast) && !lastToast.endsWith('…') ? lastToast : undefined;
      },
      { timeoutMs: 30_000, what: () => `${what} (the page shows “${lastToast}”)` },
    );
  expect(await answered('Alt+4 to answer')).toMatch(/no waybill/i);
  // Nothing of A's was copied or inserted.
  expect(await composerValue(driver)).toBe(before);

  await driver.page.press('Alt+2');
  // The pickup reply may go in without a waybill, but the page must say there was none, never a plain "done".
  expect(await answered('Alt+2 to answer')).toMatch(/no waybill|without a (DHL )?waybill/i);
  expect(await composerValue(driver)).not.toMatch(/\d{10}/);
  expect(await linkedImages(driver, UPS_FOLDER, 'return-label-DHL')).toBe(0);
  await driver.storage.remove('numbersRequest');
}

/** What the page answered to a reply prepared for A after it moved to B, and what it showed. */
export interface RefusedInsert {
  answer: { ok: boolean; message?: string };
  composerBefore: string;
  composerAfter: string;
  /** The page's toast that names B. */
  toast: string;
}

/**
 * Opens A, prepares a reply for it (its case reference, as the panel computes it from the page's snapshot), moves the
 * page to B with pushState (a single-page navigation) and sends the reply: what the page answered and showed.
 */
export async function insertForAAfterMovingToB(driver: Driver, text: string): Promise<RefusedInsert> {
  await openCase(driver, DHL_FOLDER);
  const tabId = await conversationTabId(driver, DHL_FOLDER);
  const forA = await waitFor(
    () =>
      driver.panel.run(async (tab) => {
        const extension = globalThis as unknown as { browser?: { tabs: TabsApi }; chrome?: { tabs: TabsApi } };
        const read = (await (extension.browser ?? extension.chrome)!.tabs.sendMessage(tab, { type: 'panel->content:get-snapshot' })) as {
          snapshot?: { folderId: string; platform: string };
        };
        return read.snapshot;
      }, tabId),
    { timeoutMs: 30_000, what: 'the page to read A' },
  );
  expect(forA.folderId).toBe(DHL_FOLDER);

  await moveWithPushState(driver, UPS_FOLDER);
  await waitFor(() => driver.page.run(() => document.body.textContent?.includes('Marcus')), {
    timeoutMs: 15_000,
    what: 'the page to show B after pushState',
  });
  const composerBefore = await composerValue(driver);
  const answer = (await driver.panel.run(
    async (tab, platform, folderId, reply) => {
      const extension = globalThis as unknown as { browser?: { tabs: TabsApi }; chrome?: { tabs: TabsApi } };
      return (extension.browser ?? extension.chrome)!.tabs.sendMessage(tab, {
        type: 'panel->content:insert-text',
        text: reply,
        forCase: { platform, folderId, fingerprint: '00000000', label: `conversation ${folderId} (Priya)` },
      });
    },
    tabId,
    forA.platform,
    DHL_FOLDER,
    text,
  )) as RefusedInsert['answer'];
  const composerAfter = await composerValue(driver);
  const toast = await waitFor(
    async () => {
      const shown = await toastText(driver.page);
      return shown.includes(UPS_FOLDER) ? shown : undefined;
    },
    { timeoutMs: 5_000, what: 'the page to show the refusal' },
  );
  return { answer, composerBefore, composerAfter, toast };
}

/**
 * A reply prepared for A reaches the page after it moved to B with pushState (a single-page navigation): the page
 * refuses it, names both conversations, and B's composer is unchanged.
 */
export async function insertForAnotherCaseIsRefused(driver: Driver): Promise<void> {
  const { answer, composerBefore, composerAfter, toast } = await insertForAAfterMovingToB(
    driver,
    'Hello Priya, here is your DHL pickup reply.',
  );
  expect(answer.ok).toBe(false);
  expect(answer.message).toContain(`conversation ${DHL_FOLDER}`);
  expect(answer.message).toContain(`conversation ${UPS_FOLDER}`);
  expect(answer.message).toContain('Marcus');
  expect(composerAfter).toBe(composerBefore);
  expect(toast).toContain(DHL_FOLDER);
}
