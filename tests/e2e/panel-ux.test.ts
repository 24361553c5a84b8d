import { afterEach, expect, it } from 'vitest';
import { describeInBrowsers, waitFor, type Driver } from './harness/driver';
import { slowAttachments } from './harness/demo-platform';
import { COMPOSER, composerValue, waitForComposer } from './harness/keyboard';

/**
 * The panel an agent keeps open all day (issue 14): states that are never wrong while photos are still being
 * checked, replies first and reachable from the keyboard, and type that reads.
 */

const TABLET = '104820257'; // iPad: five shots received, the back too dark, top and bottom never sent
const DHL = '104820734'; // DHL Express: the customer photographed the return label; the order went out with DHL too
const CONSOLE = '104820586'; // PS5: no screen to photograph

/** The conversation in the conversation tab with an empty reply box, and the panel following it. */
async function openConversation(driver: Driver, folderId: string): Promise<void> {
  await driver.openConversation(`${driver.origin}/bo-seller/customer-care/folders/${folderId}`);
  await waitFor(
    () =>
      driver.page.run((selector) => {
        const composer = document.querySelector<HTMLTextAreaElement>(selector);
        if (composer) composer.value = '';
        return Boolean(composer);
      }, COMPOSER),
    { timeoutMs: 15_000, what: 'the reply box' },
  );
  await driver.page.bringToFront();
  await driver.openPanel();
  await driver.panel.bringToFront();
}

async function waitForPanelText(driver: Driver, pattern: RegExp, timeoutMs = 15_000, selector?: string): Promise<string> {
  let last = '';
  return waitFor(async () => (pattern.test((last = await driver.panel.text(selector))) ? last : undefined), {
    timeoutMs,
    what: () => `the panel${selector ? `'s ${selector}` : ''} to show ${pattern} (it shows "${last.slice(0, 600)}")`,
  });
}

const photosChecked = (driver: Driver) => waitForPanelText(driver, /\d of \d+\s+shots received/, 60_000, '#photos');
const focusedId = (driver: Driver) => driver.panel.run(() => document.activeElement?.id ?? '');
const waitForFocus = (driver: Driver, id: string) =>
  waitFor(async () => (await focusedId(driver)) === id, { timeoutMs: 5_000, what: `#${id} to have the focus` });

/** Whether the first button whose name starts with `prefix` is disabled; null when there is none. */
const buttonDisabled = (driver: Driver, prefix: string) =>
  driver.panel.run(
    (start) =>
      [...document.querySelectorAll('button')].find((button) =>
        (button.getAttribute('aria-label') ?? button.textContent ?? '').trim().startsWith(start),
      )?.disabled ?? null,
    prefix,
  );

/** Opens the panel's palette and runs the entry found by typing `query`. */
async function runFromPalette(driver: Driver, query: string, expectedEntry?: string): Promise<void> {
  await driver.panel.press('Control+k');
  await waitFor(
    () => driver.panel.run(() => Boolean(document.querySelector('[role="combobox"][aria-label="Search actions, macros and templates"]'))),
    {
      timeoutMs: 5_000,
      what: 'the palette to open',
    },
  );
  await driver.panel.type(query);
  // Enter runs the highlighted entry: wait until the palette has caught up with the typing.
  if (expectedEntry)
    await waitFor(
      async () =>
        (await driver.panel.run(() => document.querySelector('[role="option"][aria-selected="true"]')?.textContent ?? '')).includes(
          expectedEntry,
        ),
      { timeoutMs: 5_000, what: `the palette to highlight "${expectedEntry}"` },
    );
  await driver.panel.press('Enter');
}

/** Puts `text` in the reply search with the keyboard (the search cleared first). */
async function searchReplies(driver: Driver, text: string): Promise<void> {
  await driver.panel.fill('#template-search', '');
  await driver.panel.run(() => document.querySelector<HTMLInputElement>('#template-search')?.focus());
  await driver.panel.type(text);
}

