import { WARRANTY_STATE_LABELS } from '@/utils/sites/snapshot';
import { waitFor } from './bounded';
import { scriptOf } from './script';
import type { DemoConversation } from './demo-platform';

/** What a person sees in the panel, read from its DOM the same way in Chromium (Playwright) and Firefox (puppeteer). */
export interface PanelView {
  /** `<dt>` text → `<dd>` text of the Conversation section, whitespace collapsed. */
  header: Record<string, string>;
  /** Text of every `role="status"` element. */
  status: string;
  /** `<h2>` headings, in order. */
  headings: string[];
  /** The whole visible text, for problem messages. */
  text: string;
}

/** Anything that can run a script in a page: Playwright's and puppeteer's `page.evaluate` both take a string. */
export type Evaluate = (script: string) => Promise<unknown>;

/** Runs in the panel page (sent as source by `scriptOf`/`DrivenTab.run`): what a person sees there. */
export function panelView(): PanelView {
  const clean = (node: Element | null | undefined) =>
    (node ? ((node as HTMLElement).innerText ?? node.textContent ?? '') : '').replace(/\s+/g, ' ').trim();
  const header: Record<string, string> = {};
  const section = document.querySelector('section[aria-label="Conversation"]');
  if (section) {
    for (const term of section.querySelectorAll('dt')) {
      let value = term.nextElementSibling;
      while (value && value.tagName !== 'DD' && value.tagName !== 'DT') value = value.nextElementSibling;
      if (value?.tagName === 'DD') header[clean(term)] = clean(value);
    }
  }
  return {
    header,
    status: [...document.querySelectorAll('[role="status"]')].map(clean).filter(Boolean).join(' | '),
    headings: [...document.querySelectorAll('h2')].map(clean),
    text: clean(document.body),
  };
}

const READ_PANEL_SCRIPT = scriptOf(panelView);

export async function readPanel(evaluate: Evaluate): Promise<PanelView> {
  return (await evaluate(READ_PANEL_SCRIPT)) as PanelView;
}

/** The header fields the panel must show for a demo conversation: label → text the `<dd>` must contain. */
export function expectedHeader(conversation: DemoConversation): Record<string, string[]> {
  const expected: Record<string, string[]> = {
    Customer: [conversation.customerName],
    Order: [conversation.orderId],
    Product: [conversation.productTitle],
    Category: [conversation.category],
  };
  if (conversation.warrantyState) {
    expected.Warranty = [WARRANTY_STATE_LABELS[conversation.warrantyState]];
  }
  if (conversation.carrier) {
    expected.Carrier = [conversation.carrier, ...(conversation.trackingNumber ? [conversation.trackingNumber] : [])];
  }
  return expected;
}

/** Differences between what the panel shows and what it should show, one readable line each; empty when right. */
export function headerMismatches(view: PanelView, expected: Record<string, string[]>): string[] {
  const mismatches: string[] = [];
  for (const [label, parts] of Object.entries(expected)) {
    const shown = view.header[label];
    if (shown === undefined) {
      mismatches.push(`${label}: missing (panel shows ${JSON.stringify(view.header)}; status "${view.status}")`);
      continue;
    }
    for (const part of parts) {
      if (!shown.includes(part)) mismatches.push(`${label}: shows "${shown}", expected it to contain "${part}"`);
    }
  }
  return mismatches;
}

/** Waits until the panel header matches `conversation`; returns the last view either way, and the mismatches. */
export async function waitForPanelHeader(
  evaluate: Evaluate,
  conversation: DemoConversation,
  timeoutMs = 15_000,
): Promise<{ view: PanelView; mismatches: string[] }> {
  const expected = expectedHeader(conversation);
  let last: { view: PanelView; mismatches: string[] } | undefined;
  try {
    return await waitFor(
      async () => {
        const view = await readPanel(evaluate);
        last = { view, mismatches: headerMismatches(view, expected) };
        return last.mismatches.length === 0 ? last : undefined;
      },
      { timeoutMs, what: `the panel to show ${conversation.path}` },
    );
  } catch (error) {
    if (last) return last;
    throw error;
  }
}

/** Waits until the panel's status text contains `text`. */
export async function waitForPanelStatus(evaluate: Evaluate, text: string, timeoutMs = 15_000): Promise<PanelView> {
  let last: PanelView | undefined;
  try {
    return await waitFor(
      async () => {
        last = await readPanel(evaluate);
        return last.status.includes(text) ? last : undefined;
      },
      { timeoutMs, what: `the panel status to say "${text}"` },
    );
  } catch (error) {
    if (last)
      throw new Error(`${(error as Error).message}; it says "${last.status}" (header ${JSON.stringify(last.header)})`, { cause: error });
    throw error;
  }
}

/**
 * Waits until the panel's text has stopped changing (photo checks and OCR fill it in after the header), so a
 * screenshot shows results rather than "Checking…". Gives up quietly after `timeoutMs`.
 */
export async function waitForPanelToSettle(evaluate: Evaluate, timeoutMs = 20_000, quietMs = 1_500): Promise<PanelView> {
  const deadline = Date.now() + timeoutMs;
  let last = await readPanel(evaluate);
  let stableSince = Date.now();
  while (Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    const view = await readPanel(evaluate);
    if (view.text !== last.text) {
      last = view;
      stableSince = Date.now();
    } else if (Date.now() - stableSince >= quietMs) {
      break;
    }
  }
  return last;
}
