import { describe, expect, it } from 'vitest';
import { describeRequests } from './harness/request-recorder';
import { useChromiumSuite } from './harness/suite';

/**
 * Replies in the customer's language (issue 17), in Chromium: on the demo's French folder the panel picks French
 * and inserts a French reply; on the German folder, German; the per-case switch turns a case to English.
 */

const FRENCH = '104821015'; // Camille Lefèvre, fr-fr
const GERMAN = '104821027'; // Jonas Becker, de-de

describe('Chromium, reply language', () => {
  const suite = useChromiumSuite();

  async function openFolder(folderId: string) {
    const { origin, session, conversationTab, panelTab } = suite();
    await conversationTab.goto(`${origin}/bo-seller/customer-care/folders/${folderId}`);
    await conversationTab.bringToFront();
    await panelTab.goto(session.extensionUrl('sidepanel.html'));
    await panelTab.bringToFront();
    await panelTab.locator('#template-return-label-dhl-pickup').waitFor({ timeout: 30_000 });
    await conversationTab.getByLabel('Reply to the customer').fill('');
  }

  async function insertPickupReply(): Promise<string> {
    const { conversationTab, panelTab } = suite();
    await panelTab.locator('#template-return-label-dhl-pickup').click();
    await panelTab.getByText('Inserted into the reply box').waitFor({ timeout: 10_000 });
    return conversationTab.getByLabel('Reply to the customer').inputValue();
  }

  it('picks French on the French conversation and inserts the French pickup reply', async () => {
    await openFolder(FRENCH);
    const { panelTab } = suite();
    await expect.poll(() => panelTab.locator('[data-reply-locale]').getAttribute('data-reply-locale')).toBe('fr-fr');
    expect(await panelTab.locator('#reply-language option:checked').innerText()).toBe('Follow the conversation (French)');
    const reply = await insertPickupReply();
    expect(reply).toMatch(/^Bonjour Camille,\n/);
    expect(reply).toContain('numéro à 10 chiffres situé à côté du mot WAYBILL');
    expect(reply).toMatch(/Bien cordialement$/);
  });

  it('picks German on the German conversation, and the switch turns the case to English', async () => {
    await openFolder(GERMAN);
    const { panelTab, conversationTab } = suite();
    await expect.poll(() => panelTab.locator('[data-reply-locale]').getAttribute('data-reply-locale')).toBe('de-de');
    const reply = await insertPickupReply();
    expect(reply).toMatch(/^Hallo Jonas,\n/);
    expect(reply).toContain('10-stellige Nummer neben dem Wort WAYBILL');
    expect(reply).toMatch(/Freundliche Grüße$/);

    await panelTab.locator('#reply-language').selectOption('en-gb');
    await expect.poll(() => panelTab.locator('[data-reply-locale]').getAttribute('data-reply-locale')).toBe('en-gb');
    await conversationTab.getByLabel('Reply to the customer').fill('');
    expect(await insertPickupReply()).toMatch(/^Hello Jonas,\n[\s\S]*Kind regards$/);
  });

  it('sent no request off 127.0.0.1', () => {
    const { recorder } = suite();
    expect(recorder.leaks(), describeRequests(recorder.leaks())).toEqual([]);
  });
});
