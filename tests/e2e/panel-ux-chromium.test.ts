import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { COMPOSER, composerValue, waitForComposer } from './harness/keyboard';
import { useChromiumSuite } from './harness/suite';

/**
 * The panel an agent keeps open all day (issue 14), in Chromium: states that are never wrong while photos are
 * still being checked, replies first and reachable from the keyboard, and type that reads.
 */

const TABLET = '104820257'; // iPad: five shots received, the back too dark, top and bottom never sent

/** Makes the demo platform answer each photo late, as a slow connection would (0: at once again). */
async function slowAttachments(origin: string, ms: number): Promise<void> {
  const answer = await fetch(`${origin}/demo-api/attachment-delay`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ ms }),
  });
  if (!answer.ok) throw new Error(`the demo platform refused the attachment delay: ${answer.status}`);
}

type RunningSuite = ReturnType<ReturnType<typeof useChromiumSuite>>;

/** The conversation in tab A with an empty reply box, and the panel following it in tab B (returned). */
async function openConversation(running: RunningSuite, folderId: string): Promise<Page> {
  const { origin, session, conversationTab, panelTab } = running;
  await conversationTab.goto(`${origin}/bo-seller/customer-care/folders/${folderId}`);
  await conversationTab.locator(COMPOSER).waitFor();
  await conversationTab.locator(COMPOSER).fill('');
  await conversationTab.bringToFront();
  await panelTab.goto(session.extensionUrl('sidepanel.html'));
  await panelTab.bringToFront();
  return panelTab;
}

const photosChecked = (panelTab: Page) =>
  panelTab.waitForFunction(() => /\d of \d+\s+shots received/.test(document.querySelector('#photos')?.textContent ?? ''), null, {
    timeout: 60_000,
  });

let suite: ReturnType<typeof useChromiumSuite>;

describe('Chromium, panel states while photos are checked', () => {
  suite = useChromiumSuite();
  afterEach(async () => slowAttachments(suite().origin, 0));

  it('drafts nothing during a check: shots show as checking, the request waits, then asks for exactly the 3 shots', async () => {
    const { origin, conversationTab, panelTab } = suite();
    await slowAttachments(origin, 2_500);
    await openConversation(suite(), TABLET);
    const checklist = panelTab.locator('#photos .photo-checklist');
    await checklist.getByText('Checking photos').waitFor({ timeout: 20_000 });
    expect(await checklist.innerText()).not.toMatch(/Missing/);
    const requestButton = panelTab.getByRole('button', { name: /Request: waiting for the check/ });
    expect(await requestButton.isDisabled()).toBe(true);

    // The photo request from the reply list is refused while checking, and says how far the check is.
    const search = panelTab.getByRole('combobox', { name: 'Search replies' });
    await search.fill('missing photos');
    await search.press('Enter');
    await panelTab.getByText(/Not inserted yet: the photos are still being checked \(\d of 5 photos checked\)/).waitFor();
    expect(await composerValue(conversationTab)).toBe('');

    // The macro started during the check waits for it and drafts from the finished checklist only.
    await panelTab.keyboard.press('Control+k');
    await panelTab.getByRole('combobox', { name: 'Search actions, macros and templates' }).waitFor();
    await panelTab.keyboard.type('request missing photos');
    await panelTab.keyboard.press('Enter');
    expect(await composerValue(conversationTab)).toBe('');
    const draft = await waitForComposer(conversationTab, (value) => value.includes('Bottom side'), 'the macro to insert the request', 60_000);
    await photosChecked(panelTab);
    expect(draft).toContain('- Top side:');
    expect(draft).toMatch(/- Back of the tablet: .*too dark/);
    expect(draft).not.toMatch(/- Front|Screen on|Left side|Right side/);
    expect(await panelTab.getByRole('button', { name: 'Insert request for 3 shots' }).isEnabled()).toBe(true);
  });
});

