import { expect } from 'vitest';
import { DEMO_IDENTIFIERS } from '@/scripts/demo-platform/identifiers';
import { NEW_BACKOFFICE_CASES } from '@/scripts/demo-platform/new-backoffice/data';
import { waitFor, type Driver } from '../harness/driver';
import { openNewBackofficeCase, waitForReplyBox } from '../harness/new-backoffice';
import { chooseReply } from '../pages/editor-scenarios';

/**
 * Numbers read from attachments against the case's own, in both browsers: the demo's "numbers disagree" case has
 * the order's IMEI and the return shipment's waybill in the platform's data, and a *#06# screenshot and a label
 * photo showing other (valid) numbers. The panel flags both, and the replies it inserts carry the case's numbers,
 * never the attachments' contradicting ones.
 */

const CASE = NEW_BACKOFFICE_CASES.find((item) => item.scenario.startsWith('numbers disagree'))!;
const ORDER_IMEI = CASE.product.imei!;
const RETURN_WAYBILL = CASE.productReturns[0]!.trackingNumber;
const SCREENSHOT_IMEI = DEMO_IDENTIFIERS.starHashZeroSix.imei;
const LABEL_WAYBILL = DEMO_IDENTIFIERS.dhlExpressLabel.waybill;

const digitsOnly = (text: string) => text.replace(/\s/g, '');

/** Runs in the panel: the cross-check lines of the Numbers section, by subject, with spaces removed (numbers are shown as printed). */
function crossChecks(): Record<string, string> {
  return Object.fromEntries(
    [...document.querySelectorAll('#numbers [data-cross-check]')].map((node): [string, string] => [
      node.getAttribute('data-cross-check') ?? '',
      (node.textContent ?? '').replace(/\s/g, ''),
    ]),
  );
}

export async function numberCrossChecks(driver: Driver): Promise<void> {
  await openNewBackofficeCase(driver, CASE.careId, 'Oliver');

  const lines = await waitFor(
    async () => {
      const found = await driver.panel.run(crossChecks);
      return found.imei && found['return-tracking'] ? found : undefined;
    },
    { timeoutMs: 180_000, what: 'the Numbers section to compare the IMEI and the waybill read with the case’s own' },
  );
  // Each line names the case's number, the attachment's other one, and that replies use the case's.
  expect(lines.imei).toContain(digitsOnly(ORDER_IMEI));
  expect(lines.imei).toContain(SCREENSHOT_IMEI);
  expect(lines.imei).toMatch(/checkwhichisright.*Repliesusetheorder'sIMEI/);
  expect(lines['return-tracking']).toContain(RETURN_WAYBILL);
  expect(lines['return-tracking']).toMatch(/checkwhichisright.*Repliesusethereturnshipment'snumber/);
  expect(lines['return-tracking']).toContain(LABEL_WAYBILL);

  await chooseReply(driver.panel, 'dhl pickup');
  const pickup = await waitForReplyBox(
    driver,
    (value) => value.includes(RETURN_WAYBILL),
    'the DHL pickup reply with the return shipment’s waybill',
  );
  expect(pickup).not.toContain(LABEL_WAYBILL);

  await chooseReply(driver.panel, 'imei confirm');
  const confirmation = await waitForReplyBox(driver, (value) => value.includes(ORDER_IMEI), 'the IMEI reply with the order’s IMEI');
  expect(confirmation).not.toContain(SCREENSHOT_IMEI);
}
