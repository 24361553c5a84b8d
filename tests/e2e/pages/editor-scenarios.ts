import { expect } from 'vitest';
import { builtinTemplate } from '@/utils/templates/registry';
import { renderTemplate } from '@/utils/templates/render';
import { waitFor } from '../harness/bounded';
import { READINGS_SCRIPT } from '../harness/numbers';
import { DEMO_IDENTIFIERS } from '../../../scripts/demo-platform/identifiers';
import type { TestEditor } from './serve';

/**
 * The insertion scenarios, written once for Playwright (Chromium) and puppeteer (Firefox): both pages can
 * `evaluate` a string, type, and press keys. Scripts sent to the page are plain source strings (see panel.ts).
 */

export interface DrivenPage {
  evaluate(script: string): Promise<unknown>;
  type(text: string): Promise<void>;
  /** One key, e.g. "ArrowLeft", "Enter". */
  press(key: string): Promise<void>;
  /** A key with Control held, e.g. "z", "a". */
  pressWithControl(key: string): Promise<void>;
  bringToFront(): Promise<void>;
}

/**
 * The element the agent types in: the marked composer itself, the editor's root inside it, or the body of the
 * editor's iframe (TinyMCE).
 */
const COMPOSER = `(() => {
  const marked = document.querySelector('[data-qa="composer-input"]');
  if (!marked || marked.matches('textarea, [contenteditable="true"]')) return marked;
  const frame = marked.querySelector('iframe');
  if (frame) return frame.contentDocument?.body ?? null;
  return marked.querySelector('textarea, [contenteditable="true"]');
})()`;

/** The DPD UK reply for the test pages' customer, rendered here as the panel renders it. */
export const DPD_REPLY = renderTemplate(builtinTemplate('return-label-dpd-uk').bodies['en-gb'], { first_name: 'Amelia' }).text;
const HEAD = 'Thanks for your message.';
const TAIL = ' Kind regards, Sam';
const DRAFT = HEAD + TAIL;

/** Waits until the page's editor is on the page (Quill, CKEditor 5 and TinyMCE start after the page loads). */
export async function waitForComposer(page: DrivenPage): Promise<void> {
  await waitFor(async () => (await page.evaluate(`Boolean(${COMPOSER})`)) as boolean, { timeoutMs: 15_000, what: 'the editor to start' });
}

/** What the agent sees in the composer (the DOM). */
export async function composerDomText(page: DrivenPage): Promise<string> {
  return (await page.evaluate(
    `(() => { const c = ${COMPOSER}; if (!c) return null; return 'value' in c ? c.value : c.innerText; })()`,
  )) as string;
}

/** What the page's framework holds: the text its Send would post. */
export async function composerModelText(page: DrivenPage): Promise<string> {
  return (await page.evaluate(
    `(() => { if (window.__editorText) return window.__editorText(); if (window.__model) return window.__model.draft; return ${COMPOSER}?.value ?? null; })()`,
  )) as string;
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
  return (await page.evaluate('window.__posted ?? []')) as string[];
}

/**
 * Focuses the composer as a click would. Firefox gives an empty contenteditable focus but no caret, so typing
 * would go nowhere: put the caret at its end (in an empty editor, in its first line) unless it is already inside.
 * An iframe's body needs its window focused.
 */
export async function focusComposer(page: DrivenPage): Promise<void> {
  await page.evaluate(`(() => {
    const composer = ${COMPOSER};
    composer.ownerDocument.defaultView.focus();
    composer.focus();
    if ('value' in composer) return;
    const selection = composer.ownerDocument.getSelection();
    if (selection.rangeCount > 0 && composer.contains(selection.getRangeAt(0).startContainer)) return;
    if (composer.textContent !== '') {
      selection.selectAllChildren(composer);
      selection.collapseToEnd();
      return;
    }
    // An empty editor's first line (Quill's <p><br></p>): after it, typed text would start a second line.
    let line = composer;
    while (line.firstElementChild && line.firstElementChild.localName !== 'br') line = line.firstElementChild;
    selection.collapse(line, 0);
  })()`);
}

/**
 * Types a draft in the composer and puts the cursor `cursorFromEnd` characters before its end, as a click there
 * would. (Arrow keys sent by puppeteer do not move the caret of a contenteditable in headless Firefox, so the
 * caret is placed with the Selection API; the text itself is typed.)
 */
