import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { DrivenTab } from './driver';

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

/** The part of axe-core's API used here (it defines `window.axe` when its source runs). */
interface AxeGlobal {
  axe?: {
    run(
      context: Element | null,
      options: { runOnly: { type: 'tag'; values: string[] }; resultTypes: string[] },
    ): Promise<{ violations: { id: string; help: string; nodes: { target: string[]; failureSummary?: string }[] }[] }>;
  };
}

/** Runs in the page, once axe-core is loaded: its violations in `selector`, one line each. */
async function runAxe(selector: string): Promise<string[]> {
  const { axe } = window as unknown as AxeGlobal;
  if (!axe) throw new Error('axe-core is not loaded in this page');
  const result = await axe.run(document.querySelector(selector), {
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
export async function axeViolations(tab: DrivenTab, selector = 'html'): Promise<string[]> {
  // The library's own source, evaluated once per document (it is not one of our page scripts).
  if (!(await tab.run(() => 'axe' in window))) await tab.evaluate(`(() => { ${source()}\n })()`);
  return tab.run(runAxe, selector);
}
