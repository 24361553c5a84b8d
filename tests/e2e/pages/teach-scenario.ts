import { expect, it } from 'vitest';
import { waitFor, type DrivenTab } from '../harness/driver';
import { readPanel } from '../harness/panel';
import { chooseReply, confirmFact } from './editor-scenarios';

/**
 * "Point at it" (issue 12, part 3), written once for Playwright (Chromium) and puppeteer (Firefox ESR): on
 * teach-page.html one part is missing and one is read wrongly. Neither the back-office adapter nor the structural
 * reader finds the messages, and the structural reader takes the internal note beside Send as the reply box. The
 * agent teaches the message list with the keyboard from "Could not read", re-teaches the reply box with the mouse
 * from the Teach menu, sees what each now reads, saves, and a reply lands in the real reply box, not in the note.
 * Escape cancels without saving.
 */

export interface TeachDriver {
  page: DrivenTab;
  panel: DrivenTab;
}

const REPLY_BOX = 'textarea[aria-label="Antwort an den Kunden"]';
/** The decoy: the only field beside Send, which the structural reader takes as the reply box. */
const INTERNAL_NOTE = 'textarea[aria-label="Internal note, not sent to the customer"]';
const A_MESSAGE = '#posts > blockquote';

/** Runs in the page: the value of the field matching `selector`. */
const fieldValue = (selector: string) => document.querySelector<HTMLTextAreaElement>(selector)?.value ?? '';

const panelText = async (panel: DrivenTab) => (await readPanel((script) => panel.evaluate(script))).text;

async function waitForPanelText(panel: DrivenTab, text: string, timeoutMs = 15_000): Promise<string> {
  let last = '';
  try {
    return await waitFor(
      async () => {
        last = await panelText(panel);
        return last.includes(text) ? last : undefined;
      },
      { timeoutMs, what: `the panel to show "${text}"` },
    );
  } catch (error) {
    throw new Error(`${(error as Error).message}; it shows "${last.slice(0, 1500)}"`, { cause: error });
  }
}

/** Clicks a panel button by its accessible name or text (the panel's handlers are plain onClick: any click runs them). */
async function clickPanelButton(panel: DrivenTab, name: string): Promise<void> {
  const clicked = await panel.run((label) => {
    const button = [...document.querySelectorAll('button')].find(
      (node) => (node.getAttribute('aria-label') ?? node.textContent?.trim()) === label,
    );
    button?.click();
    return Boolean(button);
  }, name);
  if (!clicked) throw new Error(`no button "${name}" in the panel; it shows "${(await panelText(panel)).slice(0, 1500)}"`);
}

/** The label the overlay shows over the page (its shadow root is open), or null when nothing is highlighted. */
const overlayLabel = (page: DrivenTab) =>
  page.run(
    () => document.querySelector('returndesk-teach')?.shadowRoot?.querySelector('[data-returndesk-teach-label]')?.textContent ?? null,
  );

const overlayShown = (page: DrivenTab) => page.run(() => Boolean(document.querySelector('returndesk-teach')?.isConnected));

/** Opens the panel's "Teach a part by pointing at it" menu, where a part that was read (wrongly) is re-taught. */
async function openTeachMenu(panel: DrivenTab): Promise<void> {
  const opened = await panel.run(() => {
    const summary = [...document.querySelectorAll<HTMLElement>('details > summary')].find(
      (node) => node.textContent?.trim() === 'Teach a part by pointing at it',
    );
    if (!summary) return false;
    if (!(summary.parentElement as HTMLDetailsElement).open) summary.click();
    return true;
  });
  if (!opened) throw new Error(`no Teach menu in the panel; it shows "${(await panelText(panel)).slice(0, 1500)}"`);
}

/** Before teaching: the messages are named as missing; the reply box is not, since the page structure gave one. */
export async function waitForUntaughtPage(panel: DrivenTab): Promise<void> {
  await waitForPanelText(panel, 'Could not read', 30_000);
  const text = await panelText(panel);
  expect(text).toContain('messages: no messages could be read on this page');
  expect(text).not.toContain('composer:');
  expect(text).toContain('page structure: customer, composer');
}

/** Escape on the page ends pointing: the overlay goes, the panel says nothing was saved, the part stays missing. */
export async function escapeCancels({ page, panel }: TeachDriver): Promise<void> {
  await waitForUntaughtPage(panel);
  await clickPanelButton(panel, 'Point at the message list');
  await waitForPanelText(panel, 'Point at the message list on the page');
  await waitFor(() => overlayShown(page), { timeoutMs: 5_000, what: 'the pointing overlay over the page' });
  // The page's own script cannot pick or cancel for the agent: its events are not trusted.
  await page.run((selector) => {
    const message = document.querySelector<HTMLElement>(selector)!;
    message.click();
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    message.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
  }, A_MESSAGE);
  await new Promise((resolve) => setTimeout(resolve, 500));
  expect(await overlayShown(page)).toBe(true);
  expect(await panelText(panel)).toContain('Point at the message list on the page');
  await page.bringToFront();
  await page.press('Escape');
  await waitForPanelText(panel, 'Pointing cancelled: nothing was saved.');
  expect(await overlayShown(page)).toBe(false);
  const text = await panelText(panel);
  expect(text).toContain('messages: no messages could be read on this page');
  expect(text).not.toContain('taught');
}

