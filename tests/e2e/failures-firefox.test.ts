import type { HTTPRequest, Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { poll } from './harness/bounded';
import { CLEAR_RESULTS_SCRIPT, PHOTOS_STATE_SCRIPT, photoCheckRowsScript, storedSlotsScript, type PhotosState } from './harness/database';
import { openFirefoxExtensionPage } from './harness/firefox';
import { describeRequests } from './harness/request-recorder';
import { useFirefoxSuite } from './harness/suite';

/**
 * Failures (issue 7) in Firefox ESR: two tabs on one conversation, and the platform tab reloaded mid-check. Same
 * checks as failures-chromium.test.ts (which says how each would fail), through Firefox's own tabs, messaging and
 * IndexedDB; the panel page is opened as a tab, as the other Firefox suites do.
 */

const TABLET = '104820257'; // five photos
const LAPTOP = '104820391'; // seven photos, one a copy
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('Firefox ESR, failures', () => {
  const suite = useFirefoxSuite();

  const folderUrl = (folderId: string) => `${suite().origin}/bo-seller/customer-care/folders/${folderId}`;
  const photosState = (panel: Page) => panel.evaluate(PHOTOS_STATE_SCRIPT) as Promise<PhotosState>;

  async function waitForPhotos(panel: Page, what: string, accept: (state: PhotosState) => boolean, timeoutMs = 45_000): Promise<PhotosState> {
    let last: PhotosState | undefined;
    try {
      return await poll(
        async () => {
          last = await photosState(panel);
          return accept(last) ? last : undefined;
        },
        { timeoutMs, intervalMs: 50, what },
      );
    } catch (error) {
      throw new Error(`${(error as Error).message}; the panel shows: ${last?.panel ?? '(nothing)'}`);
    }
  }
  const finished = (state: PhotosState) => state.present && !state.checking;

  /** Opens the panel page in `panel`, following `conversation` (the platform tab used last). */
  async function openPanel(panel: Page, conversation: Page): Promise<void> {
    const { session, recorder } = suite();
    await conversation.bringToFront();
    await openFirefoxExtensionPage(session, panel, 'sidepanel.html', recorder.launchpadUrl);
  }

  /** Reloads an extension page from inside (navigation to moz-extension:// is refused to WebDriver BiDi). */
  async function reloadPage(page: Page): Promise<void> {
    await page.evaluate('window.__beforeReload = true; location.reload()');
    await poll(async () => (await page.evaluate('!window.__beforeReload && document.readyState === "complete"').catch(() => false)) as boolean, {
      timeoutMs: 20_000,
      what: 'the page to reload',
    });
  }

  /**
   * Opens the panel beside the conversation list, forgets every stored result, then opens `folderId` in the
   * conversation tab: the panel follows it and checks everything afresh.
   */
  async function openFreshPanel(panel: Page, conversation: Page, folderId: string): Promise<void> {
    await conversation.goto(`${suite().origin}/bo-seller/customer-care`, { timeout: 30_000 });
    await openPanel(panel, conversation);
    await panel.evaluate(CLEAR_RESULTS_SCRIPT);
    await conversation.goto(folderUrl(folderId), { timeout: 30_000 });
  }

  /** Picks a shot for an attachment the way the select does for a person (a change event Preact listens to). */
  async function choose(panel: Page, file: string, shotId: string): Promise<void> {
    const chosen = await panel.evaluate(`(() => {
      const row = [...document.querySelectorAll('#photos .photo-row')].find((candidate) => candidate.textContent.includes(${JSON.stringify(file)}));
      const select = row && row.querySelector('select');
      if (!select) return false;
      select.value = ${JSON.stringify(shotId)};
      select.dispatchEvent(new Event('change', { bubbles: true }));
      return true;
    })()`);
    expect(chosen, `a shot select for ${file}`).toBe(true);
  }
  const shotOf = (panel: Page, file: string) =>
    panel.evaluate(`(() => {
      const row = [...document.querySelectorAll('#photos .photo-row')].find((candidate) => candidate.textContent.includes(${JSON.stringify(file)}));
      return row && row.querySelector('select') ? row.querySelector('select').value : null;
    })()`) as Promise<string | null>;

  it('gives one set of results for two tabs on one conversation, and keeps the choices made in both', async () => {
    const { session, conversationTab, panelTab } = suite();
    const secondConversation = await session.browser.newPage();
    const secondPanel = await session.browser.newPage();
    try {
      await openFreshPanel(panelTab, conversationTab, TABLET);
      await secondConversation.goto(folderUrl(TABLET), { timeout: 30_000 });
      await openPanel(secondPanel, secondConversation);
      const [first, second] = await Promise.all([
        waitForPhotos(panelTab, 'the first panel to finish', finished),
        waitForPhotos(secondPanel, 'the second panel to finish', finished),
      ]);
      expect(first.rows).toHaveLength(5);
      expect(second.rows).toEqual(first.rows);
      expect(second.text).toBe(first.text);
      const rows = (await panelTab.evaluate(photoCheckRowsScript(`/attachments/${TABLET}/`))) as Record<string, number>;
      expect(Object.keys(rows)).toHaveLength(5);
      expect(Object.values(rows).every((count) => count === 1)).toBe(true);

      await choose(panelTab, 'IMG_2213.jpg', 'top-side');
      await choose(secondPanel, 'IMG_2214.jpg', 'bottom-side');
      await poll(
        async () => {
          const slots = (await panelTab.evaluate(storedSlotsScript('demo', TABLET))) as Record<string, string | null>;
          return Object.values(slots).sort().join() === 'bottom-side,top-side';
        },
        { timeoutMs: 10_000, what: 'both choices to be stored' },
      );
      for (const panel of [panelTab, secondPanel]) {
        await reloadPage(panel);
        await waitForPhotos(panel, 'the reloaded panel to show the photos', finished);
        expect(await shotOf(panel, 'IMG_2213.jpg')).toBe('top-side');
        expect(await shotOf(panel, 'IMG_2214.jpg')).toBe('bottom-side');
      }
    } finally {
      await secondPanel.close();
      await secondConversation.close();
    }
  });

  it('recovers when the platform tab is reloaded mid-check, and shows each result once', async () => {
    const { conversationTab, panelTab } = suite();
    await openFreshPanel(panelTab, conversationTab, LAPTOP);
    await waitForPhotos(panelTab, 'the photo check to be under way', (state) => state.checking);
    // The reloaded page's data request is held back, so it first shows no conversation (see the Chromium test).
    await conversationTab.setRequestInterception(true);
    const hold = (request: HTTPRequest) => {
      const held = request.url().includes(`/ws/sav/${LAPTOP}`) ? sleep(2500) : Promise.resolve();
      void held.then(() => request.continue()).catch(() => undefined);
    };
    conversationTab.on('request', hold);
    try {
      await conversationTab.reload({ waitUntil: 'domcontentloaded' });
      await waitForPhotos(panelTab, 'the panel to notice the reload', (state) => !state.present, 10_000);
      const after = await waitForPhotos(panelTab, 'the panel to recover and finish', finished);
      expect(after.text).toMatch(/6 of 7\s+shots received/);
      expect(after.rows).toHaveLength(7);
      expect(new Set(after.rows).size).toBe(7);
      expect(after.panel).not.toMatch(/lost contact/i);
      const rows = (await panelTab.evaluate(photoCheckRowsScript(`/attachments/${LAPTOP}/`))) as Record<string, number>;
      expect(Object.keys(rows)).toHaveLength(7);
      expect(Object.values(rows).every((count) => count === 1)).toBe(true);
    } finally {
      conversationTab.off('request', hold);
      await conversationTab.setRequestInterception(false).catch(() => undefined);
    }
  });

  it('sent no request off 127.0.0.1', async () => {
    const { recorder } = suite();
    await sleep(300);
    expect(recorder.leaks(), describeRequests(recorder.leaks())).toEqual([]);
  });
});
