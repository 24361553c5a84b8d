import { expect } from 'vitest';
import { DEMO_IDENTIFIERS } from '@/scripts/demo-platform/identifiers';
import { NEW_BACKOFFICE_CASES, newBackofficePath } from '@/scripts/demo-platform/new-backoffice/data';
import { waitFor, type Driver } from './driver';
import { clickAllowHost } from './host-permission';
import { numberReadings } from './numbers';
import { chooseReply } from '../pages/editor-scenarios';

/**
 * The demo's new back office end to end, written once for both browsers: the case read from the platform's JSON;
 * the label photo on the attachment host (a second origin) allowed from the panel; the photo checked and its waybill
 * read; the DHL pickup reply with that waybill in the page's reply box. Only allowing the host differs (Chromium
 * shows a real prompt; Firefox grants without one under a pref): harness/host-permission.ts.
 */

const DHL_CASE = NEW_BACKOFFICE_CASES.find((item) => item.scenario.startsWith('DHL Express return'))!;
const WAYBILL = DEMO_IDENTIFIERS.dhlExpressLabel.waybill;

/** Opens a case of the new back office in the conversation tab, the panel beside it, and waits for `customer`. */
export async function openNewBackofficeCase(driver: Driver, careId: string, customer: string): Promise<void> {
  await driver.openConversation(`${driver.origin}${newBackofficePath(careId)}`);
  await driver.openPanel();
  await driver.panel.bringToFront();
  await waitFor(async () => (await driver.panel.text()).includes(customer), { timeoutMs: 30_000, what: 'the customer read from the data' });
  // The photo lives on the attachment host: named, with a button that asks the browser for it.
  await waitFor(async () => (await driver.panel.text()).includes('Allow localhost'), {
    timeoutMs: 30_000,
    what: 'the panel to offer access to the attachment host',
  });
  await clickAllowHost(driver, 'Allow localhost');
}

/** The value of the page's reply box once it passes `accepts`. */
export function waitForReplyBox(driver: Driver, accepts: (value: string) => boolean, what: string): Promise<string> {
  return waitFor(
    async () => {
      const value = await driver.page.run(() => document.querySelector('textarea')?.value ?? '');
      return accepts(value) ? value : undefined;
    },
    { timeoutMs: 15_000, what },
  );
}

export async function newBackofficeEndToEnd(driver: Driver): Promise<void> {
  await openNewBackofficeCase(driver, DHL_CASE.careId, 'Priya');
  const readings = await waitFor(
    async () => {
      const state = await driver.panel.run(numberReadings, 'dhl-express');
      return state.values.includes(WAYBILL) ? state : undefined;
    },
    { timeoutMs: 120_000, what: 'the waybill to be read from the label photo once its host was allowed' },
  );
  expect(readings.values).toContain(WAYBILL);
  expect(await driver.panel.text()).not.toMatch(/needs? access/);

  await chooseReply(driver.panel, 'dhl pickup');
  const draft = await waitForReplyBox(
    driver,
    (value) => value.includes(WAYBILL),
    'the DHL pickup reply with the waybill in the page’s reply box',
  );
  expect(draft).toMatch(/Priya/);
}
