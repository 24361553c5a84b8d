import { expect, it } from 'vitest';
import { describeInBrowsers, waitFor, type Driver } from './harness/driver';
import { describeRequests } from './harness/request-recorder';

/**
 * The photo checklist against the demo conversations (issue 3): what the agent sees in the Photos section, the
 * drafted request reaching the thread, and choices that survive closing the panel.
 */

const TABLET = '104820257'; // iPad: five shots, the back too dark, top and bottom never sent
const LAPTOP = '104820391'; // MacBook Air: the back case sent twice
const PHONE = '104820113'; // iPhone 13: seven shots over three messages
const CONSOLE = '104820586'; // PS5: four photos, then a PDF, a cut-off upload and a link that answers 404
const COMPOSER = 'textarea[aria-label="Reply to the customer"]';

/** Opens the folder in the conversation tab and the panel beside it, and waits until every photo has been checked. */
async function openChecked(driver: Driver, folderId: string): Promise<string> {
  await driver.openConversation(`${driver.origin}/bo-seller/customer-care/folders/${folderId}`);
  await driver.openPanel();
  await driver.panel.bringToFront();
  return waitFor(
    async () => {
      const photos = await driver.panel.text('#photos');
      return photos.includes('shots received') && !photos.includes('Checking photo') ? photos : undefined;
    },
    { timeoutMs: 60_000, what: 'the photo check to finish' },
  );
}

/** The text of the first element matching `selector` whose text contains `hasText`, '' when none does. */
const textOf = (driver: Driver, selector: string, hasText: string) =>
  driver.panel.run(
    (css, part) => {
      const found = [...document.querySelectorAll<HTMLElement>(css)].find((element) => element.innerText.includes(part));
      return found ? found.innerText : '';
    },
    selector,
    hasText,
  );

const slot = (driver: Driver, label: string) => textOf(driver, '.photo-slot', label);
const row = (driver: Driver, name: string) => textOf(driver, '.photo-row', name);

/** The shot chosen for the photo row naming `name` (its select's value). */
const chosenShot = (driver: Driver, name: string) =>
  driver.panel.run(
    (part) =>
      [...document.querySelectorAll<HTMLElement>('.photo-row')].find((element) => element.innerText.includes(part))?.querySelector('select')
        ?.value ?? null,
    name,
  );

async function waitForSlot(driver: Driver, label: string, pattern: RegExp): Promise<void> {
  let last = '';
  await waitFor(async () => pattern.test((last = await slot(driver, label))), {
    timeoutMs: 10_000,
    what: () => `the ${label} slot to match ${pattern} (it shows "${last}")`,
  });
}

