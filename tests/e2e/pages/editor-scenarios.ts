import { expect } from 'vitest';
import { builtinTemplate } from '@/utils/templates/registry';
import { renderTemplate } from '@/utils/templates/render';
import { waitFor } from '../harness/bounded';
import type { DrivenTab } from '../harness/driver';
import { numberReadings } from '../harness/numbers';
import { DEMO_IDENTIFIERS } from '../../../scripts/demo-platform/identifiers';
import type { TestEditor } from './serve';

/**
 * The insertion scenarios, written once for Chromium and Firefox ESR through the driver's tabs. Page scripts are
 * functions run with `DrivenTab.run`: their arguments travel as JSON, and they use nothing of this module.
 */

/** What the scenarios use of a driver's tab (`driver.page`, `driver.panel`). */
export type DrivenPage = Pick<DrivenTab, 'run' | 'type' | 'press' | 'pressWithControl' | 'bringToFront'>;

/** What the composer shows and holds, read in the page. */
interface ComposerState {
  /** The editor has started: there is an element to type in. */
  present: boolean;
  /** What the agent sees (the DOM); null without a composer. */
  domText: string | null;
  /** What the page's framework holds: the text its Send would post. */
  modelText: string | null;
}

/** What to do to the composer before reading it: focus it as a click would, or put the caret that far before its end. */
type ComposerStep = 'read' | 'focus' | { caretFromEnd: number };

/**
 * Runs in the page. The element the agent types in is the marked composer itself, the editor's root inside it, or
 * the body of the editor's iframe (TinyMCE); one function finds it for every step, so the lookup is written once.
 *
 * Focus: Firefox gives an empty contenteditable focus but no caret, so typing would go nowhere: the caret goes to
 * its end (in an empty editor, in its first line) unless it is already inside. An iframe's body needs its window
 * focused. Caret: placed with the Selection API (arrow keys sent by puppeteer do not move the caret of a
 * contenteditable in headless Firefox), as a click there would.
 */
function composerInPage(step: ComposerStep): ComposerState {
  const find = (): HTMLElement | null => {
    const marked = document.querySelector<HTMLElement>('[data-qa="composer-input"]');
    if (!marked || marked.matches('textarea, [contenteditable="true"]')) return marked;
    const frame = marked.querySelector('iframe');
    if (frame) return frame.contentDocument?.body ?? null;
    return marked.querySelector<HTMLElement>('textarea, [contenteditable="true"]');
  };
  const composer = find();
  const field = composer instanceof HTMLTextAreaElement || composer instanceof HTMLInputElement ? composer : null;
  const selection = composer?.ownerDocument.getSelection();
  if (composer && step === 'focus') {
    composer.ownerDocument.defaultView?.focus();
    composer.focus();
    const caretInside = selection && selection.rangeCount > 0 && composer.contains(selection.getRangeAt(0).startContainer);
    if (!field && selection && !caretInside) {
      if (composer.textContent !== '') {
        selection.selectAllChildren(composer);
        selection.collapseToEnd();
      } else {
        // An empty editor's first line (Quill's <p><br></p>): after it, typed text would start a second line.
        let line: Element = composer;
        while (line.firstElementChild && line.firstElementChild.localName !== 'br') line = line.firstElementChild;
        selection.collapse(line, 0);
      }
    }
  } else if (composer && typeof step === 'object') {
    if (field) {
      const at = field.value.length - step.caretFromEnd;
      field.setSelectionRange(at, at);
    } else {
      const walker = composer.ownerDocument.createTreeWalker(composer, NodeFilter.SHOW_TEXT);
      let last: Text | null = null;
      while (walker.nextNode()) if ((walker.currentNode as Text).data.replace(/\ufeff/g, '')) last = walker.currentNode as Text;
      if (last) selection?.collapse(last, last.data.length - step.caretFromEnd);
    }
  }
  const page = window as unknown as { __editorText?: () => string; __model?: { draft: string } };
  return {
    present: composer !== null,
    domText: composer ? (field ? field.value : composer.innerText) : null,
    modelText: page.__editorText ? page.__editorText() : page.__model ? page.__model.draft : (field?.value ?? null),
  };
}

