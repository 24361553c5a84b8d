/**
 * The order the panel reads numbers in: an image the agent picked with the context menu first, then the
 * screenshots the photo check found (IMEIs are usually there, and a camera photo of a device takes seconds to
 * read), then the rest in the conversation's order. Stable: ties keep their order.
 */
export function numbersReadingOrder<Target extends { url: string; origin: 'conversation' | 'context-menu' }>(
  targets: readonly Target[],
  readFirst: ReadonlySet<string>,
): Target[] {
  const rank = (target: Target) => (target.origin === 'context-menu' ? 0 : readFirst.has(target.url) ? 1 : 2);
  return [...targets].sort((a, b) => rank(a) - rank(b));
}
