import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/**
 * axe-core in a page under test. Its source is evaluated through the driver (which extension pages' CSP does not
 * govern, unlike a <script> tag) and then run on a part of the page; the violations come back as one line each,
 * so a failing test names the rule, the element and how to fix it.
 */

interface Evaluates {
  evaluate(script: string): Promise<unknown>;
}

let axeSource: string | undefined;
function source(): string {
  axeSource ??= readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  return axeSource;
}

/**
 * The violations axe finds in `selector` (the whole document by default; shadow roots inside are included), as
 * "rule: help (element, …)" lines. WCAG 2.2 A and AA rules plus axe's best practices.
 */
export async function axeViolations(page: Evaluates, selector = 'html'): Promise<string[]> {
  await page.evaluate(`(() => { if (!window.axe) { ${source()}\n } })()`);
  return (await page.evaluate(`(async () => {
    const result = await window.axe.run(document.querySelector(${JSON.stringify(selector)}), {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
      resultTypes: ['violations'],
    });
    return result.violations.map((violation) =>
      violation.id + ': ' + violation.help + ' (' + violation.nodes.slice(0, 4).map((node) => node.target.join(' ') + (node.failureSummary ? ' — ' + node.failureSummary.replace(/\\s+/g, ' ').slice(0, 200) : '')).join('; ') + ')');
  })()`)) as string[];
}
