import { describeHostScenario } from './harness/host-permission';
import { newBackofficeEndToEnd } from './harness/new-backoffice';

/**
 * The new back office end to end (support agents in Chromium, refurbisher staff in Firefox ESR), as in
 * harness/new-backoffice.ts.
 */
describeHostScenario(
  'the new back office end to end',
  'reads the case from data, checks the photo once its host is allowed, reads the waybill and inserts the reply',
  newBackofficeEndToEnd,
);
