import { poll } from '../harness/bounded';

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

const COMPOSER = `document.querySelector('[data-qa="composer-input"]')`;

/** What the agent sees in the composer (the DOM). */
export async function composerDomText(page: DrivenPage): Promise<string> {
  return (await page.evaluate(`(() => { const c = ${COMPOSER}; if (!c) return null; return 'value' in c ? c.value : c.innerText; })()`)) as string;
}

/** What the page's framework holds: the text its Send would post. */
export async function composerModelText(page: DrivenPage): Promise<string> {
  return (await page.evaluate(
    `(() => { if (window.__editorText) return window.__editorText(); if (window.__model) return window.__model.draft; return ${COMPOSER}?.value ?? null; })()`,
  )) as string;
}

export async function postedMessages(page: DrivenPage): Promise<string[]> {
  return (await page.evaluate('window.__posted ?? []')) as string[];
}

/**
 * Focuses the composer as a click would. Firefox gives an empty contenteditable focus but no caret, so typing
 * would go nowhere: put the caret at its end unless it is already inside.
 */
export async function focusComposer(page: DrivenPage): Promise<void> {
  await page.evaluate(`(() => {
    const composer = ${COMPOSER};
    composer.focus();
    if ('value' in composer) return;
    const selection = getSelection();
    if (selection.rangeCount > 0 && composer.contains(selection.getRangeAt(0).startContainer)) return;
    selection.selectAllChildren(composer);
    selection.collapseToEnd();
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
  await page.evaluate(`(() => {
    const composer = ${COMPOSER};
    if ('value' in composer) {
      const at = composer.value.length - ${cursorFromEnd};
      composer.setSelectionRange(at, at);
      return;
    }
    const walker = document.createTreeWalker(composer, NodeFilter.SHOW_TEXT);
    let last = null;
    while (walker.nextNode()) last = walker.currentNode;
    getSelection().collapse(last, last.textContent.length - ${cursorFromEnd});
  })()`);
}

export async function clearComposer(page: DrivenPage): Promise<void> {
  await page.bringToFront();
  await focusComposer(page);
  await page.pressWithControl('a');
  await page.press('Backspace');
  await poll(async () => (await composerModelText(page)) === '', { timeoutMs: 5_000, what: 'the composer to be empty' });
}

export async function clickSend(page: DrivenPage): Promise<void> {
  await page.evaluate(`[...document.querySelectorAll('button')].find((b) => b.textContent === 'Send').click()`);
}

/** The panel's status text. */
export async function panelStatus(panel: DrivenPage): Promise<string> {
  return (await panel.evaluate(
    `[...document.querySelectorAll('[role="status"]')].map((n) => n.innerText).join(' | ')`,
  )) as string;
}

export async function waitForReplies(panel: DrivenPage): Promise<void> {
  await poll(async () => (await panel.evaluate(`Boolean(document.querySelector('#template-search'))`)) as boolean, {
    timeoutMs: 30_000,
    what: 'the Replies section to appear in the panel',
  });
}

/** Searches the panel's replies as the agent would and presses Enter on the first; clears earlier notices first. */
export async function chooseReply(panel: DrivenPage, query: string): Promise<void> {
  await panel.bringToFront();
  await waitForReplies(panel);
  await panel.evaluate(`(() => { const s = document.querySelector('#template-search'); s.focus(); s.select(); })()`);
  await panel.press('Backspace');
  await panel.type(query);
  await poll(
    async () =>
      (await panel.evaluate(`document.querySelector('#template-list [role="option"]')?.textContent ?? ''`)) as string,
    { timeoutMs: 5_000, what: `a reply to match "${query}"` },
  );
  await panel.press('Enter');
}

export async function waitForPanelStatus(panel: DrivenPage, text: string): Promise<string> {
  let last = '';
  try {
    return await poll(
      async () => {
        last = await panelStatus(panel);
        return last.includes(text) ? last : undefined;
      },
      { timeoutMs: 15_000, what: `the panel to say "${text}"` },
    );
  } catch (error) {
    throw new Error(`${(error as Error).message}; it says "${last}"`);
  }
}

/** Waits until the panel says one of `texts` (when a race decides which of two correct messages comes first). */
export async function waitForEitherStatus(panel: DrivenPage, texts: readonly string[]): Promise<string> {
  let last = '';
  try {
    return await poll(
      async () => {
        last = await panelStatus(panel);
        return texts.some((text) => last.includes(text)) ? last : undefined;
      },
      { timeoutMs: 15_000, what: `the panel to say one of ${texts.map((text) => `"${text}"`).join(', ')}` },
    );
  } catch (error) {
    throw new Error(`${(error as Error).message}; it says "${last}"`);
  }
}
