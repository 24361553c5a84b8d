import type { SiteAdapter, SelectorMap } from './define';
import backoffice from './adapters/backoffice';
import { demoAdapters, DEMO_ORIGIN } from './demo-build';
import { taughtRoleSelectors, type TaughtSelectors } from './teach/taught-parts';
import { contentScriptMatches, grantedOriginMatches, isSiteUrl, type SiteBuild } from './site-urls';

/** The adapters of store builds, in the order they are tried. Add a new site by adding its file and one line here. */
export const storeSiteAdapters: readonly SiteAdapter[] = [backoffice];

/** Every site adapter of this build (demo builds add the demo platform's). */
export const siteAdapters: readonly SiteAdapter[] = [...storeSiteAdapters, ...demoAdapters];

/** This build's sites: what the manifest, the followed tab and the context menu are derived from. */
export const thisBuildSites: SiteBuild = { adapters: siteAdapters, demoOrigin: DEMO_ORIGIN };

/** Pages where the content script runs in this build (the manifest's matches; the context menu's pages). */
export function siteContentMatches(): string[] {
  return contentScriptMatches(thisBuildSites);
}

/** True for a tab on one of this build's sites (any path). */
export function isSiteTabUrl(url: string | undefined): boolean {
  return isSiteUrl(url, thisBuildSites);
}

/** Where the content script is registered on an origin an admin granted (read by the back-office adapter). */
export function extraOriginMatches(origin: string): string[] {
  return grantedOriginMatches(backoffice, origin);
}

export function adapterById(id: string): SiteAdapter | null {
  return siteAdapters.find((adapter) => adapter.id === id) ?? null;
}

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
