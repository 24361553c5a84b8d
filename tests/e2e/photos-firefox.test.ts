import { describe, expect, it } from 'vitest';
import { poll } from './harness/bounded';
import { openFirefoxExtensionPage } from './harness/firefox';
import { describeRequests } from './harness/request-recorder';
import { useFirefoxSuite } from './harness/suite';

/**
 * The photo check in Firefox ESR's panel: the worker decodes the demo's 12 MP photos under Firefox's CSP and the
 * checklist comes out as in Chromium, and the request reaches Firefox's composer.
 */

const TABLET = '104820257';

describe('Firefox ESR, photo checklist', () => {
  const suite = useFirefoxSuite();

  const photosText = () => suite().panelTab.evaluate(`document.querySelector('#photos')?.innerText ?? ''`) as Promise<string>;

  it('checks the tablet photos: 5 of 7, two missing, the dark one flagged', async () => {
    const { origin, session, recorder, conversationTab, panelTab } = suite();
    await conversationTab.goto(`${origin}/bo-seller/customer-care/folders/${TABLET}`, { timeout: 30_000 });
    await conversationTab.bringToFront();
    await openFirefoxExtensionPage(session, panelTab, 'sidepanel.html', recorder.launchpadUrl);
    await panelTab.bringToFront();
    const text = await poll(
      async () => {
        const current = await photosText();
        return current.includes('shots received') && !current.includes('Checking photo') ? current : undefined;
      },
      { timeoutMs: 60_000, what: 'the photo check to finish' },
    );
    expect(text).toMatch(/5 of 7\s+shots received for a tablet, 1 to take again, 2 missing/);
    expect(text).toContain('This photo is too dark');
  });

  it('inserts the drafted request into the controlled composer', async () => {
    const { conversationTab, panelTab } = suite();
    await panelTab.evaluate(
      `[...document.querySelectorAll('button')].find((b) => b.textContent.startsWith('Insert request'))?.click()`,
    );
    const draft = await poll(
      async () => {
        const value = (await conversationTab.evaluate(
          `document.querySelector('textarea[aria-label="Reply to the customer"]')?.value ?? ''`,
        )) as string;
        return value ? value : undefined;
      },
      { timeoutMs: 10_000, what: 'the request to reach the composer' },
    );
    expect(draft).toContain('- Top side:');
    expect(draft).not.toContain('{{');
  });

  it('sent no request off 127.0.0.1', () => {
    const { recorder } = suite();
    expect(recorder.leaks(), describeRequests(recorder.leaks())).toEqual([]);
  });
});
