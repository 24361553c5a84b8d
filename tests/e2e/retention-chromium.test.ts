import { describe, expect, it } from 'vitest';
import { expectBackgroundPurge } from './harness/retention';
import { describeRequests } from './harness/request-recorder';
import { useChromiumSuite } from './harness/suite';

/** Retention with the panel never opened (issue 13): the background service worker purges on its alarm. */

describe('Chromium, retention from the background', () => {
  const suite = useChromiumSuite();

  it('purges a case unused for longer than the retention period on its alarm, with the panel never opened', async () => {
    const { session, panelTab, recorder } = suite();
    // Not the panel: an extension page only to reach the database and the alarm.
    await panelTab.goto(session.extensionUrl('options.html'));
    await expectBackgroundPurge((script) => panelTab.evaluate(script));
    expect(recorder.leaks(), describeRequests(recorder.leaks())).toEqual([]);
  });
});
