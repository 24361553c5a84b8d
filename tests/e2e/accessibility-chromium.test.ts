import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from './harness/axe';
import { COMPOSER, openPaletteText } from './harness/keyboard';
import { useChromiumSuite } from './harness/suite';
import { waitFor } from './harness/bounded';

/**
 * axe-core on every surface the agent uses, in Chromium, in the states a test can reach: any violation fails.
 * Both colour schemes, since each has its own colours.
 */

const TABLET = '104820257'; // iPad: photos to retake and missing, a suggested request
const DHL = '104820734'; // DHL Express: a label photo with a waybill

for (const colorScheme of ['light', 'dark'] as const) {
  describe(`Chromium, accessibility (${colorScheme})`, () => {
    const suite = useChromiumSuite();

    async function openPanel(folderId: string): Promise<Page> {
      const { origin, session, conversationTab, panelTab } = suite();
      await conversationTab.emulateMedia({ colorScheme });
      await panelTab.emulateMedia({ colorScheme });
      await conversationTab.goto(`${origin}/bo-seller/customer-care/folders/${folderId}`);
      await conversationTab.locator(COMPOSER).waitFor();
      await conversationTab.bringToFront();
      await panelTab.goto(session.extensionUrl('sidepanel.html'));
      await panelTab.bringToFront();
      await panelTab.waitForFunction(() => /\d of \d+\s+shots received/.test(document.querySelector('#photos')?.textContent ?? ''), null, {
        timeout: 60_000,
      });
      return panelTab;
    }

    it('the panel with a checked conversation, a search, the preview and the fill-in form', async () => {
      const panelTab = await openPanel(TABLET);
      expect(await axeViolations(panelTab)).toEqual([]);
      const search = panelTab.getByRole('combobox', { name: 'Search replies' });
      await search.fill('imei confirm');
      await search.press('Enter');
      await panelTab.locator('#fill-imei').waitFor();
      await panelTab.keyboard.type('123');
      expect(await axeViolations(panelTab)).toEqual([]);
      await search.fill('zzzz nothing');
      expect(await axeViolations(panelTab)).toEqual([]);
    });

    it('the panel with numbers read, sections folded, the palette and the shortcut help open', async () => {
      const panelTab = await openPanel(DHL);
      await panelTab.waitForFunction(() => !document.querySelector('#numbers [role="progressbar"]'), null, { timeout: 90_000 });
      expect(await axeViolations(panelTab)).toEqual([]);
      await panelTab.locator('#section-photos button').click();
      await panelTab.locator('#section-numbers button').click();
      expect(await axeViolations(panelTab)).toEqual([]);
      await panelTab.locator('#section-photos button').click();
      await panelTab.locator('#section-numbers button').click();
      await panelTab.keyboard.press('Control+k');
      await panelTab.keyboard.type('dhl');
      expect(await axeViolations(panelTab)).toEqual([]);
      await panelTab.keyboard.press('Escape');
      await panelTab.locator('body').press('?');
      expect(await axeViolations(panelTab)).toEqual([]);
    });

    it('the panel with no conversation to show', async () => {
      const { session, panelTab } = suite();
      await panelTab.emulateMedia({ colorScheme });
      await panelTab.goto(session.extensionUrl('sidepanel.html'));
      await panelTab.waitForFunction(() => document.body.innerText.trim().length > 0);
      expect(await axeViolations(panelTab)).toEqual([]);
    });

    it('the options page', async () => {
      const { session, panelTab } = suite();
      await panelTab.emulateMedia({ colorScheme });
      await panelTab.goto(session.extensionUrl('options.html'));
      await panelTab.waitForFunction(() => document.querySelectorAll('h2').length > 0);
      expect(await axeViolations(panelTab)).toEqual([]);
    });

    it('the shortcut help over the platform page', async () => {
      const { conversationTab } = suite();
      await openPanel(TABLET);
      await conversationTab.bringToFront();
      await conversationTab.locator('h1, h2').first().click();
      await conversationTab.keyboard.press('?');
      await waitFor(async () => (await openPaletteText(conversationTab)) !== '', { timeoutMs: 10_000, what: 'the shortcut help to open' });
      expect(await axeViolations(conversationTab, 'returndesk-overlay')).toEqual([]);
    });
  });
}
