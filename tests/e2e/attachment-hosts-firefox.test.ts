import { afterAll, describe, expect, it } from 'vitest';
import { poll } from './harness/bounded';
import { openFirefoxExtensionPage } from './harness/firefox';
import { describeRequests } from './harness/request-recorder';
import { useFirefoxSuite } from './harness/suite';
import {
  expectAllCheckedOnceAllowed,
  expectOtherHostWaiting,
  markButtonScript,
  startAttachmentHosts,
  type AttachmentHostsServer,
} from './pages/attachment-hosts';

/**
 * Attachments on a host the extension may not read yet, in Firefox ESR: a back-office help request on 127.0.0.1
 * whose last two photos come from a second origin (localhost). The panel lists those as needing access and checks
 * the others; "Allow localhost:<port>" asks Firefox for the host from the click (Firefox grants optional
 * permissions without a prompt under `extensions.webextOptionalPermissionPrompts: false`), and the two photos are
 * then checked without reloading anything. The options page then lists the host, and Remove gives it back.
 */

describe('Firefox ESR, attachments on another host', () => {
  const suite = useFirefoxSuite({ prefs: { 'extensions.webextOptionalPermissionPrompts': false } });
  let hosts: AttachmentHostsServer | undefined;
  afterAll(() => hosts?.close());

  it('lists the other host’s photos as needing access, checks the rest, and checks them once allowed', async () => {
    const { origin, session, recorder, conversationTab, panelTab } = suite();
    hosts = await startAttachmentHosts(origin);
    await conversationTab.goto(hosts.pageUrl, { timeout: 30_000 });
    await conversationTab.bringToFront();
    await openFirefoxExtensionPage(session, panelTab, 'sidepanel.html', recorder.launchpadUrl);
    await panelTab.bringToFront();
    // Firefox's BiDi may refuse a script while the panel page is still settling after its navigation ("Protocol
    // error"): such a refusal is retried, anything else fails the test.
    const evaluate = async (script: string): Promise<unknown> => {
      for (let attempt = 0; ; attempt++) {
        try {
          return await panelTab.evaluate(script);
        } catch (error) {
          if (attempt >= 10 || !/Protocol error/.test(String(error))) throw error;
          await new Promise((resolve) => setTimeout(resolve, 200));
        }
      }
    };

    await expectOtherHostWaiting(evaluate, hosts);

    expect(await evaluate(markButtonScript(`Allow ${hosts.cdnHost}`, 'e2e-allow-host'))).toBe(true);
    await panelTab.click('#e2e-allow-host');

    await expectAllCheckedOnceAllowed(evaluate, hosts);
    expect(recorder.leaks(), describeRequests(recorder.leaks())).toEqual([]);
  });

  it('lists the allowed host in the options, where Remove gives the permission back', async () => {
    const { session, recorder } = suite();
    const options = await session.browser.newPage();
    try {
      await openFirefoxExtensionPage(session, options, 'options.html', recorder.launchpadUrl);
      const listed = `document.querySelector('[aria-label="Allowed attachment hosts"]')?.textContent ?? ''`;
      await poll(async () => ((await options.evaluate(listed)) as string).includes('http://localhost'), {
        timeoutMs: 15_000,
        what: 'the options page to list http://localhost as an allowed attachment host',
      });
      await options.evaluate(
        `document.querySelector('[aria-label="Allowed attachment hosts"] button').id = 'e2e-remove-host'`,
      );
      await options.click('#e2e-remove-host');
      await poll(async () => ((await options.evaluate(`document.body.innerText`)) as string).includes('No attachment hosts allowed.'), {
        timeoutMs: 15_000,
        what: 'the host to leave the list',
      });
      const granted = (await options.evaluate(`browser.permissions.getAll().then((all) => all.origins)`)) as string[];
      expect(granted).not.toContain('http://localhost/*');
    } finally {
      await options.close();
    }
  });
});