describeInBrowsers('panel states while photos are checked', (use) => {
  afterEach(async () => slowAttachments(use().origin, 0));

  it('drafts nothing during a check: shots show as checking, the request waits, then asks for exactly the 3 shots', async () => {
    const driver = use();
    await slowAttachments(driver.origin, 2_500);
    await openConversation(driver, TABLET);
    const checklist = await waitForPanelText(driver, /Checking photos/, 20_000, '#photos .photo-checklist');
    expect(checklist).not.toMatch(/Missing/);
    expect(await buttonDisabled(driver, 'Request: waiting for the check')).toBe(true);

    // The photo request from the reply list is refused while checking, and says how far the check is.
    await searchReplies(driver, 'missing photos');
    await driver.panel.press('Enter');
    await waitForPanelText(driver, /Not inserted yet: the photos are still being checked \(\d of 5 photos checked\)/);
    expect(await composerValue(driver.page)).toBe('');

    // The macro started during the check waits for it and drafts from the finished checklist only.
    await runFromPalette(driver, 'request missing photos');
    expect(await composerValue(driver.page)).toBe('');
    const draft = await waitForComposer(driver.page, (value) => value.includes('Bottom side'), 'the macro to insert the request', 60_000);
    await photosChecked(driver);
    expect(draft).toContain('- Top side:');
    expect(draft).toMatch(/- Back of the tablet: .*too dark/);
    expect(draft).not.toMatch(/- Front|Screen on|Left side|Right side/);
    expect(await buttonDisabled(driver, 'Insert request for 3 shots')).toBe(false);
  });
});

describeInBrowsers('replies first and from the keyboard', (use) => {
  async function open(folderId: string): Promise<Driver> {
    const driver = use();
    await openConversation(driver, folderId);
    await waitFor(() => driver.panel.run(() => Boolean(document.querySelector('#template-search'))), {
      timeoutMs: 15_000,
      what: 'the reply search',
    });
    return driver;
  }

  it('"/" focuses the reply search from anywhere in the panel, and the palette has an entry for it', async () => {
    const driver = await open(TABLET);
    await driver.panel.run(() => document.querySelector<HTMLElement>('#photo-category')?.focus());
    await driver.panel.press('Escape');
    await driver.panel.run(() => document.querySelector<HTMLElement>('#section-photos button')?.focus());
    await driver.panel.press('/');
    await waitForFocus(driver, 'template-search');
    // Typed into the search, "/" is a character like any other.
    await driver.panel.type('a/b');
    expect(await driver.panel.run(() => document.querySelector<HTMLInputElement>('#template-search')?.value)).toBe('a/b');

    await driver.panel.run(() => document.querySelector<HTMLElement>('#section-photos button')?.focus());
    await runFromPalette(driver, 'search the replies', 'Search the replies');
    await waitForFocus(driver, 'template-search');
  });

  it('previews the highlighted reply, with the combobox pointing at it', async () => {
    const driver = await open(TABLET);
    await searchReplies(driver, 'dhl pickup');
    const active = () => driver.panel.run(() => document.querySelector('#template-search')?.getAttribute('aria-activedescendant') ?? null);
    await waitFor(async () => (await active()) === 'template-return-label-dhl-pickup', {
      timeoutMs: 5_000,
      what: 'the DHL pickup reply to be highlighted',
    });
    const preview = await driver.panel.run(() => {
      const region = [...document.querySelectorAll<HTMLElement>('[role="region"]')].find((element) =>
        (element.getAttribute('aria-label') ?? '').startsWith('Preview: Return label: DHL Express, schedule a pickup'),
      );
      return region?.innerText ?? null;
    });
    expect(preview).toMatch(/Hi Marcus/);
    await driver.panel.press('ArrowDown');
    await waitFor(async () => (await active()) !== 'template-return-label-dhl-pickup', {
      timeoutMs: 5_000,
      what: 'ArrowDown to move the highlight',
    });
  });

  it('the fill-in form takes the focus, Escape backs out to the search, and after inserting the focus is back in the search', async () => {
    const driver = await open(TABLET);
    await searchReplies(driver, 'imei confirm');
    await driver.panel.press('Enter');
    await waitForFocus(driver, 'fill-imei');
    expect(await driver.panel.run(() => document.querySelector<HTMLInputElement>('#fill-imei')?.placeholder)).toBe('15 digits, dial *#06#');
    await driver.panel.press('Escape');
    await waitForFocus(driver, 'template-search');
    expect(await driver.panel.run(() => document.querySelectorAll('.fill-in').length)).toBe(0);

    await driver.panel.press('Enter');
    await waitForFocus(driver, 'fill-imei');
    await driver.panel.type('490154203237518');
    await driver.panel.press('Enter');
    await waitForComposer(driver.page, (value) => value.includes('490154203237518'), 'the IMEI reply to be inserted', 10_000);
    await waitForFocus(driver, 'template-search');
  });

  it('a reply title is larger than its hint, and body text is 14 px whatever the browser gives extension pages', async () => {
    const driver = await open(TABLET);
    const sizes = await waitFor(
      () =>
        driver.panel.run(() => {
          const size = (selector: string) => {
            const node = document.querySelector(selector);
            return node ? parseFloat(getComputedStyle(node).fontSize) : null;
          };
          const found = { body: size('body'), title: size('.template__title'), hint: size('.template__reason'), button: size('button') };
          return Object.values(found).includes(null) ? undefined : found;
        }),
      { timeoutMs: 60_000, what: 'a suggested reply with its reason' },
    );
    expect(sizes).toEqual({ body: 14, title: 14, hint: 12, button: 14 });
  });
});

