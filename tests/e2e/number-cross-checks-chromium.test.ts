import { describe, expect, it } from 'vitest';
import { chromiumNewBackofficeDriver } from './harness/new-backoffice-drivers';
import { describeRequests } from './harness/request-recorder';
import { useChromiumSuite } from './harness/suite';
import { numberCrossChecks } from './scenarios/number-cross-checks';

// Allowing the attachment host answers Chromium's real permission prompt with X key events: headed, under Xvfb.
const hasDisplay = Boolean(process.env.DISPLAY);

describe('Chromium, numbers read against the case’s own', () => {
  const suite = hasDisplay ? useChromiumSuite({ headless: false, viewport: null }) : undefined;

  it.skipIf(!hasDisplay)('flags an IMEI and a waybill that differ from the platform’s data and keeps them out of replies', async () => {
    await numberCrossChecks(chromiumNewBackofficeDriver(suite!()));
    expect(suite!().recorder.leaks(), describeRequests(suite!().recorder.leaks())).toEqual([]);
  });
});
