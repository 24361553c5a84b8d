import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeInBrowsers, waitFor, type DrivenTab, type Driver } from './harness/driver';
import { describeRequests } from './harness/request-recorder';
import { startEditorPages, TEST_EDITORS, type EditorPagesServer, type TestEditor } from './pages/serve';
import {
  chooseReply,
  composerDomText,
  composerModelText,
  insertReplyScenario,
  photosNumbersAndReplyScenario,
  refusedReplyScenario,
  waitForComposer,
  waitForEitherStatus,
  waitForPanelStatus,
} from './pages/editor-scenarios';

/**
 * Reply templates inserted by the panel into real composers (issue 5): a React 19 controlled textarea, a Vue 3
 * v-model textarea, ProseMirror (with its history and keymap) and the other editors of pages/serve.ts, each built
 * from the real library and served by the test on 127.0.0.1 under /bo-seller/, where the demo build's content
 * script runs. Then templates written and imported in the options page.
 */

const COMPOSER = '[data-qa="composer-input"]';
const LATE_PARCEL = 'Hi Amelia,\n\nSorry that your iPhone 13 128GB - Midnight - Unlocked is late (order 58123456).';

/** Waits until the text of the element matching `selector` satisfies `accepts`; fails with what it showed. */
async function waitForText(tab: DrivenTab, selector: string, accepts: (text: string) => boolean, what: string): Promise<string> {
  let last = '';
  return waitFor(
    async () => {
      last = await tab.text(selector);
      return accepts(last) ? last : undefined;
    },
    { timeoutMs: 15_000, what: () => `${what} (it shows "${last.slice(0, 600)}")` },
  );
}

const buttonCount = (tab: DrivenTab, namePart: string) =>
  tab.run(
    (part) =>
      [...document.querySelectorAll('button')].filter((button) =>
        (button.getAttribute('aria-label') ?? button.textContent ?? '').includes(part),
      ).length,
    namePart,
  );

