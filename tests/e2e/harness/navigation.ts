import type { Evaluate } from './panel';
import { scriptOf } from './script';

/*
 * A mark on the window proves that a navigation was done in the page (pushState/popstate) and not by loading a
 * new document: a reload would drop it.
 */
const MARK = 'returndeskE2eMark';

/** Runs in the page: sets the mark when `set`; whether the window carries it. */
function windowMark(name: string, set: boolean): boolean {
  const marks = window as unknown as Record<string, boolean | undefined>;
  if (set) marks[name] = true;
  return marks[name] === true;
}

export async function markDocument(evaluate: Evaluate): Promise<void> {
  await evaluate(scriptOf(windowMark, MARK, true));
}

export async function documentIsMarked(evaluate: Evaluate): Promise<boolean> {
  return (await evaluate(scriptOf(windowMark, MARK, false))) as boolean;
}