/** The DPD UK reply for the test pages' customer, rendered here as the panel renders it. */
export const DPD_REPLY = renderTemplate(builtinTemplate('return-label-dpd-uk').bodies['en-gb'], { first_name: 'Amelia' }).text;
const HEAD = 'Thanks for your message.';
const TAIL = ' Kind regards, Sam';
const DRAFT = HEAD + TAIL;

/** Waits until the page's editor is on the page (Quill, CKEditor 5 and TinyMCE start after the page loads). */
export async function waitForComposer(page: DrivenPage): Promise<void> {
  await waitFor(async () => (await page.run(composerInPage, 'read')).present, { timeoutMs: 15_000, what: 'the editor to start' });
}

/** What the agent sees in the composer (the DOM). */
export async function composerDomText(page: DrivenPage): Promise<string | null> {
  return (await page.run(composerInPage, 'read')).domText;
}

/** What the page's framework holds: the text its Send would post. */
export async function composerModelText(page: DrivenPage): Promise<string | null> {
  return (await page.run(composerInPage, 'read')).modelText;
}

/** Waits until the editor's model holds `expected`; the failure says what it held instead. */
export async function waitForModelText(page: DrivenPage, expected: string, what: string): Promise<void> {
  let last: string | null = null;
  try {
    await waitFor(async () => (last = await composerModelText(page)) === expected, { timeoutMs: 5_000, what });
  } catch (error) {
    throw new Error(`${(error as Error).message}; the editor holds ${JSON.stringify(last)}`, { cause: error });
  }
}

export async function postedMessages(page: DrivenPage): Promise<string[]> {
  return page.run(() => (window as unknown as { __posted?: string[] }).__posted ?? []);
}

/** Focuses the composer as a click would (see `composerInPage` for where the caret goes). */
export async function focusComposer(page: DrivenPage): Promise<void> {
  const { present } = await page.run(composerInPage, 'focus');
  if (!present) throw new Error('no composer on the page to focus');
}

/** Types a draft in the composer and puts the cursor `cursorFromEnd` characters before its end, as a click there would. */
export async function typeDraft(page: DrivenPage, draft: string, cursorFromEnd: number): Promise<void> {
  await page.bringToFront();
  await focusComposer(page);
  await page.type(draft);
  await waitForModelText(page, draft, 'the editor to hold the typed draft');
  await page.run(composerInPage, { caretFromEnd: cursorFromEnd });
  // An agent's hand takes longer from the composer to the panel than a test. Slate reads the caret on a throttled
  // timer (100 ms) which Firefox holds back once the panel's tab hides this one; give it that time in front.
  await page.run((ms) => new Promise<true>((resolve) => setTimeout(() => resolve(true), ms)), 250);
}

/**
 * Empties the composer as the agent would: Ctrl+A, Backspace. Slate reads the DOM selection a moment after it
 * changes, so a Backspace right after Ctrl+A may delete one character only; the agent would press them again.
 */
export async function clearComposer(page: DrivenPage): Promise<void> {
  await page.bringToFront();
  await focusComposer(page);
  await waitFor(
    async () => {
      if ((await composerModelText(page)) === '') return true;
      await page.pressWithControl('a');
      await page.press('Backspace');
      return false;
    },
    { timeoutMs: 5_000, what: 'the composer to be empty' },
  );
}

/** Runs in the page: clicks the first button whose text is `text`; false when there is none. */
function clickButtonWithText(text: string): boolean {
  const button = [...document.querySelectorAll('button')].find((candidate) => candidate.textContent === text);
  button?.click();
  return button !== undefined;
}

