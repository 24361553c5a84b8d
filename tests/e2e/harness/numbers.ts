/**
 * Reads the panel's Numbers section: the values (digits only) listed for a kind, and whether reading has settled.
 * A string, not a function: it is evaluated in the page by both Playwright and puppeteer.
 */
export const READINGS_SCRIPT = (kind: string) => `(() => {
  const section = document.querySelector('#numbers');
  if (!section) return { busy: true, values: [], text: '' };
  const busy = section.querySelector('[aria-busy="true"], [role="progressbar"]') !== null;
  const values = [...section.querySelectorAll('[data-kind="${kind}"]')].map((node) => node.getAttribute('data-value'));
  return { busy, values, text: section.textContent.slice(0, 4000) };
})()`;

/** How many images of the Numbers section are finished (read now or from the cache), and how many are listed. */
export const NUMBERS_DONE_SCRIPT = `[...document.querySelectorAll('#numbers .numbers-image')].filter((item) => /read in \\d+ ms|from cache/.test(item.textContent)).length`;
export const NUMBERS_LISTED_SCRIPT = `document.querySelectorAll('#numbers .numbers-image').length`;
