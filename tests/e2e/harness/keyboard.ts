/**
 * What the keyboard tests read from the platform page: the composer and ReturnDesk's overlay (an open shadow root
 * under <returndesk-overlay>). Each takes anything that evaluates a script (a driver's tab, or a Playwright or
 * puppeteer page); the scripts are typed functions sent with `scriptOf`.
 */

import { waitFor } from './bounded';
import { scriptOf } from './script';

export const COMPOSER = '[data-qa="composer-input"]';

interface Evaluates {
  evaluate(script: string): Promise<unknown>;
}

export async function composerValue(page: Evaluates): Promise<string> {
  return (await page.evaluate(
    scriptOf((selector) => document.querySelector<HTMLTextAreaElement>(selector)?.value ?? '', COMPOSER),
  )) as string;
}

/** Focus the composer with the cursor after its text. */
export async function focusComposerEnd(page: Evaluates): Promise<void> {
  await page.evaluate(
    scriptOf((selector) => {
      const composer = document.querySelector<HTMLTextAreaElement>(selector)!;
      composer.focus();
      composer.setSelectionRange(composer.value.length, composer.value.length);
    }, COMPOSER),
  );
}

/** The overlay's status toast, '' when none is shown. */
export async function toastText(page: Evaluates): Promise<string> {
  return (await page.evaluate(
    scriptOf(() => document.querySelector('returndesk-overlay')?.shadowRoot?.querySelector('[data-returndesk-toast]')?.textContent ?? ''),
  )) as string;
}

/** Text of the palette or the shortcut help over the page, '' when neither is open. */
export async function openPaletteText(page: Evaluates): Promise<string> {
  return (await page.evaluate(
    scriptOf(() => document.querySelector('returndesk-overlay')?.shadowRoot?.querySelector('.rd-modal')?.textContent ?? ''),
  )) as string;
}

/** Waits until the composer's text passes `accepts`, and returns it; fails saying `what` did not happen. */
export async function waitForComposer(
  page: Evaluates,
  accepts: (value: string) => boolean,
  what: string,
  timeoutMs: number,
): Promise<string> {
  let last = '';
  return waitFor(
    async () => {
      last = await composerValue(page);
      return accepts(last) ? last : undefined;
    },
    { timeoutMs, what: () => `${what} (the composer holds ${JSON.stringify(last)})` },
  );
}

interface HoldsKeys {
  keyboard: { down(key: string): Promise<unknown>; press(key: string): Promise<unknown>; up(key: string): Promise<unknown> };
}

/** A modifier held while a key is pressed (puppeteer's press takes one key, not "Alt+2"). */
export async function pressWith(page: HoldsKeys, modifier: 'Alt' | 'Control', key: string): Promise<void> {
  await page.keyboard.down(modifier);
  await page.keyboard.press(key);
  await page.keyboard.up(modifier);
}
