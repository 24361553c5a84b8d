import type { Evaluate } from './panel';

/*
 * A mark on the window proves that a navigation was done in the page (pushState/popstate) and not by loading a
 * new document: a reload would drop it.
 */
const MARK = 'returndeskE2eMark';

export async function markDocument(evaluate: Evaluate): Promise<void> {
  await evaluate(`window.${MARK} = true`);
}

export async function documentIsMarked(evaluate: Evaluate): Promise<boolean> {
  return (await evaluate(`window.${MARK} === true`)) as boolean;
}
