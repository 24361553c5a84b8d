import { execFileSync } from 'node:child_process';
import { chromium, type Browser } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEMO_IDENTIFIERS } from '../../scripts/demo-platform/identifiers';
import { waitFor } from './harness/bounded';
import { describeRequests } from './harness/request-recorder';
import { useChromiumSuite } from './harness/suite';

/**
 * "Read numbers in this image", chosen from Chromium's real context menu: a right-click on an attachment, the menu
 * item picked with real X key events (xdotool), the side panel opening from that click, and the picked image read.
 * Needs a headed browser, so an X display: `bash scripts/test.sh` provides one with Xvfb.
 */

const DHL_FOLDER = '104820734';
const hasDisplay = Boolean(process.env.DISPLAY);

describe('Chromium, context menu on a platform image', () => {
  const suite = hasDisplay ? useChromiumSuite({ headless: false, remoteDebugging: true, viewport: null }) : undefined;

  it.skipIf(!hasDisplay)('opens the side panel and reads the picked image', async () => {
    const { origin, session, recorder, conversationTab } = suite!();
    await conversationTab.goto(`${origin}/bo-seller/customer-care/folders/${DHL_FOLDER}`);
    await conversationTab.bringToFront();
    const image = conversationTab.locator('[data-qa="message-attachment"] img').first();
    await image.scrollIntoViewIfNeeded();
    const box = (await image.boundingBox())!;
    // Give the browser window the X input focus (there is no window manager under Xvfb), then right-click the image.
    execFileSync('xdotool', ['mousemove', '700', '200', 'click', '1']);
    await conversationTab.mouse.click(box.x + box.width / 2, box.y + box.height / 2, { button: 'right' });
    await new Promise((resolve) => setTimeout(resolve, 800));
    // Image menus end with our item and then "Inspect": from the bottom, two steps up.
    execFileSync('xdotool', ['key', 'Up', 'Up', 'Return']);

    const browser: Browser = await chromium.connectOverCDP(session.cdpEndpoint!);
    try {
      const panelUrl = session.extensionUrl('sidepanel.html');
      const text = await waitFor(
        async () => {
          for (const page of browser.contexts().flatMap((context) => context.pages())) {
            if (!page.url().startsWith(panelUrl)) continue;
            const numbers = (await page.evaluate(`document.querySelector('#numbers')?.textContent ?? ''`)) as string;
            if (numbers.includes('picked on the page') && numbers.includes(DEMO_IDENTIFIERS.dhlExpressLabel.waybill.slice(2, 6)))
              return numbers;
          }
          return undefined;
        },
        { timeoutMs: 45_000, what: 'the side panel to read the picked image' },
      );
      expect(text).toMatch(/DHL Express waybill/);
    } finally {
      await browser.close();
    }
    expect(recorder.leaks(), describeRequests(recorder.leaks())).toEqual([]);
  });
});
