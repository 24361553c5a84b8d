import { afterAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { waitFor } from './harness/bounded';
import { readPanel } from './harness/panel';
import { BUILD_DIRS } from './harness/paths';
import { describeRequests } from './harness/request-recorder';
import { useChromiumSuite } from './harness/suite';
import { startLiveHost, type LiveHost } from './harness/live-host';

/**
 * The store build (what agents install), on a page served at a real back-office address
 * (https://www.backmarket.co.uk/bo-seller/customer-care/help-requests/{id}), built unlike the demo: the demo's
 * "new back office", a compiled-looking app with hashed class names and no data-qa, fed by the platform's JSON.
 * The panel must read the case from that JSON and find the reply box from the page's structure.
 */
const HOST = 'www.backmarket.co.uk';
const CARE_ID = '3b8f6a2c-51d4-4e7a-9c10-7a2e5d9f0c11';

let live: LiveHost | undefined;
const liveReady = (async () => {
  const origin = inject('demoOrigin');
  if (!origin) return undefined;
  live = await startLiveHost(HOST, origin);
  return live;
})();

describe('Chromium, the store build on a real back-office address', () => {
  // The host rules are command-line switches: the server must be known before the browser starts.
  const suite = useChromiumSuite({ extensionDir: BUILD_DIRS.chrome, extraArgsFrom: async () => (await liveReady)?.chromiumArgs ?? [] });
  afterAll(() => live?.close());

  it('reads the case from the platform’s own data and inserts a reply into the page’s reply box', async () => {
    const { session, recorder, conversationTab, panelTab } = suite();
    await conversationTab.goto(`https://${HOST}/bo-seller/customer-care/help-requests/${CARE_ID}`, { timeout: 30_000 });
    await conversationTab.bringToFront();
    await panelTab.goto(session.extensionUrl('sidepanel.html'));
    await conversationTab.bringToFront();
    const view = await waitFor(
      async () => {
        const current = await readPanel((script) => panelTab.evaluate(script));
        return current.header.Customer === 'Hannah Whitfield' ? current : undefined;
      },
      { timeoutMs: 30_000, what: 'the panel to show the customer read from the data' },
    );
    expect(view.header.Order).toBe('80417265');
    expect(view.text).not.toContain('no reply box found');
    expect(view.text).not.toContain('has not sent any photos');
    // The photos live on another host (plain http on localhost, which the store build may never fetch): each is
    // named with the reason, not silently skipped and not "no photos".
    await waitFor(
      async () => {
        const photos = (await panelTab.evaluate(`document.querySelector('#photos')?.textContent ?? ''`)) as string;
        return photos.includes('Checking…') ? undefined : photos;
      },
      { timeoutMs: 30_000, what: 'the photos to be settled (each checked or named as not fetched)' },
    );
    const photos = (await panelTab.evaluate(`document.querySelector('#photos')?.textContent ?? ''`)) as string;
    expect(photos).toMatch(/IMG_4101\.jpg/);
    expect(photos).toMatch(/need(s)? access|not fetched|Not fetched|only https/i);

    const search = panelTab.getByPlaceholder(/Search replies/);
    await search.fill('packing');
    await search.press('Enter');
    const inserted = await waitFor(
      async () => {
        const value = (await conversationTab.evaluate(`document.querySelector('textarea')?.value ?? ''`)) as string;
        return value.includes('Hannah') ? value : undefined;
      },
      { timeoutMs: 15_000, what: 'the reply to land in the page’s reply box' },
    );
    expect(inserted).not.toContain('{{');
    expect(recorder.leaks(), describeRequests(recorder.leaks())).toEqual([]);
  });
});