describe('Chromium, replies first and from the keyboard', () => {
  const replies = useChromiumSuite();
  const searchBox = (panelTab: Page) => panelTab.getByRole('combobox', { name: 'Search replies' });
  const focusedId = (panelTab: Page) => panelTab.evaluate(() => document.activeElement?.id ?? '');

  async function open(folderId: string): Promise<Page> {
    const panelTab = await openConversation(replies(), folderId);
    await searchBox(panelTab).waitFor();
    return panelTab;
  }

  it('"/" focuses the reply search from anywhere in the panel, and the palette has an entry for it', async () => {
    const panelTab = await open(TABLET);
    await panelTab.locator('#photo-category').focus();
    await panelTab.keyboard.press('Escape');
    await panelTab.locator('#section-photos button').focus();
    await panelTab.keyboard.press('/');
    expect(await focusedId(panelTab)).toBe('template-search');
    // Typed into the search, "/" is a character like any other.
    await panelTab.keyboard.type('a/b');
    expect(await searchBox(panelTab).inputValue()).toBe('a/b');

    await panelTab.locator('#section-photos button').focus();
    await panelTab.keyboard.press('Control+k');
    await panelTab.keyboard.type('search the replies');
    // Enter runs the highlighted entry: wait until the palette has caught up with the typing.
    await expect
      .poll(() => panelTab.evaluate(`document.querySelector('[role="option"][aria-selected="true"]')?.textContent ?? ''`), { timeout: 5_000 })
      .toContain('Search the replies');
    await panelTab.keyboard.press('Enter');
    await expect.poll(() => focusedId(panelTab), { timeout: 5_000 }).toBe('template-search');
  });

  it('previews the highlighted reply, with the combobox pointing at it', async () => {
    const panelTab = await open(TABLET);
    const search = searchBox(panelTab);
    await search.fill('dhl pickup');
    const active = await search.getAttribute('aria-activedescendant');
    expect(active).toBe('template-return-label-dhl-pickup');
    const preview = panelTab.getByRole('region', { name: /^Preview: Return label: DHL Express, schedule a pickup/ });
    expect(await preview.innerText()).toMatch(/Hi Marcus/);
    await search.press('ArrowDown');
    expect(await search.getAttribute('aria-activedescendant')).not.toBe(active);
  });

  it('the fill-in form takes the focus, Escape backs out to the search, and after inserting the focus is back in the search', async () => {
    const { conversationTab } = replies();
    const panelTab = await open(TABLET);
    const search = searchBox(panelTab);
    await search.fill('imei confirm');
    await search.press('Enter');
    await expect.poll(() => focusedId(panelTab)).toBe('fill-imei');
    expect(await panelTab.locator('#fill-imei').getAttribute('placeholder')).toBe('15 digits, dial *#06#');
    await panelTab.keyboard.press('Escape');
    await expect.poll(() => focusedId(panelTab)).toBe('template-search');
    expect(await panelTab.locator('.fill-in').count()).toBe(0);

    await search.press('Enter');
    await expect.poll(() => focusedId(panelTab)).toBe('fill-imei');
    await panelTab.keyboard.type('490154203237518');
    await panelTab.keyboard.press('Enter');
    await waitForComposer(conversationTab, (value) => value.includes('490154203237518'), 'the IMEI reply to be inserted', 10_000);
    await expect.poll(() => focusedId(panelTab)).toBe('template-search');
  });

  it('a reply title is larger than its hint, and body text is 14 px whatever Chrome gives extension pages', async () => {
    const panelTab = await open(TABLET);
    await panelTab.locator('.template__reason').first().waitFor({ timeout: 60_000 });
    const sizes = await panelTab.evaluate(() => {
      const size = (selector: string) => parseFloat(getComputedStyle(document.querySelector(selector)!).fontSize);
      return { body: size('body'), title: size('.template__title'), hint: size('.template__reason'), button: size('button') };
    });
    expect(sizes).toEqual({ body: 14, title: 14, hint: 12, button: 14 });
    expect(sizes.title).toBeGreaterThan(sizes.hint);
  });
});

describe('Chromium, quiet numbers and ways out', () => {
  const quiet = useChromiumSuite();
  const DHL = '104820734'; // DHL Express: the customer photographed the return label; the order went out with DHL too

  it('a return waybill raises no disagreement with the outbound tracking, and the summary line marks the waybill', async () => {
    const panelTab = await openConversation(quiet(), DHL);
    await panelTab.waitForFunction(
      () => document.querySelector('#numbers [data-kind="dhl-express"]') !== null && !document.querySelector('#numbers [role="progressbar"]'),
      null,
      { timeout: 90_000 },
    );
    const numbers = await panelTab.locator('#numbers').innerText();
    expect(numbers).not.toMatch(/disagree|Not the/i);
    expect(await panelTab.locator('#numbers .numbers-reading--disagrees').count()).toBe(0);
    expect(await panelTab.locator('#numbers .panel-section__summary').innerText()).toMatch(/waybill ✓/);
  });

  it('photos with no number on them fold into one line instead of a block each', async () => {
    const panelTab = await openConversation(quiet(), TABLET);
    await panelTab.locator('#numbers summary', { hasText: /^5 images without numbers$/ }).waitFor({ timeout: 90_000 });
    expect(await panelTab.locator('#numbers').innerText()).not.toMatch(/No IMEI or waybill found|read in \d+ ms/);
  });

  it('without a reply box on the page, Enter copies the reply and says so', async () => {
    const { session, conversationTab } = quiet();
    await session.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const panelTab = await openConversation(quiet(), TABLET);
    await conversationTab.evaluate((selector) => document.querySelector(selector)?.remove(), COMPOSER);
    await panelTab.getByText('replies are copied for you to paste instead').waitFor({ timeout: 15_000 });
    const search = panelTab.getByRole('combobox', { name: 'Search replies' });
    // The packing reply: offered in every market (DPD UK's is offered in UK conversations only).
    await search.fill('how to pack');
    expect(await panelTab.getByRole('region', { name: /^Preview:/ }).getByRole('button').innerText()).toBe('Copy');
    await search.press('Enter');
    await panelTab.getByText(/The reply was copied instead/).waitFor({ timeout: 10_000 });
    expect(await panelTab.evaluate(() => navigator.clipboard.readText())).toMatch(/pack/i);
  });

  it('says nothing of a screen for an item without one (a games console)', async () => {
    const panelTab = await openConversation(quiet(), '104820586');
    await photosChecked(panelTab);
    const photos = await panelTab.locator('#photos').innerText();
    expect(photos).toMatch(/\d+×\d+/);
    expect(photos).not.toMatch(/screen (on|off)/);
  });
});
