import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { ConversationSnapshot } from '@/utils/sites/snapshot';
import { adapterById } from '@/utils/sites/registry';
import { attachmentAccess, type AttachmentAccess } from '@/utils/sites/attachment-access';
import { originPattern } from '@/utils/sites/site-urls';
import { loadSettings, watchSettings } from '@/utils/extension/settings-store';
import { t } from '@/utils/i18n/translate';

export interface AttachmentAccessState {
  /** False until the browser's grants and the settings are known: nothing is fetched before. */
  ready: boolean;
  decide(url: string): AttachmentAccess;
  /** Changes whenever a decision may change (a host granted or removed, the administrator's list edited). */
  key: string;
  /**
   * Asks the browser for host patterns. Call it straight from a click, before any await: both browsers need the
   * click's user gesture. Attachments are checked as soon as the browser grants them (permissions.onAdded).
   */
  request(patterns: readonly string[]): void;
  /** Said when the browser refused or the agent declined. */
  requestError: string | null;
  /** Patterns of the administrator's attachment hosts the browser has not granted yet: asked for in one click. */
  administratorPatterns: string[];
}

/**
 * Which attachments of the conversation the panel may download: the browser's granted host permissions, what the
 * manifest lets it ask for, the page's adapter and the administrator's attachment hosts, kept current while the
 * panel is open (a host allowed here, in another panel or removed in the options).
 */
export function useAttachmentAccess(snapshot: ConversationSnapshot): AttachmentAccessState {
  const [granted, setGranted] = useState<string[] | null>(null);
  const [administratorOrigins, setAdministratorOrigins] = useState<string[] | null>(null);
  const [requestError, setRequestError] = useState<string | null>(null);

  useEffect(() => {
    let active = true;
    const refresh = () =>
      void browser.permissions.getAll().then(
        ({ origins = [] }) => active && setGranted(origins),
        () => active && setGranted([]),
      );
    refresh();
    void loadSettings().then(({ settings }) => active && setAdministratorOrigins(settings.attachmentHosts));
    const stopWatching = watchSettings(({ settings }) => setAdministratorOrigins(settings.attachmentHosts));
    browser.permissions.onAdded.addListener(refresh);
    browser.permissions.onRemoved.addListener(refresh);
    return () => {
      active = false;
      stopWatching();
      browser.permissions.onAdded.removeListener(refresh);
      browser.permissions.onRemoved.removeListener(refresh);
    };
  }, []);

  const { requestablePatterns, sitePatterns } = useMemo(() => {
    // The polyfill's manifest type has no MV3 optional_host_permissions (any): the lists are strings.
    const manifest = browser.runtime.getManifest() as { optional_host_permissions?: string[]; host_permissions?: string[] };
    return { requestablePatterns: manifest.optional_host_permissions ?? [], sitePatterns: manifest.host_permissions ?? [] };
  }, []);
  const adapter = adapterById(snapshot.platform);
  const decide = useCallback(
    (url: string) =>
      attachmentAccess(url, {
        pageUrl: snapshot.url,
        adapter,
        administratorOrigins: administratorOrigins ?? [],
        grantedPatterns: granted ?? [],
        requestablePatterns,
        sitePatterns,
      }),
    [snapshot.url, adapter, administratorOrigins, granted, requestablePatterns, sitePatterns],
  );

  const request = useCallback((patterns: readonly string[]) => {
    setRequestError(null);
    // First call of the click handler: the user gesture must still be there.
    void browser.permissions.request({ origins: [...patterns] }).then(
      (allowed) => {
        if (!allowed) setRequestError(t('access.browserRefused'));
        // Firefox may not tell this page through onAdded: read the grants again either way.
        return browser.permissions.getAll().then(({ origins = [] }) => setGranted(origins));
      },
      (error: unknown) => setRequestError(`The browser refused: ${String(error).slice(0, 200)}`),
    );
  }, []);

  return {
    ready: granted !== null && administratorOrigins !== null,
    decide,
    key: `${[...(granted ?? [])].sort().join(' ')}|${(administratorOrigins ?? []).join(' ')}`,
    request,
    requestError,
    administratorPatterns: [...new Set((administratorOrigins ?? []).map(originPattern))].filter(
      (pattern) => !(granted ?? []).includes(pattern),
    ),
  };
}
