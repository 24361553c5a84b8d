import { describe, expect, it } from 'vitest';
import { poll } from './harness/bounded';
import { openFirefoxExtensionPage } from './harness/firefox';
import { useFirefoxSuite } from './harness/suite';

/**
 * Honest photo verdicts (issue #14 item 3) in Firefox ESR, whose worker has no scaled JPEG decode and goes through
 * createImageBitmap's resize: the demo laptop set must read as sharp there too.
 */

const LAPTOP = '104820391'; // MacBook Air: six sharp photos, the first sent twice; the top side never sent

describe('Firefox ESR, honest photo verdicts', () => {
  const suite = useFirefoxSuite();

  it('calls none of the sharp laptop photos blurred and asks only for the shot never sent', async () => {
    const { origin, session, recorder, conversationTab, panelTab } = suite();
    await conversationTab.goto(`${origin}/bo-seller/customer-care/folders/${LAPTOP}`, { timeout: 30_000 });
    await conversationTab.bringToFront();
    await openFirefoxExtensionPage(session, panelTab, 'sidepanel.html', recorder.launchpadUrl);
    await panelTab.bringToFront();
    const photos = await poll(
      async () => {
        const current = (await panelTab.evaluate(`document.querySelector('#photos')?.innerText ?? ''`)) as string;
        return current.includes('shots received') && !current.includes('Checking photo') ? current : undefined;
      },
      { timeoutMs: 60_000, what: 'the photo check to finish' },
    );
    expect(photos).toMatch(/6 of 7\s+shots received/);
    expect(photos).not.toMatch(/to take again/);
    expect(photos).not.toMatch(/blurred/i);
    expect(photos).not.toMatch(/screenshot/i);
    expect(photos.match(/Clear and usable\./g)).toHaveLength(6);
    expect(photos).toContain('Insert request for 1 shot');
  });
});
