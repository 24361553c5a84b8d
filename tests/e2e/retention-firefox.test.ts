import { describe, expect, it } from 'vitest';
import { openFirefoxExtensionPage } from './harness/firefox';
import { expectBackgroundPurge } from './harness/retention';
import { describeRequests } from './harness/request-recorder';
import { useFirefoxSuite } from './harness/suite';

/** Retention with the sidebar never opened (issue 13): Firefox's background event page purges on its alarm. */

describe('Firefox ESR, retention from the background', () => {
  const suite = useFirefoxSuite();

  it('purges a case unused for longer than the retention period on its alarm, with the sidebar never opened', async () => {
    const { origin, session, panelTab, recorder } = suite();
    // Not the sidebar: an extension page only to reach the database and the alarm.
    await openFirefoxExtensionPage(session, panelTab, 'options.html', `${origin}/bo-seller/customer-care`);
    await expectBackgroundPurge((script) => panelTab.evaluate(script));
    expect(recorder.leaks(), describeRequests(recorder.leaks())).toEqual([]);
  });
});
