import { expect, it } from 'vitest';
import { axeViolations } from './harness/axe';
import { browserInColourScheme } from './harness/browser-preferences';
import { describeInBrowsers, waitFor, type Driver } from './harness/driver';
import { COMPOSER, openPaletteText } from './harness/keyboard';

/**
 * axe-core on every surface the agent uses, in the states a test can reach: any violation fails. Both colour
 * schemes, since each has its own colours.
 */

const TABLET = '104820257'; // iPad: photos to retake and missing, a suggested request
const DHL = '104820734'; // DHL Express: a label photo with a waybill
const SEARCH = '#template-search';

const present = (selector: string) => Boolean(document.querySelector(selector));

for (const colorScheme of ['light', 'dark'] as const) {
  describeInBrowsers(
    `accessibility (${colorScheme})`,
    (use) => {
      /** The panel page is in the colour scheme under test (else this run would check the other one twice). */
      async function expectColourScheme(driver: Driver): Promise<void> {
        expect(await driver.panel.run(() => (matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light'))).toBe(colorScheme);
      }

      async function openPanel(folderId: string): Promise<Driver> {
        const driver = use();
        await driver.openConversation(`${driver.origin}/bo-seller/customer-care/folders/${folderId}`);
        await waitFor(() => driver.page.run(present, COMPOSER), { timeoutMs: 30_000, what: 'the reply box' });
        await driver.openPanel();
        await driver.panel.bringToFront();
        await waitFor(
          () => driver.panel.run(() => /\d of \d+\s+shots received/.test(document.querySelector('#photos')?.textContent ?? '')),
          { timeoutMs: 60_000, what: 'the photos to be checked' },
        );
        await expectColourScheme(driver);
        return driver;
      }

      it('the panel with a checked conversation, a search, the preview and the fill-in form', async () => {
        const driver = await openPanel(TABLET);
        expect(await axeViolations(driver.panel)).toEqual([]);
        await driver.panel.fill(SEARCH, 'imei confirm');
        await driver.panel.press('Enter');
        await waitFor(() => driver.panel.run(present, '#fill-imei'), { timeoutMs: 10_000, what: 'the fill-in form' });
        await driver.panel.type('123');
        expect(await axeViolations(driver.panel)).toEqual([]);
        await driver.panel.fill(SEARCH, 'zzzz nothing');
        expect(await axeViolations(driver.panel)).toEqual([]);
      });

      it('the panel with numbers read, sections folded, the palette and the shortcut help open', async () => {
        const driver = await openPanel(DHL);
        await waitFor(() => driver.panel.run(() => !document.querySelector('#numbers [role="progressbar"]')), {
          timeoutMs: 90_000,
          what: 'the numbers to be read',
        });
        expect(await axeViolations(driver.panel)).toEqual([]);
        await driver.panel.clickOn('#section-photos button');
        await driver.panel.clickOn('#section-numbers button');
        expect(await axeViolations(driver.panel)).toEqual([]);
        await driver.panel.clickOn('#section-photos button');
        await driver.panel.clickOn('#section-numbers button');
        await driver.panel.press('Control+k');
        await driver.panel.type('dhl');
        expect(await axeViolations(driver.panel)).toEqual([]);
        await driver.panel.press('Escape');
        // "?" where no field has the focus (Escape gives it back to where it was, which may be a field).
        await driver.panel.run(() => (document.activeElement as HTMLElement | null)?.blur());
        await driver.panel.press('?');
        expect(await axeViolations(driver.panel)).toEqual([]);
      });

      it('the panel with no conversation to show', async () => {
        const driver = use();
        await driver.openPanel();
        await waitFor(() => driver.panel.run(() => document.body.innerText.trim().length > 0), {
          timeoutMs: 10_000,
          what: 'the panel to show something',
        });
        expect(await axeViolations(driver.panel)).toEqual([]);
      });

      it('the options page', async () => {
        const driver = use();
        await driver.openPanel('options.html');
        await waitFor(() => driver.panel.run(() => document.querySelectorAll('h2').length > 0), {
          timeoutMs: 10_000,
          what: 'the options page',
        });
        expect(await axeViolations(driver.panel)).toEqual([]);
      });

      it('the shortcut help over the platform page', async () => {
        const driver = await openPanel(TABLET);
        await driver.page.bringToFront();
        await driver.page.clickOn('h1, h2');
        await driver.page.press('?');
        await waitFor(async () => (await openPaletteText(driver.page)) !== '', { timeoutMs: 10_000, what: 'the shortcut help to open' });
        expect(await axeViolations(driver.page, 'returndesk-overlay')).toEqual([]);
      });
    },
    browserInColourScheme(colorScheme),
  );
}