export async function teachMessageListAndReplyBox({ page, panel }: TeachDriver): Promise<void> {
  await waitForUntaughtPage(panel);

  // The missing message list, with the keyboard in the panel: the highlight starts on a message; ArrowUp climbs to the list.
  await panel.bringToFront();
  await clickPanelButton(panel, 'Point at the message list');
  await waitForPanelText(panel, 'Point at the message list on the page');
  // One ArrowUp at a time, each waited for until the highlight has moved: a second press before the panel shows the
  // first one's result would climb past the list (a busy machine is slow to answer).
  const highlighted = async () => /Highlighted: [^\n]*?\)/.exec(await panelText(panel))?.[0] ?? '';
  for (let step = 0; step < 8 && !(await highlighted()).includes('section#posts (3 children)'); step++) {
    const before = await highlighted();
    await panel.press('ArrowUp');
    await waitFor(async () => ((await highlighted()) !== before ? true : undefined), {
      timeoutMs: 5_000,
      what: `the highlight to move up from "${before}"`,
    });
  }
  expect(await highlighted()).toContain('section#posts (3 children)');
  await panel.press('Enter');
  await waitForPanelText(panel, 'Now reads the message list: 3 messages, 0 with attachments');
  expect(await panelText(panel)).toContain('Selector #posts (1 on the page)');
  // Save has the focus: Enter saves.
  await panel.press('Enter');
  await waitForPanelText(panel, 'taught: messages');
  expect(await panelText(panel)).not.toContain('no messages could be read');

  // The reply box read wrongly (the internal note), re-taught from the Teach menu with the mouse: hover names the
  // real box over the page, the click picks it and never reaches the page.
  expect(await panelText(panel)).toContain('page structure: customer, composer');
  await openTeachMenu(panel);
  await clickPanelButton(panel, 'Point at the reply box');
  await waitForPanelText(panel, 'Point at the reply box on the page');
  await page.bringToFront();
  const box = await page.run((selector) => {
    const rect = document.querySelector(selector)!.getBoundingClientRect();
    return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
  }, REPLY_BOX);
  await page.moveTo(box.x, box.y);
  await waitFor(async () => (await overlayLabel(page))?.includes('textarea “Antwort an den Kunden”'), {
    timeoutMs: 5_000,
    what: 'the overlay to name the reply box under the pointer',
  });
  /** Runs in the page: the clicks the page itself has counted. */
  const pageClicks = () => (window as unknown as { __pageClicks: number }).__pageClicks;
  const clicksBefore = await page.run(pageClicks);
  await page.clickAt(box.x, box.y);
  await waitForPanelText(panel, 'Now reads the reply box: textarea “Antwort an den Kunden”');
  expect(await panelText(panel)).toContain('Selector textarea[aria-label="Antwort an den Kunden"] (1 on the page)');
  expect(await page.run(pageClicks)).toBe(clicksBefore);
  expect(await overlayShown(page)).toBe(false);
  await clickPanelButton(panel, 'Save');
  await waitForPanelText(panel, 'taught: messages, composer');
  expect(await panelText(panel)).not.toContain('page structure: customer, composer');

  // A reply goes into the taught reply box; the internal note stays empty.
  // The customer's name comes from the page's layout: confirmed first, or the reply would not use it.
  await confirmFact(panel, 'customer');
  await chooseReply(panel, 'DPD Pickup');
  const inserted = await waitFor(async () => (await page.run(fieldValue, REPLY_BOX)) || undefined, {
    timeoutMs: 10_000,
    what: 'the reply to land in the taught reply box',
  });
  expect(inserted).toMatch(/^Hi Amelia,/);
  expect(await page.run(fieldValue, INTERNAL_NOTE)).toBe('');
}

/** The scenarios as tests, for a browser's `describe`; `open` loads a fresh page (by folder id) with the panel. */
export function teachTests(open: (folderId: string) => Promise<TeachDriver>): void {
  it('Escape on the page cancels pointing and saves nothing', async () => {
    await escapeCancels(await open('5550101'));
  });

  it('teaches the missing message list with the keyboard and re-teaches the wrongly read reply box with the mouse; both read as taught, and a reply lands in the real reply box, not in the internal note', async () => {
    await teachMessageListAndReplyBox(await open('5550102'));
  });
}