export async function typeDraft(page: DrivenPage, draft: string, cursorFromEnd: number): Promise<void> {
  await page.bringToFront();
  await focusComposer(page);
  await page.type(draft);
  await waitForModelText(page, draft, 'the editor to hold the typed draft');
  await page.evaluate(`(() => {
    const composer = ${COMPOSER};
    if ('value' in composer) {
      const at = composer.value.length - ${cursorFromEnd};
      composer.setSelectionRange(at, at);
      return;
    }
    const walker = composer.ownerDocument.createTreeWalker(composer, NodeFilter.SHOW_TEXT);
    let last = null;
    while (walker.nextNode()) if (walker.currentNode.data.replace(/\ufeff/g, '')) last = walker.currentNode;
    composer.ownerDocument.getSelection().collapse(last, last.textContent.length - ${cursorFromEnd});
  })()`);
  // An agent's hand takes longer from the composer to the panel than a test. Slate reads the caret on a throttled
  // timer (100 ms) which Firefox holds back once the panel's tab hides this one; give it that time in front.
  await page.evaluate('new Promise((resolve) => setTimeout(resolve, 250))');
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

export async function clickSend(page: DrivenPage): Promise<void> {
  await page.evaluate(`[...document.querySelectorAll('button')].find((b) => b.textContent === 'Send').click()`);
}

/** The panel's status text. */
export async function panelStatus(panel: DrivenPage): Promise<string> {
  return (await panel.evaluate(`[...document.querySelectorAll('[role="status"]')].map((n) => n.innerText).join(' | ')`)) as string;
}

export async function waitForReplies(panel: DrivenPage): Promise<void> {
  await waitFor(async () => (await panel.evaluate(`Boolean(document.querySelector('#template-search'))`)) as boolean, {
    timeoutMs: 30_000,
    what: 'the Replies section to appear in the panel',
  });
}

/** Searches the panel's replies as the agent would and presses Enter on the first; clears earlier notices first. */
/**
 * Confirms a header fact the panel read from the page's layout (marked unconfirmed, and kept out of replies until
 * the agent confirms it, issue 13). Fails if the panel offers no such confirmation.
 */
export async function confirmFact(panel: DrivenPage, label: string): Promise<void> {
  const name = `Confirm the ${label}`;
  await waitFor(
    async () =>
      (await panel.evaluate(
        `(() => { const b = [...document.querySelectorAll('button')].find((n) => n.getAttribute('aria-label') === ${JSON.stringify(name)}); if (!b) return false; b.click(); return true; })()`,
      )) as boolean,
    { timeoutMs: 10_000, what: `the panel to offer "${name}"` },
  );
  await waitFor(
    async () =>
      !((await panel.evaluate(
        `[...document.querySelectorAll('button')].some((n) => n.getAttribute('aria-label') === ${JSON.stringify(name)})`,
      )) as boolean),
    { timeoutMs: 5_000, what: `the ${label} to be confirmed` },
  );
}

export async function chooseReply(panel: DrivenPage, query: string): Promise<void> {
  await panel.bringToFront();
  await waitForReplies(panel);
  await panel.evaluate(`(() => { const s = document.querySelector('#template-search'); s.focus(); s.select(); })()`);
  await panel.press('Backspace');
  await panel.type(query);
  await waitFor(
    async () => (await panel.evaluate(`document.querySelector('#template-list [role="option"]')?.textContent ?? ''`)) as string,
    { timeoutMs: 5_000, what: `a reply to match "${query}"` },
  );
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

const words = (text: string) => text.replace(/\s+/g, '');

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
      const text = (await panel.evaluate(`document.querySelector('#photos')?.textContent ?? ''`)) as string;
      return text.includes('Screenshot_20261114-104302.png') && !text.includes('Checking') ? text : undefined;
    },
    { timeoutMs: 60_000, what: 'the two attachments to be checked' },
  );
  expect(photos).toContain('IMG_4101.jpg');
  await waitFor(
    async () => {
      const { values } = (await panel.evaluate(READINGS_SCRIPT('imei'))) as { values: string[] };
      return values.includes(imei) ? true : undefined;
    },
    { timeoutMs: 90_000, what: "the screenshot's IMEI to be read" },
  );
  await chooseReply(panel, 'IMEI confirm');
  await waitForPanelStatus(panel, 'Inserted into the reply box');
  const model = await composerModelText(page);
  expect(model.replace(/\s/g, '')).toContain(imei);
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
