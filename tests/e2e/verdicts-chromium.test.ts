import { describe, expect, it } from 'vitest';
import { useChromiumSuite } from './harness/suite';

/**
 * Honest photo verdicts (issue #14 item 3) in Chromium, whose worker decodes JPEGs at 1/8 scale with
 * ImageDecoder: the demo laptop conversation's six sharp photos of a smooth laptop on a plain desk were called
 * blurred (5 of 6) and asked for again.
 */

const LAPTOP = '104820391'; // MacBook Air: six sharp photos, the first sent twice; the top side never sent

describe('Chromium, honest photo verdicts', () => {
  const suite = useChromiumSuite();

  it('calls none of the sharp laptop photos blurred and asks only for the shot never sent', async () => {
    const { origin, session, conversationTab, panelTab } = suite();
    await conversationTab.goto(`${origin}/bo-seller/customer-care/folders/${LAPTOP}`);
    await conversationTab.bringToFront();
    await panelTab.goto(session.extensionUrl('sidepanel.html'));
    await panelTab.bringToFront();
    await panelTab.waitForFunction(
      () => document.body.innerText.includes('shots received') && !document.body.innerText.includes('Checking photo'),
      null,
      { timeout: 60_000 },
    );
    const photos = await panelTab.locator('#photos').innerText();
    expect(photos).toMatch(/6 of 7\s+shots received/);
    expect(photos).not.toMatch(/to take again/);
    expect(photos).not.toMatch(/blurred/i);
    expect(photos).not.toMatch(/screenshot/i);
    await expect.poll(() => panelTab.locator('.photo-row', { hasText: 'Clear and usable.' }).count()).toBe(6);
    expect(await panelTab.getByRole('button', { name: 'Insert request for 1 shot' }).isEnabled()).toBe(true);
  });
});
