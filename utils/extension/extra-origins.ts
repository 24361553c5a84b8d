import { browser } from 'wxt/browser';
import { CONVERSATION_PATHS } from '../sites/hosts';

/**
 * Origins beyond Back Market's own sites that an admin granted from the options page (optional host permissions).
 * The manifest cannot list them, so the platform content script is registered for them at runtime; that needs the
 * optional `scripting` permission, requested together with the origin.
 */

const SCRIPT_ID = 'returndesk-extra-origins';
const CONTENT_SCRIPT_FILE = 'content-scripts/platform.js';

export function originToMatchPatterns(origin: string): string[] {
  const { protocol, host } = new URL(origin);
  return CONVERSATION_PATHS.map((path) => `${protocol}//${host}${path}`);
}

export async function requestExtraOrigin(origin: string): Promise<boolean> {
  // Must be called from a user gesture in an extension page (options "Grant" button).
  return browser.permissions.request({ origins: [`${new URL(origin).origin}/*`], permissions: ['scripting'] });
}

export async function grantedExtraOrigins(): Promise<string[]> {
  const { origins = [] } = await browser.permissions.getAll();
  const manifest = browser.runtime.getManifest();
  const builtin = [
    ...(manifest.host_permissions ?? []),
    ...(manifest.content_scripts ?? []).flatMap((script) => script.matches ?? []),
  ];
  return extraOriginsAmong(origins, builtin);
}

/** Scheme and host of a match pattern ("https://*.backmarket.fr/bo-seller/*" → https, *.backmarket.fr), or null. */
function patternHost(pattern: string): { scheme: string; host: string } | null {
  const match = /^(https?|\*):\/\/([^/]+)/.exec(pattern);
  return match ? { scheme: match[1]!, host: match[2]!.toLowerCase() } : null;
}

/**
 * The granted origins an admin added, as `https://host`: the browser also reports every built-in pattern (one per
 * Back Market site and conversation path), which must never be listed as removable. Compared by host, not by
 * whole pattern, because the browser may report a built-in pattern with another path than the manifest's.
 */
export function extraOriginsAmong(granted: readonly string[], builtin: readonly string[]): string[] {
  const builtinHosts = builtin.flatMap((pattern) => patternHost(pattern) ?? []);
  const isBuiltin = (host: string) =>
    builtinHosts.some((candidate) => candidate.host === host || (candidate.host.startsWith('*.') && host.endsWith(candidate.host.slice(1))));
  const extra = new Set<string>();
  for (const pattern of granted) {
    const parsed = patternHost(pattern);
    if (!parsed || parsed.scheme !== 'https' || parsed.host.includes('*') || isBuiltin(parsed.host)) continue;
    extra.add(`https://${parsed.host}`);
  }
  return [...extra];
}

/** Makes the registered content scripts match exactly the granted extra origins. */
export async function syncExtraOriginScripts(): Promise<void> {
  if (!browser.scripting?.registerContentScripts) return; // `scripting` not granted: nothing to register
  const origins = await grantedExtraOrigins();
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] });
  if (existing.length > 0) await browser.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
  if (origins.length === 0) return;
  await browser.scripting.registerContentScripts([
    {
      id: SCRIPT_ID,
      js: [CONTENT_SCRIPT_FILE],
      matches: origins.flatMap(originToMatchPatterns),
      runAt: 'document_idle',
      persistAcrossSessions: true,
    },
  ]);
}
