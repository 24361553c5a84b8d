import { expect, it } from 'vitest';
import { DEMO_IDENTIFIERS } from '../../scripts/demo-platform/identifiers';
import { clearResults, photoCheckRows, photosState, storedSlots, type PhotosState } from './harness/database';
import { describeInBrowsers, waitFor, type DrivenTab, type Driver } from './harness/driver';
import { numberReadings } from './harness/numbers';
import { describeRequests } from './harness/request-recorder';
import { evaluateInServiceWorker, startServiceWorker, stopServiceWorker } from './harness/service-worker';

/** The part of Chrome's `chrome` global the service-worker steps below use. */
interface WorkerChrome {
  contextMenus: { update(id: string, changes: object, done: () => void): void; onClicked: { hasListeners(): boolean } };
  runtime: { lastError?: { message?: string } };
  tabs: { query(filter: object): Promise<{ id?: number; url?: string }[]> };
  storage: { local: { set(values: Record<string, unknown>): Promise<void> } };
}

/** Runs in the service worker: whether the context menu's click listener is registered, and whether its item exists. */
function contextMenuInWorker(itemId: string): Promise<{ listens: boolean; menu: string }> {
  const { chrome } = globalThis as unknown as { chrome: WorkerChrome };
  return new Promise((resolve) =>
    chrome.contextMenus.update(itemId, {}, () =>
      resolve({
        listens: chrome.contextMenus.onClicked.hasListeners(),
        menu: chrome.runtime.lastError ? String(chrome.runtime.lastError.message) : 'exists',
      }),
    ),
  );
}

/** Runs in the service worker: stores what the context menu's click handler stores for the image `url` of the conversation tab. */
async function storeNumbersRequestInWorker(url: string): Promise<void> {
  const { chrome } = globalThis as unknown as { chrome: WorkerChrome };
  const tab = (await chrome.tabs.query({})).find((candidate) => (candidate.url ?? '').includes('/folders/'));
  if (!tab) throw new Error('no conversation tab is open');
  await chrome.storage.local.set({ numbersRequest: { url, at: Date.now(), tabId: tab.id, pageUrl: tab.url } });
}

/**
 * Failures (issue 7): the background stopped mid-work, the panel closed mid-check, two tabs on one conversation,
 * the platform tab reloaded mid-check. Each test waits for a bounded time and then looks at what the agent sees and
 * at the rows stored in IndexedDB; the comment above each says how it would fail. Attachment downloads are slowed
 * (ATTACHMENT_DELAY_MS) so the checks are reliably still running when the failure is caused, on a fast machine too.
 */

const SCREENSHOTS = '104820619'; // two screenshots: quick photo check, then OCR of both
const PHONE = '104820113'; // seven 12 MP photos
const TABLET = '104820257'; // five photos
const LAPTOP = '104820391'; // seven photos, one a copy
const ATTACHMENT_DELAY_MS = 400;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitForPhotos(
  panel: DrivenTab,
  what: string,
  accept: (state: PhotosState) => boolean,
  timeoutMs = 45_000,
): Promise<PhotosState> {
  let last: PhotosState | undefined;
  return waitFor(
    async () => {
      last = await panel.run(photosState);
      return accept(last) ? last : undefined;
    },
    { timeoutMs, intervalMs: 50, what: () => `${what}; the panel shows: ${last?.panel ?? '(nothing)'}` },
  );
}
const finished = (state: PhotosState) => state.present && !state.checking;
const midway = (state: PhotosState) => state.checking && (state.done ?? 0) >= 1;

/** Reloads a panel page and waits for the new document (a mark set before the reload is gone from it). */
async function reloadPanel(panel: DrivenTab): Promise<void> {
  await panel.run(() => {
    (window as unknown as { beforeReload?: boolean }).beforeReload = true;
  });
  await panel.reload();
  await waitFor(
    () => panel.run(() => !(window as unknown as { beforeReload?: boolean }).beforeReload && document.readyState === 'complete'),
    {
      timeoutMs: 20_000,
      what: 'the panel to reload',
    },
  );
}

