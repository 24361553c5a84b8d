import { describe, expect, it } from 'vitest';
import { describeRequests } from './harness/request-recorder';
import { useChromiumSuite } from './harness/suite';

/**
 * The photo checklist in Chromium against the demo conversations (issue 3): what the agent sees in the Photos
 * section, the drafted request reaching the thread, and choices that survive closing the panel.
 */

const TABLET = '104820257'; // iPad: five shots, the back too dark, top and bottom never sent
const LAPTOP = '104820391'; // MacBook Air: the back case sent twice
const PHONE = '104820113'; // iPhone 13: seven shots over three messages
const CONSOLE = '104820586'; // PS5: four photos, then a PDF, a cut-off upload and a link that answers 404

describe('Chromium, photo checklist', () => {
  const suite = useChromiumSuite();

  /** Opens the folder in tab A and the panel in tab B, and waits until every photo has been checked. */
  async function openChecked(folderId: string): Promise<string> {
    const { origin, session, conversationTab, panelTab } = suite();
    await conversationTab.goto(`${origin}/bo-seller/customer-care/folders/${folderId}`);
    await conversationTab.bringToFront();
    await panelTab.goto(session.extensionUrl('sidepanel.html'));
    await panelTab.bringToFront();
    await panelTab.waitForFunction(
      () => document.body.innerText.includes('shots received') && !document.body.innerText.includes('Checking photo'),
      null,
      { timeout: 60_000 },
    );
    return panelTab.locator('#photos').innerText();
  }

  const slot = (label: string) => suite().panelTab.locator('.photo-slot', { hasText: label });

  it('shows the tablet at 5 of 7, names the missing shots and flags the dark photo', async () => {
    const photos = await openChecked(TABLET);
    expect(photos).toMatch(/5 of 7\s+shots received for a tablet, 1 to take again, 2 missing/);
    await expect.poll(() => slot('Top side').innerText()).toMatch(/Missing/);
    expect(await slot('Bottom side').innerText()).toMatch(/Missing/);
    expect(await slot('Back of the tablet').innerText()).toMatch(/Needs a new photo: too dark/);
    expect(photos).toContain('This photo is too dark');
  });

  it('inserts the drafted request into the composer, and Send posts it to the thread', async () => {
    const { conversationTab, panelTab } = suite();
    await openChecked(TABLET);
    await panelTab.getByRole('button', { name: 'Insert request for 3 shots' }).click();
    await panelTab.getByText('Inserted into the reply box').waitFor({ timeout: 10_000 });
    await conversationTab.bringToFront();
    const composer = conversationTab.getByLabel('Reply to the customer');
    const draft = await composer.inputValue();
    expect(draft).toMatch(/^Hi Marcus,/);
    expect(draft).toContain('- Top side:');
    expect(draft).toContain('- Bottom side:');
    expect(draft).toMatch(/- Back of the tablet: .*too dark/);
    expect(draft).not.toContain('{{');
    await conversationTab.getByRole('button', { name: 'Send' }).click();
    await expect
      .poll(() => conversationTab.locator('[data-qa="message"]').last().innerText(), { timeout: 10_000 })
      .toContain('Bottom side');
    expect(await composer.inputValue()).toBe('');
  });

  it('flags the laptop photo sent twice and does not count it as a second shot', async () => {
    const photos = await openChecked(LAPTOP);
    expect(photos).toMatch(/Same photo as IMG_7730\.jpg/);
    expect(photos).toMatch(/6 of 7\s+shots received/);
  });

  it('completes the smartphone set spread over three messages', async () => {
    const { panelTab } = suite();
    const photos = await openChecked(PHONE);
    expect(photos).toMatch(/7 of 7\s+shots received for a smartphone: complete/);
    expect(await panelTab.getByRole('button', { name: 'Nothing to ask for' }).isDisabled()).toBe(true);
  });

  it('keeps the agent\'s slot choice after the panel is closed and reopened', async () => {
    const { panelTab } = suite();
    await openChecked(TABLET);
    const row = panelTab.locator('.photo-row', { hasText: 'IMG_2213.jpg' });
    await row.getByRole('combobox').selectOption({ label: '6. Top side' });
    await expect.poll(() => slot('Top side').innerText()).toMatch(/Received/);
    await openChecked(TABLET); // a fresh panel page: state comes back from IndexedDB
    const reopened = panelTab.locator('.photo-row', { hasText: 'IMG_2213.jpg' });
    expect(await reopened.getByRole('combobox').inputValue()).toBe('top-side');
    expect(await reopened.innerText()).toMatch(/^Shot/m);
    expect(await slot('Top side').innerText()).toMatch(/Received/);
  });

  it('assigns a shot with one key on a focused photo', async () => {
    const { panelTab } = suite();
    await openChecked(TABLET);
    const row = panelTab.locator('.photo-row', { hasText: 'IMG_2214.jpg' });
    await row.focus();
    await panelTab.keyboard.press('7');
    await expect.poll(() => row.getByRole('combobox').inputValue()).toBe('bottom-side');
    await expect.poll(() => slot('Bottom side').innerText()).toMatch(/Received/);
  });

  it('lists a PDF, a cut-off upload and a missing file with their reasons, and still checks the rest', async () => {
    const photos = await openChecked(CONSOLE);
    const { panelTab } = suite();
    const row = (name: string) => panelTab.locator('.photo-row', { hasText: name }).innerText();
    expect(await row('invoice-PS5.pdf')).toMatch(/Not checked: .*PDF/);
    expect(await row('IMG_3306.jpg')).toMatch(/Not checked: .*incomplete/i);
    expect(await row('IMG_3307.jpg')).toMatch(/Not checked: .*404/);
    for (const name of ['IMG_3302.jpg', 'IMG_3303.jpg', 'IMG_3304.jpg', 'IMG_3305.jpg']) {
      expect(await row(name)).toMatch(/4032×3024/);
    }
    expect(photos).toMatch(/4 of 7\s+shots received/);
  });

  it('sent nothing off this machine', () => {
    const { recorder } = suite();
    expect(recorder.leaks(), describeRequests(recorder.leaks())).toEqual([]);
  });
});
