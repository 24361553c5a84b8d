import { browser } from 'wxt/browser';
import { extraOriginMatches } from '../sites/registry';
import { originPattern, patternMatchesUrl } from '../sites/site-urls';
import { loadSettings } from './settings-store';

/**
 * Origins beyond the manifest's that the browser granted (optional host permissions), and what they are for:
 * - other sites an admin allowed in the options ("Other sites", `settings.extraOrigins`): the manifest cannot list
 *   them, so the platform content script is registered for them at runtime; that needs the optional `scripting`
 *   permission, requested together with the origin;
 * - attachment hosts the agent allowed from the panel (every other granted origin): only fetched, never scripted.
 */

const SCRIPT_ID = 'returndesk-extra-origins';
const CONTENT_SCRIPT_FILE = 'content-scripts/platform.js';

export async function requestExtraOrigin(origin: string): Promise<boolean> {
  // Must be called from a user gesture in an extension page (options "Grant" button).
  return browser.permissions.request({ origins: [`${new URL(origin).origin}/*`], permissions: ['scripting'] });
}

/** Granted host patterns beyond the manifest's own host permissions, as origins (`https://cdn.example.com`). */
export async function grantedOptionalOrigins(): Promise<string[]> {
  const { origins = [] } = await browser.permissions.getAll();
  const required = new Set((browser.runtime.getManifest().host_permissions ?? []) as string[]);
  return origins
    .filter((pattern) => !required.has(pattern))
    .map((pattern) => pattern.replace(/\/\*$/, ''))
    .filter((origin) => /^https?:\/\/[^*/]+$/.test(origin));
}

const isListedIn = (origins: readonly string[]) => (granted: string) =>
  origins.some((origin) => patternMatchesUrl(originPattern(origin), granted) || origin === granted);

/** Other sites an admin allowed that the browser still grants. */
export async function grantedExtraOrigins(): Promise<string[]> {
  const [granted, { settings }] = await Promise.all([grantedOptionalOrigins(), loadSettings()]);
  return settings.extraOrigins.filter((origin) => granted.some(isListedIn([origin])));
}

/** Attachment hosts granted from the panel (or the browser's own add-on page): granted, and not an allowed site. */
export async function grantedAttachmentHosts(): Promise<string[]> {
  const [granted, { settings }] = await Promise.all([grantedOptionalOrigins(), loadSettings()]);
  return granted.filter((origin) => !isListedIn(settings.extraOrigins)(origin));
}

/** Makes the registered content scripts match exactly the granted extra sites (never an attachment host). */
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
      matches: origins.flatMap(extraOriginMatches),
      runAt: 'document_idle',
      persistAcrossSessions: true,
    },
  ]);
}
