import { expect, it } from 'vitest';
import { describeInBrowsers, waitFor } from './harness/driver';
import { DHL_FOLDER, UPS_FOLDER, composerValue, conversationTabId, moveWithPushState, openCase } from './harness/case-bound';
import { toastText } from './harness/keyboard';
import type { Json } from './harness/script';

/** The tab APIs an extension page has (`browser` in Firefox, `chrome` in Chromium), as far as this test uses them. */
interface TabsApi {
  sendMessage(tabId: number, message: unknown): Promise<unknown>;
}

/**
 * The page's own refusals in a French interface (issue 17): the interface-language tests cover the panel's and the
 * options' components; this one covers a message the content script makes, with the conversation it names written
 * the French way ("commande …"), on the page where the agent is looking.
 */
describeInBrowsers('the page’s refusals in a French interface', (use) => {
  it('a reply prepared for A, refused after the page moved to B, is refused in French naming both', async () => {
    const driver = use();
    // The storage is reached through the panel page, an extension page.
    await driver.openPanel();
    const stored = await driver.storage.get('settings');
    const own = (stored !== null && typeof stored === 'object' ? stored : {}) as Record<string, Json>;
    await driver.storage.set({ settings: { ...own, interfaceLanguage: 'fr' } });
    try {
      await openCase(driver, DHL_FOLDER);
      const tabId = await conversationTabId(driver, DHL_FOLDER);
      const platform = await waitFor(
        () =>
          driver.panel.run(async (tab) => {
            const extension = globalThis as unknown as { browser?: { tabs: TabsApi }; chrome?: { tabs: TabsApi } };
            const read = (await (extension.browser ?? extension.chrome)!.tabs.sendMessage(tab, {
              type: 'panel->content:get-snapshot',
            })) as {
              status: string;
              snapshot?: { platform: string };
            };
            return read.snapshot?.platform;
          }, tabId),
        { timeoutMs: 30_000, what: 'the page to read its conversation' },
      );

      await moveWithPushState(driver, UPS_FOLDER);
      await waitFor(() => driver.page.run(() => document.body.textContent?.includes('Marcus')), {
        timeoutMs: 15_000,
        what: 'the page to show B after pushState',
      });
      const before = await composerValue(driver);
      const answer = (await driver.panel.run(
        async (tab, platformId, folderId, label) => {
          const extension = globalThis as unknown as { browser?: { tabs: TabsApi }; chrome?: { tabs: TabsApi } };
          return (extension.browser ?? extension.chrome)!.tabs.sendMessage(tab, {
            type: 'panel->content:insert-text',
            text: 'Bonjour Priya, voici la réponse pour l’enlèvement DHL.',
            forCase: { platform: platformId, folderId, fingerprint: '00000000', label },
          });
        },
        tabId,
        platform,
        DHL_FOLDER,
        `conversation ${DHL_FOLDER} (Priya)`,
      )) as { ok: boolean; message?: string };

      expect(answer.ok).toBe(false);
      expect(answer.message).toMatch(
        new RegExp(
          `^Non effectué : .*conversation ${DHL_FOLDER} \\(Priya\\).*la page affiche maintenant conversation ${UPS_FOLDER} \\(Marcus[^)]*, commande \\d+\\)`,
        ),
      );
      expect(answer.message).not.toMatch(/\border\b|Not done/);
      expect(await composerValue(driver)).toBe(before);
      const toast = await waitFor(
        async () => {
          const text = await toastText(driver.page);
          return text.includes(UPS_FOLDER) ? text : undefined;
        },
        { timeoutMs: 5_000, what: 'the page to show the refusal' },
      );
      expect(toast).toContain('Non effectué');
      expect(toast).toContain('commande');
    } finally {
      await driver.storage.set({ settings: own });
    }
  });
});
