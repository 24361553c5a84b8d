import { afterAll, beforeAll, expect, it } from 'vitest';
import { DEMO_IDENTIFIERS } from '../../../../scripts/demo-platform/identifiers';
import { waitFor } from '../../harness/bounded';
import { numberReadings } from '../../harness/numbers';
import type { Evaluate } from '../../harness/panel';
import type { Driver } from '../../harness/driver';
import { describeRequests } from '../../harness/request-recorder';
import { PAGE_NAMES } from '../../../unit/sites/structure/pages';
import { chooseReply, confirmFact, waitForPanelStatus } from '../editor-scenarios';
import { readPanelWithPhotos, waitForPage } from './checks';
import { readPanel } from '../../harness/panel';
import { startConversationPages, type ConversationPagesServer } from './serve';

/**
 * The conversation-page browser tests, written once for both browsers: call `conversationPageTests` inside
 * `describeInBrowsers` with the driver.
 */

/** Opens `url` in the conversation tab, then the panel page that follows it. */
async function openWithPanel(driver: Driver, url: string): Promise<void> {
  await driver.openConversation(url);
  await driver.openPanel();
}

const messageCount = async (panel: Evaluate): Promise<number> =>
  Number(/(\d+) messages? read from the page/.exec((await readPanelWithPhotos(panel)).text)?.[1] ?? -1);

/** Runs in the page: scrolls the virtualised list by 200 px and, once drawn, says the highest row shown and whether it is at the end. */
function scrollListOnce(): Promise<{ highest: number; atEnd: boolean }> {
  const viewport = document.getElementById('viewport')!;
  viewport.scrollTop += 200;
  viewport.dispatchEvent(new Event('scroll'));
  return new Promise((resolve) =>
    requestAnimationFrame(() =>
      requestAnimationFrame(() =>
        resolve({
          highest: Math.max(
            ...[...document.querySelectorAll<HTMLElement>('#spacer [data-id]')].map((row) => Number(row.dataset.id!.slice(1))),
          ),
          atEnd: viewport.scrollTop + viewport.clientHeight >= viewport.scrollHeight - 1,
        }),
      ),
    ),
  );
}

export function conversationPageTests(driver: () => Driver): void {
  let pages: ConversationPagesServer | undefined;
  beforeAll(async () => {
    pages = await startConversationPages();
  });
  afterAll(async () => {
    await pages?.close();
  });
  const open = async (name: string) => {
    await openWithPanel(driver(), pages!.urlOf(name));
    return pages!.pages.find((page) => page.name === name)!.expected;
  };

  for (const name of PAGE_NAMES) {
    it(`${name}: the panel shows the header facts, message count and attachments of its expected snapshot`, async () => {
      const expected = await open(name);
      expect(await waitForPage(driver().panel.evaluate, expected)).toEqual([]);
    });
  }

  it('div-soup: the checklist counts the seven photos, the IMEI is read from the screenshot, and a reply lands in the composer', async () => {
    const { page, panel } = driver();
    await open('div-soup');
    await panel.bringToFront();
    const photos = await waitFor(
      async () => {
        const text = await panel.run(() => document.querySelector<HTMLElement>('#photos')?.innerText ?? '');
        return text.includes('shots received') && !text.includes('Checking photo') ? text : undefined;
      },
      { timeoutMs: 90_000, what: 'the photo check to finish' },
    );
    expect(photos).toMatch(/7 of 7\s+shots received for a smartphone/);

    const imeis = await waitFor(
      async () => {
        const { values } = await panel.run(numberReadings, 'imei');
        return values.includes(DEMO_IDENTIFIERS.starHashZeroSix.imei) ? values : undefined;
      },
      { timeoutMs: 90_000, what: 'the IMEI of the screenshot' },
    );
    expect(imeis).toContain(DEMO_IDENTIFIERS.starHashZeroSix.imei);

    // The customer's name was read from the page's layout: unconfirmed, so no reply uses it until the agent says so.
    expect((await readPanel(panel.evaluate)).header.Customer).toContain('unconfirmed');
    await confirmFact(panel, 'customer');
    await chooseReply(panel, 'back up');
    await waitForPanelStatus(panel, 'Inserted into the reply box');
    const draft = await page.run(() => document.querySelector('textarea')?.value ?? '');
    expect(draft).toMatch(/^Hi Olivia,/);
    expect(draft).not.toContain('{{');
  });

  it("iframe-composer: a reply lands in the iframe's editable body", async () => {
    const { page, panel } = driver();
    await open('iframe-composer');
    await confirmFact(panel, 'customer');
    await chooseReply(panel, 'back up');
    await waitForPanelStatus(panel, 'Inserted into the reply box');
    const text = await page.run(() => document.querySelector('iframe')?.contentDocument?.body.textContent ?? '');
    expect(text).toMatch(/Sofia/);
  });

  it('loading-skeleton: the panel says "still loading" while the skeleton shows, then the conversation', async () => {
    const { panel } = driver();
    await openWithPanel(driver(), `${pages!.urlOf('loading-skeleton')}?reveal-after=8000`);
    const status = await waitFor(
      async () => {
        const view = await readPanelWithPhotos(panel.evaluate);
        return view.status.includes('still loading') ? view.status : undefined;
      },
      { timeoutMs: 7_000, what: 'the panel to say the conversation is still loading' },
    );
    expect(status).toContain('still loading');
    const expected = pages!.pages.find((page) => page.name === 'loading-skeleton')!.expected;
    expect(await waitForPage(panel.evaluate, expected)).toEqual([]);
  });

  it('virtualised: scrolling through the list accumulates all 30 messages', async () => {
    const { page, panel } = driver();
    const expected = await open('virtualised');
    expect(await waitForPage(panel.evaluate, expected)).toEqual([]);
    for (let step = 0; step < 20; step++) {
      const { highest, atEnd } = await page.run(scrollListOnce);
      // The panel has caught up with what the list showed at this step before the next scroll replaces it.
      await waitFor(async () => ((await messageCount(panel.evaluate)) >= highest ? true : undefined), {
        timeoutMs: 10_000,
        what: `the panel to count message ${highest}`,
      });
      if (atEnd) break;
    }
    expect(await messageCount(panel.evaluate)).toBe(30);
  });

  it('sent no request off 127.0.0.1', () => {
    const { recorder } = driver();
    expect(recorder.leaks(), describeRequests(recorder.leaks())).toEqual([]);
  });
}
