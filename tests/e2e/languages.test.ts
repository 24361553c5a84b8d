import { expect, it } from 'vitest';
import { describeInBrowsers, waitFor, type Driver } from './harness/driver';
import { describeRequests } from './harness/request-recorder';

/**
 * Replies in the customer's language (issue 17): on the demo's French folder the panel picks French and inserts a
 * French reply; on the German folder, German; the per-case switch turns a case to English.
 */

const FRENCH = '104821015'; // Camille Lefèvre, fr-fr
const GERMAN = '104821027'; // Jonas Becker, de-de
const PICKUP_REPLY = '#template-return-label-dhl-pickup';
const COMPOSER = 'textarea[aria-label="Reply to the customer"]';

const clearComposer = (driver: Driver) =>
  driver.page.run((selector) => {
    const composer = document.querySelector<HTMLTextAreaElement>(selector);
    if (composer) composer.value = '';
    return Boolean(composer);
  }, COMPOSER);

const replyLocale = (driver: Driver) =>
  driver.panel.run(() => document.querySelector('[data-reply-locale]')?.getAttribute('data-reply-locale') ?? undefined);

async function openFolder(driver: Driver, folderId: string): Promise<void> {
  await driver.openConversation(`${driver.origin}/bo-seller/customer-care/folders/${folderId}`);
  await driver.openPanel();
  await driver.panel.bringToFront();
  await waitFor(() => driver.panel.run((selector) => Boolean(document.querySelector(selector)), PICKUP_REPLY), {
    timeoutMs: 30_000,
    what: 'the replies list',
  });
  expect(await clearComposer(driver), 'the reply box is on the page').toBe(true);
}

async function waitForLocale(driver: Driver, locale: string): Promise<void> {
  let shown: string | undefined;
  await waitFor(async () => (shown = await replyLocale(driver)) === locale, {
    timeoutMs: 15_000,
    what: () => `the replies to be in ${locale} (they are in ${shown})`,
  });
}

async function insertPickupReply(driver: Driver): Promise<string> {
  await driver.panel.clickOn(PICKUP_REPLY);
  return waitFor(
    async () => {
      const value = await driver.page.run((selector) => document.querySelector<HTMLTextAreaElement>(selector)?.value ?? '', COMPOSER);
      return value || undefined;
    },
    { timeoutMs: 10_000, what: 'the reply to reach the composer' },
  );
}

describeInBrowsers('reply language', (use) => {
  it('picks French on the French conversation and inserts the French pickup reply', async () => {
    const driver = use();
    await openFolder(driver, FRENCH);
    await waitForLocale(driver, 'fr-fr');
    expect(
      await driver.panel.run(() => document.querySelector<HTMLSelectElement>('#reply-language')?.selectedOptions[0]?.textContent),
    ).toBe('Follow the conversation (French)');
    const reply = await insertPickupReply(driver);
    expect(reply).toMatch(/^Bonjour Camille,\n/);
    expect(reply).toContain('numéro à 10 chiffres situé à côté du mot WAYBILL');
    expect(reply).toMatch(/Bien cordialement$/);
    expect(reply).not.toContain('{{');
  });

  it('picks German on the German conversation, and the switch turns the case to English', async () => {
    const driver = use();
    await openFolder(driver, GERMAN);
    await waitForLocale(driver, 'de-de');
    const reply = await insertPickupReply(driver);
    expect(reply).toMatch(/^Hallo Jonas,\n/);
    expect(reply).toContain('10-stellige Nummer neben dem Wort WAYBILL');
    expect(reply).toMatch(/Freundliche Grüße$/);

    // The agent picks English in the switch: the select changes as a choice in its list changes it.
    await driver.panel.run(() => document.querySelector<HTMLSelectElement>('#reply-language')?.focus());
    await driver.panel.run(() => {
      const select = document.querySelector<HTMLSelectElement>('#reply-language')!;
      select.value = 'en-gb';
      select.dispatchEvent(new Event('input', { bubbles: true }));
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await waitForLocale(driver, 'en-gb');
    await clearComposer(driver);
    expect(await insertPickupReply(driver)).toMatch(/^Hello Jonas,\n[\s\S]*Kind regards$/);
  });

  it('sent no request off 127.0.0.1', () => {
    const { recorder } = use();
    expect(recorder.leaks(), describeRequests(recorder.leaks())).toEqual([]);
  });
});
