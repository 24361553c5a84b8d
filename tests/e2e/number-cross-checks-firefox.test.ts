import { describe, expect, it } from 'vitest';
import { firefoxNewBackofficeDriver } from './harness/new-backoffice-drivers';
import { describeRequests } from './harness/request-recorder';
import { useFirefoxSuite } from './harness/suite';
import { numberCrossChecks } from './scenarios/number-cross-checks';

describe('Firefox ESR, numbers read against the case’s own', () => {
  // Optional permissions are granted without a prompt: allowing the attachment host is the panel's click alone.
  const suite = useFirefoxSuite({ prefs: { 'extensions.webextOptionalPermissionPrompts': false } });

  it('flags an IMEI and a waybill that differ from the platform’s data and keeps them out of replies', async () => {
    await numberCrossChecks(firefoxNewBackofficeDriver(suite()));
    expect(suite().recorder.leaks(), describeRequests(suite().recorder.leaks())).toEqual([]);
  });
});
