import { describe, expect, it } from 'vitest';
import { poll } from './harness/bounded';
import { openFirefoxExtensionPage } from './harness/firefox';
import { useFirefoxSuite } from './harness/suite';

/**
 * The panel agents keep open all day (issue 14) in Firefox ESR, whose sidebar pages have their own font defaults:
 * 14 px text with titles above hints, "/" to the reply search, and the fill-in form taking the focus.
 */

const TABLET = '104820257';

describe('Firefox ESR, replies first and type that reads', () => {
  const suite = useFirefoxSuite();
  const focusedId = () => suite().panelTab.evaluate(`document.activeElement?.id ?? ''`) as Promise<string>;

  it('shows 14 px text with reply titles larger than their hints', async () => {
    const { origin, session, recorder, conversationTab, panelTab } = suite();
    await conversationTab.goto(`${origin}/bo-seller/customer-care/folders/${TABLET}`, { timeout: 30_000 });
    await conversationTab.bringToFront();
    await openFirefoxExtensionPage(session, panelTab, 'sidepanel.html', recorder.launchpadUrl);
    await panelTab.bringToFront();
    const sizes = await poll(
      async () =>
        (await panelTab.evaluate(`(() => {
          const size = (selector) => { const node = document.querySelector(selector); return node ? parseFloat(getComputedStyle(node).fontSize) : null; };
          const sizes = { body: size('body'), title: size('.template__title'), hint: size('.template__reason'), button: size('button') };
          return Object.values(sizes).includes(null) ? undefined : sizes;
        })()`)) as Record<string, number> | undefined,
      { timeoutMs: 60_000, what: 'a suggested reply with its reason' },
    );
    expect(sizes).toEqual({ body: 14, title: 14, hint: 12, button: 14 });
  });

  it('"/" focuses the reply search; the fill-in form takes the focus and gives it back after Escape', async () => {
    const { panelTab } = suite();
    await panelTab.evaluate(`document.querySelector('#section-photos button').focus()`);
    await panelTab.keyboard.press('/');
    await poll(async () => ((await focusedId()) === 'template-search' ? true : undefined), { timeoutMs: 5_000, what: '"/" to focus the search' });
    await panelTab.keyboard.type('imei confirm');
    await panelTab.keyboard.press('Enter');
    await poll(async () => ((await focusedId()) === 'fill-imei' ? true : undefined), { timeoutMs: 5_000, what: 'the form to take the focus' });
    expect(await panelTab.evaluate(`document.querySelector('#fill-imei').placeholder`)).toBe('15 digits, dial *#06#');
    await panelTab.keyboard.press('Escape');
    await poll(async () => ((await focusedId()) === 'template-search' ? true : undefined), { timeoutMs: 5_000, what: 'Escape to give the focus back' });
  });
});
