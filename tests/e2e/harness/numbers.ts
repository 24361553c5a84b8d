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
