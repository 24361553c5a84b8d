import { expect, it } from 'vitest';
import { describeInBrowsers } from './harness/driver';
import { DHL_FOLDER, UPS_FOLDER, insertForAAfterMovingToB } from './harness/case-bound';
import type { Json } from './harness/script';

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
      const { answer, composerBefore, composerAfter, toast } = await insertForAAfterMovingToB(
        driver,
        'Bonjour Priya, voici la réponse pour l’enlèvement DHL.',
      );
      expect(answer.ok).toBe(false);
      expect(answer.message).toMatch(
        new RegExp(
          `^Non effectué : .*conversation ${DHL_FOLDER} \\(Priya\\).*la page affiche maintenant conversation ${UPS_FOLDER} \\(Marcus[^)]*, commande \\d+\\)`,
        ),
      );
      expect(answer.message).not.toMatch(/\border\b|Not done/);
      expect(composerAfter).toBe(composerBefore);
      expect(toast).toContain('Non effectué');
      expect(toast).toContain('commande');
    } finally {
      await driver.storage.set({ settings: own });
    }
  });
});
