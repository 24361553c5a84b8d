import { expect, it } from 'vitest';
import { poll } from '../harness/bounded';
import { readPanel } from '../harness/panel';
import { chooseReply, type DrivenPage } from './editor-scenarios';

/**
 * "Point at it" (issue 12, part 3), written once for Playwright (Chromium) and puppeteer (Firefox ESR): on
 * teach-page.html the back-office adapter finds neither the messages nor the reply box; the agent teaches the reply
 * box with the mouse and the message list with the keyboard, sees what each now reads, saves, and the panel reads
 * both as taught. Escape cancels without saving.
 */

export interface TeachDriver {
  page: DrivenPage & { clickAt(x: number, y: number): Promise<void>; moveTo(x: number, y: number): Promise<void> };
  panel: DrivenPage;
}

const COMPOSER = `document.querySelector('textarea[aria-label="Antwort an den Kunden"]')`;

const panelText = async (panel: DrivenPage) => (await readPanel((script) => panel.evaluate(script))).text;

async function waitForPanelText(panel: DrivenPage, text: string, timeoutMs = 15_000): Promise<string> {
  let last = '';
  try {
    return await poll(
      async () => {
        last = await panelText(panel);
        return last.includes(text) ? last : undefined;
      },
      { timeoutMs, what: `the panel to show "${text}"` },
    );
  } catch (error) {
    throw new Error(`${(error as Error).message}; it shows "${last.slice(0, 1500)}"`);
  }
}

/** Clicks a panel button by its accessible name or text (the panel's handlers are plain onClick: any click runs them). */
async function clickPanelButton(panel: DrivenPage, name: string): Promise<void> {
  const clicked = await panel.evaluate(
    `(() => { const b = [...document.querySelectorAll('button')].find((n) => (n.getAttribute('aria-label') ?? n.textContent.trim()) === ${JSON.stringify(name)}); if (!b) return false; b.click(); return true; })()`,
  );
  if (!clicked) throw new Error(`no button "${name}" in the panel; it shows "${(await panelText(panel)).slice(0, 1500)}"`);
}

/** The label the overlay shows over the page (its shadow root is open), or null when nothing is highlighted. */
const overlayLabel = (page: DrivenPage) =>
  page.evaluate(`document.querySelector('returndesk-teach')?.shadowRoot?.querySelector('[data-returndesk-teach-label]')?.textContent ?? null`) as Promise<
    string | null
  >;

const overlayShown = (page: DrivenPage) => page.evaluate(`Boolean(document.querySelector('returndesk-teach')?.isConnected)`) as Promise<boolean>;

export async function waitForUntaughtPage(panel: DrivenPage): Promise<void> {
  await waitForPanelText(panel, 'Could not read', 30_000);
  const text = await panelText(panel);
  expect(text).toContain('composer: no composer found');
  expect(text).toContain('messages: no messages found');
}

/** Escape on the page ends pointing: the overlay goes, the panel says nothing was saved, the parts stay missing. */
export async function escapeCancels({ page, panel }: TeachDriver): Promise<void> {
  await waitForUntaughtPage(panel);
  await clickPanelButton(panel, 'Point at it: the reply box');
  await waitForPanelText(panel, 'Point at the reply box on the page');
  await poll(() => overlayShown(page), { timeoutMs: 5_000, what: 'the pointing overlay over the page' });
  // The page's own script cannot pick or cancel for the agent: its events are not trusted.
  await page.evaluate(
    `(() => { ${COMPOSER}.click(); window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })); ${COMPOSER}.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true })); })()`,
  );
  await new Promise((resolve) => setTimeout(resolve, 500));
  expect(await overlayShown(page)).toBe(true);
  expect(await panelText(panel)).toContain('Point at the reply box on the page');
  await page.bringToFront();
  await page.press('Escape');
  await waitForPanelText(panel, 'Pointing cancelled: nothing was saved.');
  expect(await overlayShown(page)).toBe(false);
  const text = await panelText(panel);
  expect(text).toContain('composer: no composer found');
  expect(text).not.toContain('taught');
}

export async function teachComposerAndMessageList({ page, panel }: TeachDriver): Promise<void> {
  await waitForUntaughtPage(panel);

  // The reply box, with the mouse: hover names it over the page, the click picks it and never reaches the page.
  await clickPanelButton(panel, 'Point at it: the reply box');
  await waitForPanelText(panel, 'Point at the reply box on the page');
  await page.bringToFront();
  const box = (await page.evaluate(
    `(() => { const r = ${COMPOSER}.getBoundingClientRect(); return { x: r.left + r.width / 2, y: r.top + r.height / 2 }; })()`,
  )) as { x: number; y: number };
  await page.moveTo(box.x, box.y);
  await poll(async () => (await overlayLabel(page))?.includes('textarea “Antwort an den Kunden”'), {
    timeoutMs: 5_000,
    what: 'the overlay to name the reply box under the pointer',
  });
  const clicksBefore = (await page.evaluate('window.__pageClicks')) as number;
  await page.clickAt(box.x, box.y);
  await waitForPanelText(panel, 'Now reads the reply box: textarea “Antwort an den Kunden”');
  expect(await panelText(panel)).toContain('Selector textarea[aria-label="Antwort an den Kunden"] (1 on the page)');
  expect(await page.evaluate('window.__pageClicks')).toBe(clicksBefore);
  expect(await overlayShown(page)).toBe(false);
  await clickPanelButton(panel, 'Save');
  await waitForPanelText(panel, 'taught: composer');
  expect(await panelText(panel)).not.toContain('no composer found');

  // The message list, with the keyboard in the panel: the highlight starts on a message; ArrowUp climbs to the list.
  await panel.bringToFront();
  await clickPanelButton(panel, 'Point at the message list');
  await waitForPanelText(panel, 'Point at the message list on the page');
  await poll(
    async () => {
      await panel.press('ArrowUp');
      return (await panelText(panel)).includes('Highlighted: section#thread (3 children)');
    },
    { timeoutMs: 10_000, intervalMs: 300, what: 'ArrowUp to reach the message list' },
  );
  await panel.press('Enter');
  await waitForPanelText(panel, 'Now reads the message list: 3 messages, 0 with attachments');
  expect(await panelText(panel)).toContain('Selector #thread (1 on the page)');
  // Save has the focus: Enter saves.
  await panel.press('Enter');
  await waitForPanelText(panel, 'taught: messages, composer');
  expect(await panelText(panel)).not.toContain('no messages found');

  // A reply goes into the taught reply box.
  await chooseReply(panel, 'DPD Pickup');
  const inserted = await poll(async () => (await page.evaluate(`${COMPOSER}.value`)) as string, {
    timeoutMs: 10_000,
    what: 'the reply to land in the taught reply box',
  });
  expect(inserted).toMatch(/^Hi Amelia,/);
}

/** The scenarios as tests, for a browser's `describe`; `open` loads a fresh page (by folder id) with the panel. */
export function teachTests(open: (folderId: string) => Promise<TeachDriver>): void {
  it('Escape on the page cancels pointing and saves nothing', async () => {
    await escapeCancels(await open('5550101'));
  });

  it('teaches the reply box with the mouse and the message list with the keyboard; both read as taught, and a reply lands in the taught box', async () => {
    await teachComposerAndMessageList(await open('5550102'));
  });
}
