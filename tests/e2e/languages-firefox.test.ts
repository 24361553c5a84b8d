import { describe, expect, it } from 'vitest';
import { poll } from './harness/bounded';
import { openFirefoxExtensionPage } from './harness/firefox';
import { describeRequests } from './harness/request-recorder';
import { useFirefoxSuite } from './harness/suite';

/**
 * Replies in the customer's language (issue 17), in Firefox ESR's panel: French on the demo's French folder,
 * German on the German one, each inserted into the page's composer.
 */

const CASES = [
  { folderId: '104821015', locale: 'fr-fr', greeting: /^Bonjour Camille,\n/, fact: 'numéro à 10 chiffres situé à côté du mot WAYBILL' },
  { folderId: '104821027', locale: 'de-de', greeting: /^Hallo Jonas,\n/, fact: '10-stellige Nummer neben dem Wort WAYBILL' },
] as const;

const COMPOSER = `document.querySelector('textarea[aria-label="Reply to the customer"]')`;

describe('Firefox ESR, reply language', () => {
  const suite = useFirefoxSuite();

  it.each(CASES)('picks $locale on folder $folderId and inserts the reply in it', async ({ folderId, locale, greeting, fact }) => {
    const { origin, session, recorder, conversationTab, panelTab } = suite();
    await conversationTab.goto(`${origin}/bo-seller/customer-care/folders/${folderId}`, { timeout: 30_000 });
    await conversationTab.bringToFront();
    await openFirefoxExtensionPage(session, panelTab, 'sidepanel.html', recorder.launchpadUrl);
    await panelTab.bringToFront();
    const shown = await poll(
      async () =>
        ((await panelTab.evaluate(
          `document.querySelector('#template-return-label-dhl-pickup') ? document.querySelector('[data-reply-locale]')?.getAttribute('data-reply-locale') : null`,
        )) as string | null) ?? undefined,
      { timeoutMs: 30_000, what: 'the replies list with its language' },
    );
    expect(shown).toBe(locale);

    await conversationTab.evaluate(`(${COMPOSER}).value = ''`);
    await panelTab.evaluate(`document.querySelector('#template-return-label-dhl-pickup').click()`);
    const draft = await poll(
      async () => {
        const value = (await conversationTab.evaluate(`${COMPOSER}?.value ?? ''`)) as string;
        return value ? value : undefined;
      },
      { timeoutMs: 10_000, what: 'the reply to reach the composer' },
    );
    expect(draft).toMatch(greeting);
    expect(draft).toContain(fact);
    expect(draft).not.toContain('{{');
  });

  it('sent no request off 127.0.0.1', () => {
    const { recorder } = suite();
    expect(recorder.leaks(), describeRequests(recorder.leaks())).toEqual([]);
  });
});
