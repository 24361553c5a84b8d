import { afterAll, expect, it } from 'vitest';
import { describeInBrowsers, waitFor } from './harness/driver';
import { ALLOW_KEYS, cannotAnswerPrompt, clickAllowHost, DENY_KEYS, HOST_PERMISSION_SUITES } from './harness/host-permission';
import { describeRequests } from './harness/request-recorder';
import {
  CDN_PHOTOS,
  expectAllCheckedOnceAllowed,
  expectOtherHostWaiting,
  readPhotosView,
  startAttachmentHosts,
  type AttachmentHostsServer,
} from './pages/attachment-hosts';

/**
 * Attachments on a host the extension may not read yet: a back-office help request on 127.0.0.1 whose last two
 * photos come from a second origin (localhost). The panel lists those as needing access and checks the others.
 * "Allow localhost:<port>" is clicked with trusted input (the click's user gesture reaches permissions.request);
 * the two photos are then checked without a reload. The options page then lists the host, and Remove gives it
 * back. Chromium shows its real permission prompt (harness/host-permission.ts): there the test first presses Deny,
 * which leaves the photos listed, then Allow. Firefox grants without a prompt under a pref: it has no Deny to press.
 */

describeInBrowsers(
  'attachments on another host',
  (use, browser) => {
    let hosts: AttachmentHostsServer | undefined;
    afterAll(() => hosts?.close());

    it.skipIf(cannotAnswerPrompt(browser))(
      'lists the other host’s photos as needing access, checks the rest, and checks them once allowed',
      async () => {
        const driver = use();
        hosts = await startAttachmentHosts(driver.origin);
        await driver.openConversation(hosts.pageUrl);
        await driver.openPanel();
        await driver.panel.bringToFront();

        await expectOtherHostWaiting(driver.panel, hosts);

        if (browser === 'chromium') {
          // Return presses the prompt's default button, Deny: the photos stay listed, and the panel says why.
          await clickAllowHost(driver, `Allow ${hosts.cdnHost}`, DENY_KEYS);
          const denied = await waitFor(
            async () => {
              const view = await readPhotosView(driver.panel);
              return view.photos.includes('did not allow') ? view : undefined;
            },
            { timeoutMs: 15_000, what: 'the panel to say the browser did not allow the host' },
          );
          expect(denied.waiting.sort()).toEqual([...CDN_PHOTOS].sort());
          expect(hosts.cdnRequests).toEqual([]);
        }

        await clickAllowHost(driver, `Allow ${hosts.cdnHost}`, ALLOW_KEYS);
        await expectAllCheckedOnceAllowed(driver.panel, hosts);
        expect(driver.recorder.leaks(), describeRequests(driver.recorder.leaks())).toEqual([]);
      },
    );

    it.skipIf(cannotAnswerPrompt(browser))('lists the allowed host in the options, where Remove gives the permission back', async () => {
      const options = await use().openExtensionTab('options.html');
      try {
        const listed = () => options.text('[aria-label="Allowed attachment hosts"]');
        await waitFor(async () => (await listed()).includes('http://localhost'), {
          timeoutMs: 15_000,
          what: 'the options page to list http://localhost as an allowed attachment host',
        });
        await options.clickOn('[aria-label="Allowed attachment hosts"] button');
        await waitFor(async () => (await options.text()).includes('No attachment hosts allowed.'), {
          timeoutMs: 15_000,
          what: 'the host to leave the list',
        });
        const granted = await options.run(async () => {
          interface Permissions {
            permissions: { getAll(): Promise<{ origins?: string[] }> };
          }
          const extension = globalThis as unknown as { browser?: Permissions; chrome?: Permissions };
          return (await (extension.browser ?? extension.chrome)!.permissions.getAll()).origins ?? [];
        });
        expect(granted).not.toContain('http://localhost/*');
      } finally {
        await options.close();
      }
    });
  },
  HOST_PERMISSION_SUITES,
);