export async function clickSend(page: DrivenPage): Promise<void> {
  if (!(await page.run(clickButtonWithText, 'Send'))) throw new Error('no Send button on the page');
}

/** The panel's status text. */
export async function panelStatus(panel: DrivenPage): Promise<string> {
  return panel.run(() => [...document.querySelectorAll<HTMLElement>('[role="status"]')].map((node) => node.innerText).join(' | '));
}

/** Runs in the page: whether an element matches `selector`. */
const isPresent = (selector: string) => document.querySelector(selector) !== null;

export async function waitForReplies(panel: DrivenPage): Promise<void> {
  await waitFor(() => panel.run(isPresent, '#template-search'), {
    timeoutMs: 30_000,
    what: 'the Replies section to appear in the panel',
  });
}

/** Runs in the panel: clicks the button whose accessible name is `name` when `click`; whether there is one. */
function findLabelledButton(name: string, click: boolean): boolean {
  const button = [...document.querySelectorAll('button')].find((candidate) => candidate.getAttribute('aria-label') === name);
  if (click) button?.click();
  return button !== undefined;
}

/**
 * Confirms a header fact the panel read from the page's layout (marked unconfirmed, and kept out of replies until
 * the agent confirms it, issue 13). Fails if the panel offers no such confirmation.
 */
export async function confirmFact(panel: DrivenPage, label: string): Promise<void> {
  const name = `Confirm the ${label}`;
  await waitFor(() => panel.run(findLabelledButton, name, true), { timeoutMs: 10_000, what: `the panel to offer "${name}"` });
  await waitFor(async () => !(await panel.run(findLabelledButton, name, false)), {
    timeoutMs: 5_000,
    what: `the ${label} to be confirmed`,
  });
}

/** Searches the panel's replies as the agent would and presses Enter on the first. */
export async function chooseReply(panel: DrivenPage, query: string): Promise<void> {
  await panel.bringToFront();
  await waitForReplies(panel);
  await panel.run(() => {
    const search = document.querySelector<HTMLInputElement>('#template-search')!;
    search.focus();
    search.select();
  });
  await panel.press('Backspace');
  await panel.type(query);
  await waitFor(() => panel.run(() => document.querySelector('#template-list [role="option"]')?.textContent ?? ''), {
    timeoutMs: 5_000,
    what: `a reply to match "${query}"`,
  });
  await panel.press('Enter');
}

export async function waitForPanelStatus(panel: DrivenPage, text: string): Promise<string> {
  let last = '';
  try {
    return await waitFor(
      async () => {
        last = await panelStatus(panel);
        return last.includes(text) ? last : undefined;
      },
      { timeoutMs: 15_000, what: `the panel to say "${text}"` },
    );
  } catch (error) {
    throw new Error(`${(error as Error).message}; it says "${last}"`, { cause: error });
  }
}

/** Waits until the panel says one of `texts` (when a race decides which of two correct messages comes first). */
export async function waitForEitherStatus(panel: DrivenPage, texts: readonly string[]): Promise<string> {
  let last = '';
  try {
    return await waitFor(
      async () => {
        last = await panelStatus(panel);
        return texts.some((text) => last.includes(text)) ? last : undefined;
      },
      { timeoutMs: 15_000, what: `the panel to say one of ${texts.map((text) => `"${text}"`).join(', ')}` },
    );
  } catch (error) {
    throw new Error(`${(error as Error).message}; it says "${last}"`, { cause: error });
  }
}

/**
 * Editors whose paste puts a reply of several paragraphs in paragraphs of its own, splitting the one at the cursor
 * (TinyMCE; the space that began the rest of the draft goes with the split).
 */
const SPLITS_PARAGRAPH_AT_CURSOR: readonly TestEditor[] = ['tinymce'];