describeInBrowsers('quiet numbers and ways out', (use, browser) => {
  it('a return waybill raises no disagreement with the outbound tracking, and the summary line marks the waybill', async () => {
    const driver = use();
    await openConversation(driver, DHL);
    await waitFor(
      () =>
        driver.panel.run(
          () =>
            document.querySelector('#numbers [data-kind="dhl-express"]') !== null &&
            !document.querySelector('#numbers [role="progressbar"]'),
        ),
      { timeoutMs: 90_000, what: 'the waybill to be read' },
    );
    expect(await driver.panel.text('#numbers')).not.toMatch(/disagree|Not the/i);
    expect(await driver.panel.run(() => document.querySelectorAll('#numbers .numbers-reading--disagrees').length)).toBe(0);
    expect(await driver.panel.text('#numbers .panel-section__summary')).toMatch(/waybill ✓/);
  });

  it('photos with no number on them fold into one line instead of a block each', async () => {
    const driver = use();
    await openConversation(driver, TABLET);
    await waitFor(
      () =>
        driver.panel.run(() =>
          [...document.querySelectorAll('#numbers summary')].some((summary) => summary.textContent?.trim() === '5 images without numbers'),
        ),
      { timeoutMs: 90_000, what: 'the photos without numbers to fold into one line' },
    );
    expect(await driver.panel.text('#numbers')).not.toMatch(/No IMEI or waybill found|read in \d+ ms/);
  });

  it('without a reply box on the page, Enter copies the reply and says so', async () => {
    const driver = use();
    if (driver.native.browser === 'chromium')
      await driver.native.suite.session.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await openConversation(driver, TABLET);
    await driver.page.run((selector) => document.querySelector(selector)?.remove(), COMPOSER);
    await waitForPanelText(driver, /replies are copied for you to paste instead/);
    // The packing reply: offered in every market (DPD UK's is offered in UK conversations only).
    await searchReplies(driver, 'how to pack');
    await waitFor(
      async () =>
        (await driver.panel.run(() => {
          const region = [...document.querySelectorAll('[role="region"]')].find((element) =>
            (element.getAttribute('aria-label') ?? '').startsWith('Preview:'),
          );
          return region?.querySelector('button')?.textContent?.trim();
        })) === 'Copy',
      { timeoutMs: 5_000, what: 'the preview to offer Copy' },
    );
    await driver.panel.press('Enter');
    await waitForPanelText(driver, /The reply was copied instead/, 10_000);
    // Firefox ESR lets no page read the clipboard without a paste prompt of its own: what was copied is read in Chromium.
    if (browser === 'chromium') expect(await driver.panel.run(() => navigator.clipboard.readText())).toMatch(/pack/i);
  });

  it('says nothing of a screen for an item without one (a games console)', async () => {
    const driver = use();
    await openConversation(driver, CONSOLE);
    const photos = await photosChecked(driver);
    expect(photos).toMatch(/\d+×\d+/);
    expect(photos).not.toMatch(/screen (on|off)/);
  });
});
