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
  const required = new Set(
    (browser.runtime.getManifest().host_permissions ?? []).map((pattern: string) => pattern.replace(/\/\*$/, '')),
  );
  return origins
    .map((pattern) => pattern.replace(/\/\*$/, ''))
    .filter((origin) => /^https:\/\/[^*]+$/.test(origin) && !required.has(origin));
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
