import { execFileSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { poll } from './harness/bounded';
import { describeRequests } from './harness/request-recorder';
import { useChromiumSuite } from './harness/suite';
import {
  CDN_PHOTOS,
  expectAllCheckedOnceAllowed,
  expectOtherHostWaiting,
  markButtonScript,
  readPhotosView,
  startAttachmentHosts,
  type AttachmentHostsServer,
} from './pages/attachment-hosts';

/**
 * Attachments on a host the extension may not read yet, in Chromium: a back-office help request on 127.0.0.1
 * whose last two photos come from a second origin (localhost). The panel lists those as needing access and checks
 * the others. "Allow localhost:<port>" is clicked by Playwright (trusted input, so the click's user gesture
 * reaches permissions.request) and Chromium shows its real permission prompt, answered with real X key presses
 * (xdotool): first Deny (the default button), which leaves the photos listed, then Allow, after which the two
 * photos are checked without a reload.
 * Needs a headed browser, so an X display: `bash scripts/test.sh` provides one with Xvfb.
 */

const hasDisplay = Boolean(process.env.DISPLAY);

describe('Chromium, attachments on another host', () => {
  const suite = hasDisplay ? useChromiumSuite({ headless: false, viewport: null }) : undefined;
  let hosts: AttachmentHostsServer | undefined;
  afterAll(() => hosts?.close());

  it.skipIf(!hasDisplay)('lists the other host’s photos as needing access, checks the rest, and checks them once allowed', async () => {
    const { origin, session, recorder, conversationTab, panelTab } = suite!();
    hosts = await startAttachmentHosts(origin);
    await conversationTab.goto(hosts.pageUrl, { timeout: 30_000 });
    await conversationTab.bringToFront();
    await panelTab.goto(session.extensionUrl('sidepanel.html'));
    await panelTab.bringToFront();
    const evaluate = (script: string) => panelTab.evaluate(script);

    await expectOtherHostWaiting(evaluate, hosts);

    // Give the browser window the X input focus (there is no window manager under Xvfb).
    execFileSync('xdotool', ['mousemove', '700', '400', 'click', '1']);
    const answerPrompt = async (keys: string[]) => {
      expect(await evaluate(markButtonScript(`Allow ${hosts!.cdnHost}`, 'e2e-allow-host'))).toBe(true);
      await panelTab.click('#e2e-allow-host');
      // The prompt's buttons ignore input for a moment after it opens (Chromium's guard against click-jacking).
      await new Promise((resolve) => setTimeout(resolve, 1500));
      execFileSync('xdotool', ['key', ...keys]);
    };

    // Return presses the prompt's default button, Deny: the photos stay listed, and the panel says why.
    await answerPrompt(['Return']);
    const denied = await poll(
      async () => {
        const view = await readPhotosView(evaluate);
        return view.photos.includes('did not allow') ? view : undefined;
      },
      { timeoutMs: 15_000, what: 'the panel to say the browser did not allow the host' },
    );
    expect(denied.waiting.sort()).toEqual([...CDN_PHOTOS].sort());
    expect(hosts.cdnRequests).toEqual([]);

    // Shift+Tab moves to Allow, Space presses it.
    await answerPrompt(['shift+Tab', 'space']);
    await expectAllCheckedOnceAllowed(evaluate, hosts);
    expect(recorder.leaks(), describeRequests(recorder.leaks())).toEqual([]);
  });
});
