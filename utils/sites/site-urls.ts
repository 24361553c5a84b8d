import type { SiteAdapter } from './define';

/**
 * Everything URL-shaped about the sites, derived from what each adapter declares (`pages`): the manifest's
 * content-script matches and host permissions, which tabs count as platform tabs, and the scripts registered for
 * origins an admin granted. Pure; match patterns as both browsers read them
 * (https://developer.mozilla.org/docs/Mozilla/Add-ons/WebExtensions/Match_patterns).
 */

/** The adapters of one build and the local demo origin it knows (null in store builds). */
export interface SiteBuild {
  adapters: readonly SiteAdapter[];
  /** `http://127.0.0.1` in demo builds: where adapters' `demoPaths` are read. */
  demoOrigin: string | null;
}

interface MatchPattern {
  scheme: string;
  host: string;
  port: string | null;
  path: string;
}

const PATTERN = /^(\*|https?|wss?|file|ftp):\/\/(\*|\*\.[^/*:]+|[^/*:]+)(?::(\d+))?(\/.*)$/;

export function parseMatchPattern(pattern: string): MatchPattern | null {
  if (pattern === '<all_urls>') return { scheme: '*', host: '*', port: null, path: '/*' };
  const parts = PATTERN.exec(pattern);
  if (!parts) return null;
  return { scheme: parts[1]!, host: parts[2]!.toLowerCase(), port: parts[3] ?? null, path: parts[4]! };
}

function globToRegExp(glob: string): RegExp {
  return new RegExp(
    `^${glob
      .split('*')
      .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*')}$`,
  );
}

function hostMatches(patternHost: string, hostname: string): boolean {
  if (patternHost === '*') return true;
  if (patternHost.startsWith('*.')) {
    const base = patternHost.slice(2);
    return hostname === base || hostname.endsWith(`.${base}`);
  }
  return hostname === patternHost;
}

/** Whether a match pattern covers a URL. A pattern without a port covers every port, as in both browsers. */
export function patternMatchesUrl(pattern: string, url: string | URL): boolean {
  const parsed = parseMatchPattern(pattern);
  if (!parsed) return false;
  let target: URL;
  try {
    target = typeof url === 'string' ? new URL(url) : url;
  } catch {
    return false;
  }
  const scheme = target.protocol.slice(0, -1);
  if (parsed.scheme === '*' ? !['http', 'https'].includes(scheme) : parsed.scheme !== scheme) return false;
  if (!hostMatches(parsed.host, target.hostname)) return false;
  if (parsed.port !== null && parsed.port !== (target.port || (scheme === 'https' ? '443' : '80'))) return false;
  return globToRegExp(parsed.path).test(`${target.pathname}${target.search}`);
}

/**
 * The whole-origin pattern for an origin, without its port: Firefox's match patterns have no port, and a host
 * granted once is the same host on any port for the agent.
 */
export function originPattern(origin: string): string {
  const { protocol, hostname } = new URL(origin);
  return `${protocol}//${hostname}/*`;
}

/** The origin part of a match pattern (`https://www.backmarket.fr/bo-seller/*` -> `https://www.backmarket.fr`). */
function patternOrigin(pattern: string): string {
  return pattern.slice(0, pattern.indexOf('/', pattern.indexOf('://') + 3));
}

/** One adapter's page patterns in this build: its origins × paths, and its demo paths on the demo origin. */
export function adapterPagePatterns(adapter: SiteAdapter, demoOrigin: string | null): string[] {
  const live = adapter.pages.origins.flatMap((origin) => adapter.pages.paths.map((path) => `${origin}${path}`));
  const demo = demoOrigin ? (adapter.pages.demoPaths ?? []).map((path) => `${demoOrigin}${path}`) : [];
  return [...live, ...demo];
}

/** The content script's matches (and the context menu's pages): where some adapter reads conversations. */
export function contentScriptMatches(build: SiteBuild): string[] {
  return [...new Set(build.adapters.flatMap((adapter) => adapterPagePatterns(adapter, build.demoOrigin)))];
}

/** Host permissions: the whole origins of those pages, because attachments and the folder JSON live beside them. */
export function hostPermissions(build: SiteBuild): string[] {
  return [...new Set(contentScriptMatches(build).map((pattern) => `${patternOrigin(pattern)}/*`))];
}

/** True for a URL on one of the sites' origins (any path): a tab the panel follows. */
export function isSiteUrl(url: string | undefined, build: SiteBuild): boolean {
  if (!url) return false;
  return hostPermissions(build).some((pattern) => patternMatchesUrl(pattern, url));
}

/** Where the content script runs on an origin an admin granted: the reading adapter's conversation paths there. */
export function grantedOriginMatches(adapter: SiteAdapter, origin: string): string[] {
  const { protocol, host } = new URL(origin);
  return adapter.pages.paths.map((path) => `${protocol}//${host}${path}`);
}
