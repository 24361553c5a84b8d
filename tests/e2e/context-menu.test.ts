import { execFileSync } from 'node:child_process';
import { chromium, type Browser } from 'playwright-core';
import { expect, it } from 'vitest';
import { DEMO_IDENTIFIERS } from '../../scripts/demo-platform/identifiers';
import { describeInBrowsers, waitFor, type Driver } from './harness/driver';
import { describeRequests } from './harness/request-recorder';

/**
 * "Read numbers in this image", chosen from the browser's real context menu: a right-click on an attachment, the
 * menu item picked with real X key events (xdotool), the panel (Chrome's side panel, Firefox's sidebar) opening
 * from that click, and the picked image read there. Needs headed browsers, so an X display: `bash scripts/test.sh`
 * provides one with Xvfb.
 */

const DHL_FOLDER = '104820734';
const WAYBILL_PART = DEMO_IDENTIFIERS.dhlExpressLabel.waybill.slice(2, 6);
const IMAGE = '[data-qa="message-attachment"] img';
const hasDisplay = Boolean(process.env.DISPLAY);
const xdotool = (...args: string[]) => execFileSync('xdotool', args);

/** The picked image was read: the Numbers section says so and lists the label's waybill. */
const readsThePickedImage = (numbers: string) => numbers.includes('picked on the page') && numbers.includes(WAYBILL_PART);

/**
 * Picks our item in the open image menu, from the bottom: Chromium's ends with our item and then "Inspect" (two
 * steps up); Firefox appends extension items after all of its own, "Inspect" included (one step up).
 */
function chooseOurMenuItem(browser: Driver['browser']): void {
  xdotool('key', ...(browser === 'chromium' ? ['Up', 'Up'] : ['Up']), 'Return');
}

/** Chromium: right-click with Playwright's mouse; the side panel is a page only the DevTools protocol lists. */
async function viaChromiumSidePanel(driver: Driver): Promise<string> {
  if (driver.native.browser !== 'chromium') throw new Error('Chromium only');
  const { session, conversationTab } = driver.native.suite;
  const image = conversationTab.locator(IMAGE).first();
  await image.scrollIntoViewIfNeeded();
  const box = (await image.boundingBox())!;
  // Give the browser window the X input focus (there is no window manager under Xvfb), then right-click the image.
  xdotool('mousemove', '700', '200', 'click', '1');
  await conversationTab.mouse.click(box.x + box.width / 2, box.y + box.height / 2, { button: 'right' });
  await new Promise((resolve) => setTimeout(resolve, 800));
  chooseOurMenuItem('chromium');

  const browser: Browser = await chromium.connectOverCDP(session.cdpEndpoint!);
  try {
    const panelUrl = session.extensionUrl('sidepanel.html');
    let seen = 'no side panel page';
    return await waitFor(
      async () => {
        for (const page of browser.contexts().flatMap((context) => context.pages())) {
          if (!page.url().startsWith(panelUrl)) continue;
          const numbers = await page.evaluate(() => document.querySelector('#numbers')?.textContent ?? '');
          seen = `the side panel's Numbers: ${JSON.stringify(numbers.slice(0, 300))}`;
          if (readsThePickedImage(numbers)) return numbers;
        }
        return undefined;
      },
      { timeoutMs: 45_000, what: () => `the side panel to read the picked image (${seen})` },
    );
  } finally {
    await browser.close();
  }
}

/** Firefox: the sidebar's Numbers text, seen from an extension page in a tab (`extension.getViews`); null when it is closed. */
function sidebarNumbers(): string | null {
  const extension = (globalThis as unknown as { browser: { extension: { getViews(filter: object): Window[] } } }).browser.extension;
  const sidebar = extension.getViews({ type: 'sidebar' })[0];
  return sidebar ? (sidebar.document.querySelector('#numbers')?.textContent ?? '') : null;
}

/** Where the image's centre is on the X screen (Firefox gives the page's position on screen). */
function imageOnScreen(selector: string): { x: number; y: number } | null {
  const image = document.querySelector(selector);
  if (!image) return null;
  image.scrollIntoView({ block: 'center' });
  const box = image.getBoundingClientRect();
  const screen = window as unknown as { mozInnerScreenX: number; mozInnerScreenY: number };
  return {
    x: Math.round(screen.mozInnerScreenX + box.left + box.width / 2),
    y: Math.round(screen.mozInnerScreenY + box.top + box.height / 2),
  };
}

/** Firefox: the sidebar is closed first (a new add-on's sidebar opens at install), so the menu must open it. */
async function viaFirefoxSidebar(driver: Driver): Promise<string> {
  if ((await driver.panel.run(sidebarNumbers)) !== null) {
    xdotool('mousemove', '700', '300', 'click', '1');
    xdotool('key', '--clearmodifiers', 'alt+shift+d');
    await waitFor(async () => (await driver.panel.run(sidebarNumbers)) === null, {
      timeoutMs: 10_000,
      what: 'Alt+Shift+D to close the sidebar',
    });
  }
  const at = await driver.page.run(imageOnScreen, IMAGE);
  if (!at) throw new Error('no attachment image on the page');
  xdotool('mousemove', String(at.x), String(at.y), 'click', '3');
  await new Promise((resolve) => setTimeout(resolve, 800));
  chooseOurMenuItem('firefox');
  return waitFor(
    async () => {
      const numbers = await driver.panel.run(sidebarNumbers);
      return numbers !== null && readsThePickedImage(numbers) ? numbers : undefined;
    },
    { timeoutMs: 45_000, what: 'the sidebar to open and read the picked image' },
  );
}

describeInBrowsers(
  'context menu on a platform image',
  (use) => {
    it.skipIf(!hasDisplay)('opens the panel and reads the picked image', async () => {
      const driver = use();
      // Firefox reads the sidebar from an extension page in a tab; Chromium's panel tab stays unused.
      if (driver.browser === 'firefox') await driver.openPanel('options.html');
      await driver.openConversation(`${driver.origin}/bo-seller/customer-care/folders/${DHL_FOLDER}`);
      await waitFor(() => driver.page.run((selector) => Boolean(document.querySelector(selector)), IMAGE), {
        timeoutMs: 10_000,
        what: 'the attachment image',
      });
      const text = driver.browser === 'chromium' ? await viaChromiumSidePanel(driver) : await viaFirefoxSidebar(driver);
      expect(text).toMatch(/DHL Express waybill/);
      expect(driver.recorder.leaks(), describeRequests(driver.recorder.leaks())).toEqual([]);
    });
  },
  {
    chromium: hasDisplay ? { headless: false, remoteDebugging: true, viewport: null } : {},
    firefox: hasDisplay ? { headless: false, viewport: null } : {},
  },
);
