import { expect } from 'vitest';
import { DEMO_IDENTIFIERS } from '@/scripts/demo-platform/identifiers';
import { NEW_BACKOFFICE_CASES, newBackofficePath } from '@/scripts/demo-platform/new-backoffice/data';
import { waitFor } from './bounded';
import { READINGS_SCRIPT } from './numbers';
import { chooseReply, type DrivenPage } from '../pages/editor-scenarios';

/**
 * The demo's new back office end to end, written once for both browsers: the case read from the platform's JSON;
 * the label photo on the attachment host (a second origin) allowed from the panel; the photo checked and its waybill
 * read; the DHL pickup reply with that waybill in the page's reply box. Only allowing the host differs (Chromium
 * shows a real prompt; Firefox grants without one under a pref), so the driver does it.
 */
export interface NewBackofficeDriver {
  origin: string;
  panel: DrivenPage;
  /** Opens the page in the conversation tab and the panel page beside it. */
  open(url: string): Promise<void>;
  page(script: string): Promise<unknown>;
  /** Clicks the panel's button (marked with this id) and answers the browser's permission prompt, if any, with Allow. */
  allowHost(buttonId: string): Promise<void>;
}

const DHL_CASE = NEW_BACKOFFICE_CASES.find((item) => item.scenario.startsWith('DHL Express return'))!;
const WAYBILL = DEMO_IDENTIFIERS.dhlExpressLabel.waybill;

export async function newBackofficeEndToEnd(driver: NewBackofficeDriver): Promise<void> {
  const { panel } = driver;
  await driver.open(`${driver.origin}${newBackofficePath(DHL_CASE.careId)}`);
  const text = () => panel.evaluate('document.body.innerText') as Promise<string>;
  await waitFor(async () => ((await text()).includes('Priya') ? true : undefined), { timeoutMs: 30_000, what: 'the customer read from the data' });

  // The photo lives on the attachment host: named, with a button that asks the browser for it.
  await waitFor(
    async () =>
      (await panel.evaluate(
        `(() => { const b = [...document.querySelectorAll('button')].find((n) => n.textContent.trim().startsWith('Allow localhost')); if (b) b.id = 'e2e-allow'; return Boolean(b); })()`,
      ))
        ? true
        : undefined,
    { timeoutMs: 30_000, what: 'the panel to offer access to the attachment host' },
  );
  await driver.allowHost('e2e-allow');

  const readings = await waitFor(
    async () => {
      const state = (await panel.evaluate(READINGS_SCRIPT('dhl-express'))) as { values: string[] };
      return state.values.includes(WAYBILL) ? state : undefined;
    },
    { timeoutMs: 120_000, what: 'the waybill to be read from the label photo once its host was allowed' },
  );
  expect(readings.values).toContain(WAYBILL);
  expect(await text()).not.toMatch(/needs? access/);

  await chooseReply(panel, 'dhl pickup');
  const draft = await waitFor(
    async () => {
      const value = (await driver.page(`document.querySelector('textarea')?.value ?? ''`)) as string;
      return value.includes(WAYBILL) ? value : undefined;
    },
    { timeoutMs: 15_000, what: 'the DHL pickup reply with the waybill in the page’s reply box' },
  );
  expect(draft).toMatch(/Priya/);
}
