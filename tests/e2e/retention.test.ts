import { expect, it } from 'vitest';
import { describeInBrowsers } from './harness/driver';
import { expectBackgroundPurge } from './harness/retention';
import { describeRequests } from './harness/request-recorder';

/**
 * Retention with the panel never opened (issue 13): the background (Chromium's service worker, Firefox's event
 * page) purges on its alarm.
 */

describeInBrowsers('retention from the background', (use) => {
  it('purges a case unused for longer than the retention period on its alarm, with the panel never opened', async () => {
    const driver = use();
    // Not the panel: an extension page only to reach the database and the alarm.
    await driver.openPanel('options.html');
    await expectBackgroundPurge(driver.panel);
    expect(driver.recorder.leaks(), describeRequests(driver.recorder.leaks())).toEqual([]);
  });
});