/** Picks a shot for an attachment the way the select does for a person (a change event Preact listens to). */
async function choose(panel: DrivenTab, file: string, shotId: string): Promise<void> {
  const chosen = await panel.run(
    (name, shot) => {
      const row = [...document.querySelectorAll('#photos .photo-row')].find((candidate) => candidate.textContent?.includes(name));
      const select = row?.querySelector('select');
      if (!select) return false;
      select.value = shot;
      select.dispatchEvent(new Event('change', { bubbles: true }));
      return true;
    },
    file,
    shotId,
  );
  expect(chosen, `a shot select for ${file}`).toBe(true);
}

const shotOf = (panel: DrivenTab, file: string) =>
  panel.run(
    (name) =>
      [...document.querySelectorAll('#photos .photo-row')]
        .find((candidate) => candidate.textContent?.includes(name))
        ?.querySelector('select')?.value ?? null,
    file,
  );

describeInBrowsers(
  'failures',
  (use, browser) => {
    const folderUrl = (folderId: string) => `${use().origin}/bo-seller/customer-care/folders/${folderId}`;

    /**
     * Opens the panel page in `panel` beside the conversation list (nothing to check), forgets every stored result,
     * then opens `folderId` in the conversation tab: the panel follows it there and checks everything afresh.
     */
    async function openFreshPanel(driver: Driver, panel: DrivenTab, folderId: string): Promise<void> {
      await driver.openConversation(`${driver.origin}/bo-seller/customer-care`); // the panel follows the platform tab used last
      await panel.goto(driver.extensionUrl('sidepanel.html'));
      await panel.run(clearResults);
      await driver.page.goto(folderUrl(folderId));
    }

    /*
     * Fails if the photo check or the OCR ran in the service worker (or in an offscreen document it owns): stopping
     * the worker would kill the job and the panel would keep "Checking…"/"Reading…" until the bounded waits below
     * give up. Fails too if the context-menu listener were added after an await or only in onInstalled: the
     * restarted worker would then have no onClicked listener and Chrome would drop the click.
     * Chromium only: Firefox's background is an event page, which neither WebDriver BiDi nor the browser stops while
     * an extension page is open.
     */
    it.runIf(browser === 'chromium')(
      'finishes the photo check and OCR when the service worker is stopped mid-work, and the restarted worker still takes "Read numbers"',
      async () => {
        const driver = use();
        if (driver.native.browser !== 'chromium') return;
        const { session, panelTab } = driver.native.suite;
        const scope = session.extensionUrl('');
        const stopDelaying = await driver.panel.delayRequests('/attachments/', ATTACHMENT_DELAY_MS);
        try {
          await openFreshPanel(driver, driver.panel, SCREENSHOTS);
          const cdp = await session.context.newCDPSession(panelTab);
          await waitForPhotos(driver.panel, 'the photo check to be under way', (state) => state.checking);
          await stopServiceWorker(cdp, scope);
          await waitFor(async () => (await driver.panel.run(numberReadings, 'imei')).text.includes('Reading…'), {
            timeoutMs: 30_000,
            intervalMs: 50,
            what: 'the OCR to be under way',
          });
          await startServiceWorker(cdp, scope); // something woke it...
          await stopServiceWorker(cdp, scope); // ...and Chrome stopped it again, mid-OCR this time

          const photos = await waitForPhotos(driver.panel, 'the photo check to finish', finished);
          expect(photos.rows).toHaveLength(2);
          const numbers = await waitFor(
            async () => {
              const readings = await driver.panel.run(numberReadings, 'imei');
              return readings.busy ? undefined : readings;
            },
            { timeoutMs: 45_000, what: 'the numbers to be read' },
          );
          expect(numbers.values, numbers.text).toEqual(
            expect.arrayContaining([DEMO_IDENTIFIERS.aboutPhone.imei, DEMO_IDENTIFIERS.aboutPhone.imei2]),
          );
          expect(await driver.panel.run(() => document.querySelectorAll('[role="progressbar"], [aria-busy="true"]').length)).toBe(0);

          // Chrome starts the worker again for the next event; its listeners must be there from the first line.
          await startServiceWorker(cdp, scope);
          const restarted = await evaluateInServiceWorker(session.cdpEndpoint!, scope, contextMenuInWorker, 'read-numbers-in-image');
          expect(restarted).toEqual({ listens: true, menu: 'exists' });
          // What the click handler stores after opening the panel, written by the restarted worker: the panel reads it.
          const picked = `${driver.origin}/attachments/104820734/return-label-DHL.png`;
          await evaluateInServiceWorker(session.cdpEndpoint!, scope, storeNumbersRequestInWorker, picked);
          await waitFor(
            async () => (await driver.panel.run(numberReadings, 'dhl-express')).values.includes(DEMO_IDENTIFIERS.dhlExpressLabel.waybill),
            {
              timeoutMs: 30_000,
              intervalMs: 250,
              what: 'the panel to read the image the restarted worker stored',
            },
          );
          await cdp.detach().catch(() => undefined);
        } finally {
          await stopDelaying();
          // A picked image stays in its conversation's numbers for ten minutes: forget it for the next tests.
          await driver.storage.remove('numbersRequest').catch(() => undefined);
        }
      },
    );

    /*
     * Fails if results were kept in memory until the whole set was done (the photos already shown before the close
     * would have no row), or stored as a log rather than one row per attachment URL (the re-check after reopening
     * would add a second row), or if a reopened panel did not finish the photos the closed one had not reached.
     */
    // Chromium only for now: in Firefox ESR the driver's held-back downloads (puppeteer's request interception over
    // BiDi) were not seen to hold the panel's fetches, and the check of the seven photos was never caught midway.
    it.runIf(browser === 'chromium')(
      'keeps what was checked when the panel is closed mid-check, and completes without duplicates when reopened',
      async () => {
        const driver = use();
        await driver.panel.goto(`${driver.origin}/bo-seller/customer-care`); // the only panel: the suite's would check the same photos
        const panel = await driver.openTab(`${driver.origin}/bo-seller/customer-care`);
        try {
          await panel.delayRequests('/attachments/', ATTACHMENT_DELAY_MS);
          await openFreshPanel(driver, panel, PHONE);
          const before = await waitForPhotos(panel, 'some photos to be checked', midway);
          const shownBeforeClose = before.done ?? 0;
          await sleep(300); // the row of the last result shown is written right after it is shown
          await panel.close();

          const reader = await driver.openExtensionTab('options.html');
          const kept = await reader.run(photoCheckRows, `/attachments/${PHONE}/`);
          await reader.close();
          expect(Object.keys(kept).length, 'photos checked before the panel closed are stored').toBeGreaterThanOrEqual(shownBeforeClose);
          expect(Object.keys(kept).length, 'the check stopped with the panel').toBeLessThan(7);

          await driver.page.bringToFront();
          const reopened = await driver.openExtensionTab('sidepanel.html');
          try {
            const after = await waitForPhotos(reopened, 'the reopened panel to finish', finished, 90_000);
            expect(after.text).toMatch(/7 of 7\s+shots received/);
            expect(after.rows).toHaveLength(7);
            expect(new Set(after.rows).size).toBe(7);
            const rows = await reopened.run(photoCheckRows, `/attachments/${PHONE}/`);
            expect(Object.keys(rows)).toHaveLength(7);
            expect(Object.values(rows).every((count) => count === 1)).toBe(true);
          } finally {
            await reopened.close();
          }
        } finally {
          if (!panel.isClosed()) await panel.close();
        }
      },
    );

    /*
     * Fails if the two panels' checks wrote separate copies (more than one row per URL, or different results shown),
     * or if a choice were saved from the panel's in-memory copy of the case instead of read-modify-write in one
     * transaction: the second panel, which never saw the first one's choice, would then erase it.
     */
    it('gives one set of results for two tabs on one conversation, and keeps the choices made in both', async () => {
      const driver = use();
      await openFreshPanel(driver, driver.panel, TABLET);
      const secondConversation = await driver.openTab(folderUrl(TABLET));
      let secondPanel: DrivenTab | undefined;
      try {
        await secondConversation.bringToFront();
        secondPanel = await driver.openExtensionTab('sidepanel.html');
        const [first, second] = await Promise.all([
          waitForPhotos(driver.panel, 'the first panel to finish', finished),
          waitForPhotos(secondPanel, 'the second panel to finish', finished),
        ]);
        expect(first.rows).toHaveLength(5);
        expect(second.rows).toEqual(first.rows);
        expect(second.text).toBe(first.text);
        const rows = await driver.panel.run(photoCheckRows, `/attachments/${TABLET}/`);
        expect(Object.keys(rows)).toHaveLength(5);
        expect(Object.values(rows).every((count) => count === 1)).toBe(true);

        await choose(driver.panel, 'IMG_2213.jpg', 'top-side');
        await choose(secondPanel, 'IMG_2214.jpg', 'bottom-side');
        await waitFor(
          async () =>
            Object.values(await driver.panel.run(storedSlots, 'demo', TABLET))
              .sort()
              .join() === 'bottom-side,top-side',
          {
            timeoutMs: 10_000,
            what: 'both choices to be stored',
          },
        );
        for (const panel of [driver.panel, secondPanel]) {
          await reloadPanel(panel);
          await waitForPhotos(panel, 'the reloaded panel to show the photos', finished);
          expect(await shotOf(panel, 'IMG_2213.jpg')).toBe('top-side');
          expect(await shotOf(panel, 'IMG_2214.jpg')).toBe('bottom-side');
        }
      } finally {
        await secondPanel?.close();
        await secondConversation.close();
      }
    });

    /*
     * The reloaded page first shows no conversation (its data request is held back), so the panel is told "no
     * conversation here" and only later gets the conversation again. Fails if the panel did not take the content
     * script's new reads after a reload (it would stay on "Open a conversation…" or "lost contact"), or if a
     * re-read added the photos a second time to what was already shown.
     */
    it('recovers when the platform tab is reloaded mid-check, and shows each result once', async () => {
      const driver = use();
      const stopSlowPhotos = await driver.panel.delayRequests('/attachments/', ATTACHMENT_DELAY_MS);
      let stopHoldingData: (() => Promise<void>) | undefined;
      try {
        await openFreshPanel(driver, driver.panel, LAPTOP);
        // Caught midway in Chromium; in Firefox ESR (see above) only while the check is under way, before a result.
        await waitForPhotos(driver.panel, 'the photo check to be under way', browser === 'chromium' ? midway : (state) => state.checking);
        stopHoldingData = await driver.page.delayRequests(`/ws/sav/${LAPTOP}`, 2_500);
        await driver.page.reload();
        await waitForPhotos(driver.panel, 'the panel to notice the reload', (state) => !state.present, 10_000);
        const after = await waitForPhotos(driver.panel, 'the panel to recover and finish', finished);
        expect(after.text).toMatch(/6 of 7\s+shots received/);
        expect(after.rows).toHaveLength(7);
        expect(new Set(after.rows).size).toBe(7);
        expect(after.panel).not.toMatch(/lost contact/i);
        const rows = await driver.panel.run(photoCheckRows, `/attachments/${LAPTOP}/`);
        expect(Object.keys(rows)).toHaveLength(7);
        expect(Object.values(rows).every((count) => count === 1)).toBe(true);
      } finally {
        await stopHoldingData?.();
        await stopSlowPhotos();
      }
    });

    it('sent nothing off this machine', async () => {
      const { recorder } = use();
      await sleep(300);
      expect(recorder.leaks(), describeRequests(recorder.leaks())).toEqual([]);
    });
  },
  { chromium: { remoteDebugging: true } },
);