function draftWithReply(editor: TestEditor): string {
  return SPLITS_PARAGRAPH_AT_CURSOR.includes(editor) ? `${HEAD}\n\n${DPD_REPLY}\n\n${TAIL.trimStart()}` : HEAD + DPD_REPLY + TAIL;
}

/** The text without whitespace (editors differ in the line breaks they show); '' when there is no composer. */
const words = (text: string | null) => (text ?? '').replace(/\s+/g, '');

/**
 * The scenario every editor passes: the reply chosen in the panel lands at the cursor keeping the agent's draft on
 * both sides, the editor's model holds it (the words the agent sees are the words Send would post), one Ctrl+Z
 * removes the whole reply, and Send posts exactly the reply.
 */
/**
 * An editor page whose customer sent a screenshot and a photo (`?with-attachments`): the photos are checked, the
 * IMEIs are read from the screenshot, and the IMEI reply, filled with the number read, lands in the editor.
 */
export async function photosNumbersAndReplyScenario(panel: DrivenPage, page: DrivenPage): Promise<void> {
  const imei = DEMO_IDENTIFIERS.aboutPhone.imei;
  const photos = await waitFor(
    async () => {
      const text = await panel.run(() => document.querySelector('#photos')?.textContent ?? '');
      return text.includes('Screenshot_20261114-104302.png') && !text.includes('Checking') ? text : undefined;
    },
    { timeoutMs: 60_000, what: 'the two attachments to be checked' },
  );
  expect(photos).toContain('IMG_4101.jpg');
  await waitFor(
    async () => {
      const { values } = await panel.run(numberReadings, 'imei');
      return values.includes(imei) ? true : undefined;
    },
    { timeoutMs: 90_000, what: "the screenshot's IMEI to be read" },
  );
  await chooseReply(panel, 'IMEI confirm');
  await waitForPanelStatus(panel, 'Inserted into the reply box');
  const model = await composerModelText(page);
  expect(words(model)).toContain(imei);
  expect(model).not.toContain('{{');
}

export async function insertReplyScenario(page: DrivenPage, panel: DrivenPage, editor: TestEditor): Promise<void> {
  await typeDraft(page, DRAFT, TAIL.length);

  await chooseReply(panel, 'DPD Pickup');
  await waitForPanelStatus(panel, 'Inserted into the reply box');
  // The framework's model: what Send would post.
  const withReply = await composerModelText(page);
  expect(withReply).toBe(draftWithReply(editor));
  expect(words(await composerDomText(page))).toBe(words(withReply));

  await page.bringToFront();
  await focusComposer(page);
  await page.pressWithControl('z');
  await waitForModelText(page, DRAFT, 'one Ctrl+Z to remove the reply');

  await clearComposer(page);
  await chooseReply(panel, 'DPD Pickup');
  await waitForPanelStatus(panel, 'Inserted into the reply box');
  // The panel may still show the first insertion's notice: Send once the reply is in, as the agent would.
  await waitForModelText(page, DPD_REPLY, 'the reply to be in the emptied composer');
  await page.bringToFront();
  await clickSend(page);
  const posted = await waitFor(async () => (await postedMessages(page)).at(-1), { timeoutMs: 5_000, what: 'Send to post' });
  expect(posted).toBe(DPD_REPLY);
  await waitForModelText(page, '', 'Send to empty the composer');
}

/**
 * A composer that refuses the text, or would take only part of it: the panel says `notice` and the agent's draft
 * is left exactly as it was.
 */
export async function refusedReplyScenario(
  page: DrivenPage,
  panel: DrivenPage,
  notice = 'The reply box did not accept the text',
): Promise<void> {
  await typeDraft(page, DRAFT, TAIL.length);
  const domBefore = await composerDomText(page);
  await chooseReply(panel, 'DPD Pickup');
  await waitForPanelStatus(panel, notice);
  expect(await composerModelText(page)).toBe(DRAFT);
  expect(await composerDomText(page)).toBe(domBefore);
}