describeInBrowsers('inserting a reply into real editors', (use) => {
  let pages: EditorPagesServer | undefined;
  beforeAll(async () => {
    pages = await startEditorPages();
  });
  afterAll(async () => {
    await pages?.close();
  });

  async function openEditor(editor: TestEditor, folderId?: string, options?: { attachments?: boolean }): Promise<Driver> {
    const driver = use();
    await driver.openConversation(pages!.pageUrl(editor, folderId, options));
    await waitForComposer(driver.page);
    await driver.openPanel();
    return driver;
  }

  for (const editor of TEST_EDITORS) {
    it(`${editor}: the reply lands at the cursor keeping the draft, Ctrl+Z removes it in one step, Send posts it`, async () => {
      const driver = await openEditor(editor);
      await insertReplyScenario(driver.page, driver.panel, editor);
    });
  }

  it("quill, with the customer's attachments: the photos are checked, the IMEI read, and the reply with it lands in the editor", async () => {
    const driver = await openEditor('quill', undefined, { attachments: true });
    await photosNumbersAndReplyScenario(driver.panel, driver.page);
  });

  it('says so when the composer refuses the text, and leaves the draft as it was', async () => {
    const driver = await openEditor('refusing');
    await refusedReplyScenario(driver.page, driver.panel);
  });

  it('says so when the reply is longer than the reply box takes, and leaves the draft as it was', async () => {
    const driver = await openEditor('react-textarea');
    await driver.page.run((selector) => {
      document.querySelector<HTMLTextAreaElement>(selector)!.maxLength = 200;
    }, COMPOSER);
    await refusedReplyScenario(driver.page, driver.panel, 'The reply is longer than the reply box takes (200 characters)');
  });

  it('says so when the composer is read-only, and changes nothing', async () => {
    const driver = await openEditor('react-textarea');
    await driver.page.run((selector) => {
      document.querySelector<HTMLTextAreaElement>(selector)!.readOnly = true;
    }, COMPOSER);
    await chooseReply(driver.panel, 'DPD Pickup');
    await waitForPanelStatus(driver.panel, 'The reply box is read-only');
    expect(await composerDomText(driver.page)).toBe('');
  });

  it('says so when the composer has been removed from the page', async () => {
    const driver = await openEditor('vue-model-textarea');
    await driver.page.run((selector) => document.querySelector(selector)?.remove(), COMPOSER);
    await chooseReply(driver.panel, 'DPD Pickup');
    await waitForPanelStatus(driver.panel, 'The reply box is no longer on the page');
  });

  it('says so when the tab is closed while the agent fills in a variable', async () => {
    const driver = await openEditor('prosemirror');
    await chooseReply(driver.panel, 'IMEI confirm');
    await waitFor(() => driver.panel.run(() => Boolean(document.querySelector('#fill-imei'))), {
      timeoutMs: 5_000,
      what: 'the fill-in form to ask for the IMEI',
    });
    await driver.page.close();
    await driver.panel.bringToFront();
    // The pop-out panel may notice the closed tab first (it then follows no tab and says so), or the agent may
    // submit first (the insertion then fails and says so): either way the agent is told, nothing hangs.
    const stillAsking = await driver.panel.run(() => {
      const field = document.querySelector<HTMLInputElement>('#fill-imei');
      field?.focus();
      return Boolean(field);
    });
    if (stillAsking) {
      await driver.panel.type('490154203237518');
      await driver.panel.press('Enter');
    }
    await waitForEitherStatus(driver.panel, ['The platform tab is closed or was reloaded', 'Open a conversation on Back Market']);
  });

  it('a template written in the options page (checked, previewed on the latest case) is offered and inserted by the panel, and its use counted', async () => {
    const driver = await openEditor('react-textarea', '700200');
    await waitFor(() => driver.panel.run(() => Boolean(document.querySelector('#template-search'))), {
      timeoutMs: 15_000,
      what: 'the replies search',
    });
    const options = await driver.openExtensionTab('options.html');
    try {
      options.acceptDialogs();
      // The options page may draw its lists again as its stores load: focus the button once it stays there.
      await waitFor(() => options.focus('button', 'New template').then(() => true), { timeoutMs: 15_000, what: 'the options page' });
      await options.press('Enter');
      await waitFor(() => options.run(() => Boolean(document.querySelector('#template-title'))), {
        timeoutMs: 5_000,
        what: 'the template form',
      });
      // The editor spell-checks what the agent writes; here that would make a browser fetch a dictionary from the web.
      await options.run(() => document.querySelectorAll<HTMLElement>('input, textarea').forEach((field) => (field.spellcheck = false)));
      const body = 'textarea[aria-describedby="template-body-problems"]';
      await options.fill('#template-title', 'Late parcel apology');
      await options.fill(body, 'Hi {{first_name}},\nsorry about {{parcel_number}}{{#imei}} for {{imei}}');
      const problems = await waitForText(
        options,
        '#template-body-problems',
        (text) => text.includes('unknown variable'),
        'the body to be checked',
      );
      expect(problems).toContain('Line 2, column 13: unknown variable "parcel_number"');
      expect(problems).toContain('"{{#imei}}" is never closed');
      const createDisabled = () =>
        options.run(
          () => [...document.querySelectorAll('button')].find((button) => button.textContent?.trim() === 'Create')?.disabled ?? null,
        );
      expect(await createDisabled()).toBe(true);
      await options.fill(body, 'Hi {{first_name}},\n\nSorry that your {{product}} is late (order {{order_id}}).');
      await waitForText(options, '.templates-editor__preview', (text) => text.includes('Amelia'), 'the preview');
      expect(await options.run(() => (document.querySelector('.templates-editor__preview') as HTMLElement | null)?.innerText)).toBe(
        LATE_PARCEL,
      );
      expect(await options.text()).toMatch(/With the latest case, folder 700200 \(Amelia Hart\)/);
      expect(await createDisabled()).toBe(false);
      await options.click('button', 'Create');
      await waitForText(options, 'body', (text) => text.includes('Saved "Late parcel apology".'), 'the template to be saved');

      await chooseReply(driver.panel, 'Late parcel');
      await waitForPanelStatus(driver.panel, 'Inserted into the reply box');
      expect(await composerModelText(driver.page)).toBe(LATE_PARCEL);
      await waitForText(
        options,
        'ul[aria-label="Templates"]',
        (text) => /Late parcel apology.*yours · used 1 time, last/.test(text),
        'the use to be counted',
      );

      // A deleted built-in leaves the panel's list; restored, it comes back.
      await options.click('button', 'Return label: DPD UK', { exact: false });
      await options.click('button', 'Delete');
      await waitForText(options, 'body', (text) => text.includes('Deleted "Return label: DPD UK'), 'the built-in to be deleted');
      await driver.panel.fill('#template-search', 'DPD Pickup');
      await waitForText(
        driver.panel,
        '#template-list',
        (text) => !text.includes('Return label: DPD UK'),
        'the panel to drop the deleted reply',
      );
      await options.click('button', 'Restore built-in');
      await waitForText(options, 'body', (text) => text.includes('Restored "Return label: DPD UK'), 'the built-in to be restored');
      await driver.panel.fill('#template-search', 'DPD Pickup');
      await waitForText(
        driver.panel,
        '#template-list',
        (text) => text.includes('Return label: DPD UK'),
        'the panel to offer the restored reply',
      );
    } finally {
      await options.close();
    }
  });

  it("imports a template file only when it is valid, and replaces the agent's template only after confirmation", async () => {
    const driver = use();
    const options = await driver.openExtensionTab('options.html');
    try {
      await waitFor(() => options.run(() => Boolean(document.querySelector('#template-import'))), {
        timeoutMs: 15_000,
        what: 'the import field',
      });
      const importFile = (name: string, content: string) =>
        options.setInputFile('#template-import', { name, mimeType: 'application/json', content });
      const template = (title: string, extra: Record<string, unknown> = {}) => ({
        id: 'my-reply',
        title,
        folder: 'My replies',
        tags: [],
        bodies: { 'en-gb': 'Hi {{first_name}}, about {{product}}.', 'en-us': 'Hi {{first_name}}, about {{product}}.' },
        ...extra,
      });
      const file = (templates: unknown[]) => JSON.stringify({ format: 'returndesk-templates', version: 1, templates, overrides: [] });
      const importProblems = '[role="alert"][aria-label="Import problems"]';

      await importFile('bad.json', file([template('Bad', { colour: 'red' })]));
      await waitForText(
        options,
        importProblems,
        (text) => text.includes('$.templates[0]: unknown field "colour"'),
        'the unknown field to be named',
      );
      await importFile('huge.json', ' '.repeat(6 * 1024 * 1024));
      await waitForText(
        options,
        importProblems,
        (text) => text.includes('$: the file is 6.0 MB; a template file is at most 5.0 MB'),
        'the size to be refused',
      );

      await importFile('theirs.json', file([template('Their wording')]));
      await waitForText(
        options,
        '[role="alertdialog"]',
        (text) => text.includes('1 template(s) in the file differ from yours: my-reply'),
        'the confirmation',
      );
      await options.click('button', 'Cancel');
      expect(await buttonCount(options, 'Late parcel apology')).toBe(1);
      await importFile('theirs.json', file([template('Their wording')]));
      await waitForText(options, '[role="alertdialog"]', (text) => text.includes('differ from yours'), 'the confirmation');
      await options.click('button', 'Replace mine');
      await waitForText(options, 'body', (text) => text.includes('Imported 0 new, replaced 1'), 'the import to be done');
      expect(await buttonCount(options, 'Their wording')).toBe(1);
      expect(await buttonCount(options, 'Late parcel apology')).toBe(0);
    } finally {
      await options.close();
    }
  });

  it('sent nothing off this machine', () => {
    const { recorder } = use();
    expect(recorder.leaks(), describeRequests(recorder.leaks())).toEqual([]);
  });
});
