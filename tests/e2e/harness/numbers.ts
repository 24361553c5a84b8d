import { scriptOf } from './script';

/** The panel's Numbers section as a test reads it. */
export interface NumberReadings {
  /** Reading is under way (a busy region or a progress bar). */
  busy: boolean;
  /** `data-value` (digits only) of every number listed for the kind. */
  values: string[];
  text: string;
}

/** Runs in the panel page: the values listed for a kind, and whether reading has settled. */
export function numberReadings(kind: string): NumberReadings {
  const section = document.querySelector('#numbers');
  if (!section) return { busy: true, values: [], text: '' };
  const busy = section.querySelector('[aria-busy="true"], [role="progressbar"]') !== null;
  const values = [...section.querySelectorAll('[data-kind]')]
    .filter((node) => node.getAttribute('data-kind') === kind)
    .map((node) => node.getAttribute('data-value') ?? '');
  return { busy, values, text: (section.textContent ?? '').slice(0, 4000) };
}

/** Runs in the panel page: how many images of the Numbers section are finished (read now or from the cache). */
export function numbersDone(): number {
  return [...document.querySelectorAll('#numbers .numbers-image')].filter((item) =>
    /read in \d+ ms|from cache/.test(item.textContent ?? ''),
  ).length;
}

/** Runs in the panel page: how many images the Numbers section lists. */
export function numbersListed(): number {
  return document.querySelectorAll('#numbers .numbers-image').length;
}

/**
 * `numberReadings` as source, for a test that still holds a browser's own page (privacy-chromium.test.ts, being
 * moved to the driver); driver tests run `numberReadings` with `DrivenTab.run`.
 */
export const READINGS_SCRIPT = (kind: string) => scriptOf(numberReadings, kind);
