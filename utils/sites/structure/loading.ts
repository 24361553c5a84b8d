import { isHidden, renderedDescendants } from './tree';

/**
 * A page still drawing its conversation: a busy region (`aria-busy`), a progress indicator, or skeleton
 * placeholders. Asked only when no message could be read, so a page that shows messages and a spinner elsewhere
 * is read as it is.
 */
const PLACEHOLDER = /skeleton|shimmer|placeholder|loading|spinner|loader/i;

export function looksStillLoading(document: Document): boolean {
  const body = document.body;
  if (!body) return true;
  return renderedDescendants(body).some(
    (element) =>
      !isHidden(element) &&
      (element.getAttribute('aria-busy') === 'true' ||
        element.getAttribute('role') === 'progressbar' ||
        PLACEHOLDER.test(element.getAttribute('class') ?? '')),
  );
}
