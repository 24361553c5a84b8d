import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { grantedAttachmentHosts, grantedExtraOrigins, syncExtraOriginScripts } from '@/utils/extension/extra-origins';
import { DEFAULT_SETTINGS } from '@/utils/settings';

/** Grants as the browser reports them: the manifest's platform origin, an allowed site and an attachment host. */
async function grant(extraOrigins: string[]) {
  await fakeBrowser.storage.local.set({ settings: { ...structuredClone(DEFAULT_SETTINGS), extraOrigins } });
  Object.assign(fakeBrowser, {
    permissions: {
      getAll: vi.fn(async () => ({
        origins: ['https://www.backmarket.fr/*', 'https://support.example.com/*', 'https://cdn.example.com/*', 'http://localhost/*'],
        permissions: ['scripting'],
      })),
    },
  });
  vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({ host_permissions: ['https://www.backmarket.fr/*'] } as never);
  const registerContentScripts = vi.fn(async () => undefined);
  Object.assign(fakeBrowser, {
    scripting: {
      registerContentScripts,
      getRegisteredContentScripts: vi.fn(async () => []),
      unregisterContentScripts: vi.fn(async () => undefined),
    },
  });
  return registerContentScripts;
}

afterEach(() => fakeBrowser.reset());

describe('granted origins: sites versus attachment hosts', () => {
  it('runs the content script only on the sites an admin allowed, never on an attachment host', async () => {
    const register = await grant(['https://support.example.com']);
    expect(await grantedExtraOrigins()).toEqual(['https://support.example.com']);
    expect(await grantedAttachmentHosts()).toEqual(['https://cdn.example.com', 'http://localhost']);
    await syncExtraOriginScripts();
    const matches = (register.mock.calls[0] as unknown as [{ matches: string[] }[]])[0][0]!.matches;
    expect(matches).toContain('https://support.example.com/bo-seller/*');
    expect(matches.some((pattern) => pattern.includes('cdn.example.com') || pattern.includes('localhost'))).toBe(false);
  });

  it('registers nothing when no site is allowed, even with attachment hosts granted', async () => {
    const register = await grant([]);
    await syncExtraOriginScripts();
    expect(register).not.toHaveBeenCalled();
  });
});