describeInBrowsers('photo checklist', (use) => {
  it('shows the tablet at 5 of 7, names the missing shots and flags the dark photo', async () => {
    const driver = use();
    const photos = await openChecked(driver, TABLET);
    expect(photos).toMatch(/5 of 7\s+shots received for a tablet, 1 to take again, 2 missing/);
    await waitForSlot(driver, 'Top side', /Missing/);
    expect(await slot(driver, 'Bottom side')).toMatch(/Missing/);
    expect(await slot(driver, 'Back of the tablet')).toMatch(/Needs a new photo: too dark/);
    expect(photos).toContain('This photo is too dark');
  });

  it('inserts the drafted request into the composer, and Send posts it to the thread', async () => {
    const driver = use();
    await openChecked(driver, TABLET);
    await driver.panel.click('button', 'Insert request for 3 shots');
    await waitFor(async () => (await driver.panel.text()).includes('Inserted into the reply box'), {
      timeoutMs: 10_000,
      what: 'the insertion',
    });
    await driver.page.bringToFront();
    const composerValue = () => driver.page.run((selector) => document.querySelector<HTMLTextAreaElement>(selector)?.value ?? '', COMPOSER);
    const draft = await composerValue();
    expect(draft).toMatch(/^Hi Marcus,/);
    expect(draft).toContain('- Top side:');
    expect(draft).toContain('- Bottom side:');
    expect(draft).toMatch(/- Back of the tablet: .*too dark/);
    expect(draft).not.toContain('{{');
    await driver.page.click('button', 'Send');
    await waitFor(
      () =>
        driver.page.run(() => [...document.querySelectorAll<HTMLElement>('[data-qa="message"]')].at(-1)?.innerText.includes('Bottom side')),
      { timeoutMs: 10_000, what: 'the request to be posted to the thread' },
    );
    await waitFor(async () => (await composerValue()) === '', { timeoutMs: 5_000, what: 'Send to empty the reply box' });
  });

  it('flags the laptop photo sent twice and does not count it as a second shot', async () => {
    const photos = await openChecked(use(), LAPTOP);
    expect(photos).toMatch(/Same photo as IMG_7730\.jpg/);
    expect(photos).toMatch(/6 of 7\s+shots received/);
  });

  it('completes the smartphone set spread over three messages', async () => {
    const driver = use();
    const photos = await openChecked(driver, PHONE);
    expect(photos).toMatch(/7 of 7\s+shots received for a smartphone: complete/);
    const nothingToAsk = await driver.panel.run(
      () =>
        [...document.querySelectorAll('button')].find((button) => button.textContent?.trim() === 'Nothing to ask for')?.disabled ?? null,
    );
    expect(nothingToAsk).toBe(true);
  });

  it("keeps the agent's slot choice after the panel is closed and reopened", async () => {
    const driver = use();
    await openChecked(driver, TABLET);
    // The agent picks "6. Top side" in the photo's shot list.
    await driver.panel.run((part) => {
      const select = [...document.querySelectorAll<HTMLElement>('.photo-row')]
        .find((element) => element.innerText.includes(part))!
        .querySelector('select')!;
      select.value = [...select.options].find((option) => option.textContent === '6. Top side')!.value;
      select.dispatchEvent(new Event('change', { bubbles: true }));
    }, 'IMG_2213.jpg');
    await waitForSlot(driver, 'Top side', /Received/);
    await openChecked(driver, TABLET); // a fresh panel page: state comes back from IndexedDB
    expect(await chosenShot(driver, 'IMG_2213.jpg')).toBe('top-side');
    expect(await row(driver, 'IMG_2213.jpg')).toMatch(/^Shot/m);
    expect(await slot(driver, 'Top side')).toMatch(/Received/);
  });

  it('assigns a shot with one key on a focused photo', async () => {
    const driver = use();
    await openChecked(driver, TABLET);
    await driver.panel.run(
      (part) => [...document.querySelectorAll<HTMLElement>('.photo-row')].find((element) => element.innerText.includes(part))?.focus(),
      'IMG_2214.jpg',
    );
    await driver.panel.press('7');
    await waitFor(async () => (await chosenShot(driver, 'IMG_2214.jpg')) === 'bottom-side', {
      timeoutMs: 10_000,
      what: 'key 7 to choose the bottom side',
    });
    await waitForSlot(driver, 'Bottom side', /Received/);
  });

  it('lists a PDF, a cut-off upload and a missing file with their reasons, and still checks the rest', async () => {
    const driver = use();
    const photos = await openChecked(driver, CONSOLE);
    expect(await row(driver, 'invoice-PS5.pdf')).toMatch(/Not checked: .*PDF/);
    expect(await row(driver, 'IMG_3306.jpg')).toMatch(/Not checked: .*incomplete/i);
    expect(await row(driver, 'IMG_3307.jpg')).toMatch(/Not checked: .*404/);
    for (const name of ['IMG_3302.jpg', 'IMG_3303.jpg', 'IMG_3304.jpg', 'IMG_3305.jpg']) {
      expect(await row(driver, name)).toMatch(/4032×3024/);
    }
    expect(photos).toMatch(/4 of 7\s+shots received/);
  });

  it('sent nothing off this machine', () => {
    const { recorder } = use();
    expect(recorder.leaks(), describeRequests(recorder.leaks())).toEqual([]);
  });
});
