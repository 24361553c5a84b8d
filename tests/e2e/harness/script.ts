/**
 * Page scripts as functions with typed arguments. A function is sent as its source text and its arguments as JSON,
 * so the type checker sees both, and no value is ever pasted into source unescaped. The function runs in the
 * browser, not here: it must use only its arguments and the page's globals, never a variable of this module.
 */

/** What can cross into the page: JSON values. */
export type Json = string | number | boolean | null | Json[] | { [key: string]: Json | undefined };

/** A function that can run in a page: JSON arguments, any (structured-clonable) result. */
export type PageFunction<Args extends Json[], Result> = (...args: Args) => Result;

/**
 * The source that runs `fn(...args)` in a page and evaluates to its (awaited) result. Build tools may wrap named
 * functions in a `__name(fn, "name")` helper that exists only in Node; the page gets a stand-in that keeps the
 * function as it is.
 */
export function scriptOf<Args extends Json[], Result>(fn: PageFunction<Args, Result>, ...args: Args): string {
  return `(() => { const __name = (target) => target; return (${fn.toString()})(...${JSON.stringify(args)}); })()`;
}

/** A browser's own page (Playwright's or puppeteer's): both evaluate source. */
export interface EvaluatesSource {
  evaluate(script: string): Promise<unknown>;
}

/**
 * `DrivenTab.run` for code that holds a browser's own page rather than a driver's tab (the launchers, the real side
 * panel): runs `fn(...args)` there and returns its awaited result.
 */
export async function runIn<Args extends Json[], Result>(
  page: EvaluatesSource,
  fn: PageFunction<Args, Result>,
  ...args: Args
): Promise<Awaited<Result>> {
  return (await page.evaluate(scriptOf(fn, ...args))) as Awaited<Result>;
}
