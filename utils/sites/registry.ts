import type { SiteAdapter, SelectorMap } from './define';
import backoffice from './adapters/backoffice';
import { demoAdapters } from './demo-build';
import { taughtRoleSelectors, type TaughtSelectors } from './teach/taught-parts';

/** Every site adapter, in the order they are tried. Add a new site by adding its file and one line here. */
export const siteAdapters: readonly SiteAdapter[] = [backoffice, ...demoAdapters];

/**
 * The adapter for a page. Origins an admin granted at runtime (`extraOrigins`) have no adapter of their own: they
 * are read by the back-office adapter, whose selectors are the most tolerant.
 */
export function adapterForUrl(url: URL, extraOrigins: readonly string[] = []): SiteAdapter | null {
  const own = siteAdapters.find((adapter) => adapter.matches(url));
  if (own) return own;
  return extraOrigins.includes(url.origin) ? backoffice : null;
}

/** The adapter's selectors with the user's overrides (options page) on top, and what the agent taught on top of both. */
export function effectiveSelectors(
  adapter: SiteAdapter,
  overrides: Readonly<Record<string, SelectorMap>> | undefined,
  taught?: Readonly<TaughtSelectors>,
): SelectorMap {
  return { ...adapter.defaultSelectors, ...(overrides?.[adapter.id] ?? {}), ...taughtRoleSelectors(adapter, taught?.[adapter.id]) };
}
