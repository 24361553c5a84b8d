import { DEMO_ORIGIN, DEMO_REQUESTABLE_ATTACHMENT_PATTERNS } from './demo-build';
import { siteAdapters, storeSiteAdapters } from './registry';
import { contentScriptMatches, hostPermissions, type SiteBuild } from './site-urls';

/**
 * The manifest's URL lists for one kind of build, derived from the adapters. Read by wxt.config.ts in Node, where
 * demo-build.ts is never swapped, so the build kind is chosen here rather than by the store-build stub.
 */

export type BuildKind = 'store' | 'demo';

export interface SiteManifest {
  /** The platform content script's `matches`. */
  contentMatches: string[];
  host_permissions: string[];
  /**
   * What the panel may ask for at run time: an attachment's host (any https host; the demo's second origin in demo
   * builds) and, from the options page, another site an admin allows.
   */
  optional_host_permissions: string[];
  /** Pages that may open the panel and options pages as tabs (browser tests, demo builds only). */
  testPageMatches: string[];
  /**
   * Pages whose content script may fetch its overlay stylesheet (WXT's `cssInjectionMode: 'ui'` makes it a web
   * accessible resource): every origin it runs on, those an admin grants at run time (any https origin) included.
   */
  overlayStylesheetMatches: string[];
}

export function siteBuild(kind: BuildKind): SiteBuild {
  return kind === 'demo' ? { adapters: siteAdapters, demoOrigin: DEMO_ORIGIN } : { adapters: storeSiteAdapters, demoOrigin: null };
}

export function siteManifest(kind: BuildKind): SiteManifest {
  const build = siteBuild(kind);
  const demo = kind === 'demo' && DEMO_ORIGIN !== null;
  return {
    contentMatches: contentScriptMatches(build),
    host_permissions: hostPermissions(build),
    optional_host_permissions: ['https://*/*', ...(demo ? DEMO_REQUESTABLE_ATTACHMENT_PATTERNS : [])],
    testPageMatches: demo ? [`${DEMO_ORIGIN}/*`] : [],
    overlayStylesheetMatches: ['https://*/*', ...(demo ? [`${DEMO_ORIGIN}/*`] : [])],
  };
}
