import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { runIn, type EvaluatesSource } from './script';

/**
 * axe-core in a page under test. Its source is evaluated through the driver (which extension pages' CSP does not
 * govern, unlike a <script> tag) and then run on a part of the page; the violations come back as one line each,
 * so a failing test names the rule, the element and how to fix it.
 */

let axeSource: string | undefined;
function source(): string {
  axeSource ??= readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  return axeSource;
}

/** The part of axe-core's API used here, as it sits on the page's window once its source has run. */
interface AxeWindow {
  axe: {
    run(
      context: Element | null,
      options: object,
    ): Promise<{ violations: { id: string; help: string; nodes: { target: string[]; failureSummary?: string }[] }[] }>;
  };
}

/** Runs in the page: axe's violations in the first element matching `selector`, one line each. */
async function runAxe(selector: string): Promise<string[]> {
  const result = await (window as unknown as AxeWindow).axe.run(document.querySelector(selector), {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    resultTypes: ['violations'],
  });
  return result.violations.map(
    (violation) =>
      `${violation.id}: ${violation.help} (${violation.nodes
        .slice(0, 4)
        .map((node) => node.target.join(' ') + (node.failureSummary ? ` — ${node.failureSummary.replace(/\s+/g, ' ').slice(0, 200)}` : ''))
        .join('; ')})`,
  );
}

/**
 * The violations axe finds in `selector` (the whole document by default; shadow roots inside are included), as
 * "rule: help (element, …)" lines. WCAG 2.2 A and AA rules plus axe's best practices.
 */
export async function axeViolations(page: EvaluatesSource, selector = 'html'): Promise<string[]> {
  // axe-core's own source, as published: it cannot be a function of this module, so it is the one script sent as text.
  await page.evaluate(`(() => { if (!window.axe) { ${source()}\n } })()`);
  return runIn(page, runAxe, selector);
}
