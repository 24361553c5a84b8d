import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { poll } from './harness/bounded';
import { launchChromium, type ChromiumSession } from './harness/chromium';
import { BUILD_DIRS } from './harness/paths';
import { describeRequests, startRequestRecorder, type RequestRecorder } from './harness/request-recorder';
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
  type DrivenPage,
} from './pages/editor-scenarios';

/**
 * Reply templates inserted by the panel into three kinds of composer (issue 5), in Chromium: a React 19 controlled
 * textarea, a Vue 3 v-model textarea and a ProseMirror editor (with its history and keymap), each built from the
 * real library. The pages are served by the test on 127.0.0.1 under /bo-seller/, where the demo build's content
 * script runs.
 */

const drive = (page: Page): DrivenPage => ({
  evaluate: (script) => page.evaluate(script),
  type: (text) => page.keyboard.type(text),
  press: (key) => page.keyboard.press(key),
  pressWithControl: (key) => page.keyboard.press(`Control+${key}`),
  bringToFront: () => page.bringToFront(),
});

describe('Chromium, inserting a reply into real editors', () => {
  let recorder: RequestRecorder | undefined;
  let pages: EditorPagesServer | undefined;
  let session: ChromiumSession | undefined;
  let conversationTab: Page;
  let panelTab: Page;
  let setupError: Error | undefined;

  beforeAll(async () => {
    try {
      recorder = await startRequestRecorder();
      pages = await startEditorPages();
      session = await launchChromium({ extensionDir: BUILD_DIRS.chromeDemo, headless: true, proxyOrigin: recorder.proxyOrigin });
      conversationTab = session.context.pages()[0] ?? (await session.context.newPage());
      panelTab = await session.context.newPage();
    } catch (error) {
      setupError = error instanceof Error ? error : new Error(String(error));
    }
  });
  const ready = () => {
    if (setupError) throw setupError;
  };
  afterAll(async () => {
    await session?.close();
    await recorder?.close();
    await pages?.close();
  });

  async function openEditor(editor: TestEditor, folderId?: string, options?: { attachments?: boolean }) {
    if (conversationTab.isClosed()) conversationTab = await session!.context.newPage();
    await conversationTab.goto(pages!.pageUrl(editor, folderId, options));
    await conversationTab.bringToFront();
    await waitForComposer(drive(conversationTab));
    await panelTab.goto(session!.extensionUrl('sidepanel.html'));
  }

  for (const editor of TEST_EDITORS) {
    it(`${editor}: the reply lands at the cursor keeping the draft, Ctrl+Z removes it in one step, Send posts it`, async () => {
      ready();
      await openEditor(editor);
      await insertReplyScenario(drive(conversationTab), drive(panelTab), editor);
    });
  }

  it('quill, with the customer\'s attachments: the photos are checked, the IMEI read, and the reply with it lands in the editor', async () => {
    ready();
    await openEditor('quill', undefined, { attachments: true });
    await photosNumbersAndReplyScenario(drive(panelTab), drive(conversationTab));
  });

  it('says so when the composer refuses the text, and leaves the draft as it was', async () => {
    ready();
    await openEditor('refusing');
    await refusedReplyScenario(drive(conversationTab), drive(panelTab));
  });

  it('says so when the reply is longer than the reply box takes, and leaves the draft as it was', async () => {
    ready();
    await openEditor('react-textarea');
    await conversationTab.evaluate(`document.querySelector('[data-qa="composer-input"]').maxLength = 200`);
    await refusedReplyScenario(drive(conversationTab), drive(panelTab), 'The reply is longer than the reply box takes (200 characters)');
  });

  it('says so when the composer is read-only, and changes nothing', async () => {
    ready();
    await openEditor('react-textarea');
    await conversationTab.evaluate(`document.querySelector('[data-qa="composer-input"]').readOnly = true`);
    await chooseReply(drive(panelTab), 'DPD Pickup');
    await waitForPanelStatus(drive(panelTab), 'The reply box is read-only');
    expect(await composerDomText(drive(conversationTab))).toBe('');
  });

  it('says so when the composer has been removed from the page', async () => {
    ready();
    await openEditor('vue-model-textarea');
    await conversationTab.evaluate(`document.querySelector('[data-qa="composer-input"]').remove()`);
    await chooseReply(drive(panelTab), 'DPD Pickup');
    await waitForPanelStatus(drive(panelTab), 'The reply box is no longer on the page');
  });

  it('says so when the tab is closed while the agent fills in a variable', async () => {
    ready();
    await openEditor('prosemirror');
    const panel = drive(panelTab);
    await chooseReply(panel, 'IMEI confirm');
    const imeiField = panelTab.getByRole('textbox', { name: 'IMEI' });
    await imeiField.waitFor();
    await conversationTab.close();
    await panelTab.bringToFront();
    // The pop-out panel may notice the closed tab first (it then follows no tab and says so), or the agent may
    // submit first (the insertion then fails and says so): either way the agent is told, nothing hangs.
    if (await imeiField.isVisible()) {
      await imeiField.fill('490154203237518', { timeout: 2_000 }).catch(() => undefined);
      await imeiField.press('Enter', { timeout: 2_000 }).catch(() => undefined);
    }
    await waitForEitherStatus(panel, ['The platform tab is closed or was reloaded', 'Open a conversation on Back Market']);
  });

  it('a template written in the options page (checked, previewed on the latest case) is offered and inserted by the panel, and its use counted', async () => {
    ready();
    await openEditor('react-textarea', '700200');
    await panelTab.locator('#template-search').waitFor();
    const options = await session!.context.newPage();
    options.on('dialog', (dialog) => void dialog.accept());
    await options.goto(session!.extensionUrl('options.html'));
    await options.getByRole('button', { name: 'New template' }).focus();
    await options.keyboard.press('Enter');
    // The editor spell-checks what the agent writes; here that would make Chromium fetch a dictionary from the web.
    await options.evaluate(`document.querySelectorAll('input, textarea').forEach((field) => { field.spellcheck = false; })`);
    await options.getByLabel('Title').fill('Late parcel apology');
    const body = options.getByLabel('Body (British English)');
    await body.fill('Hi {{first_name}},\nsorry about {{parcel_number}}{{#imei}} for {{imei}}');
    await expect.poll(() => options.locator('#template-body-problems').innerText()).toContain('Line 2, column 13: unknown variable "parcel_number"');
    expect(await options.locator('#template-body-problems').innerText()).toContain('"{{#imei}}" is never closed');
    expect(await options.getByRole('button', { name: 'Create' }).isDisabled()).toBe(true);
    await body.fill('Hi {{first_name}},\n\nSorry that your {{product}} is late (order {{order_id}}).');
    expect(await options.locator('.templates-editor__preview').innerText()).toBe(
      'Hi Amelia,\n\nSorry that your iPhone 13 128GB - Midnight - Unlocked is late (order 58123456).',
    );
    expect(await options.getByText(/With the latest case, folder 700200 \(Amelia Hart\)/).count()).toBe(1);
    await options.getByRole('button', { name: 'Create' }).click();
    await options.getByText('Saved "Late parcel apology".').waitFor();

    await chooseReply(drive(panelTab), 'Late parcel');
    await waitForPanelStatus(drive(panelTab), 'Inserted into the reply box');
    expect(await composerModelText(drive(conversationTab))).toBe(
      'Hi Amelia,\n\nSorry that your iPhone 13 128GB - Midnight - Unlocked is late (order 58123456).',
    );
    await expect.poll(() => options.getByRole('button', { name: /Late parcel apology/ }).innerText()).toMatch(/yours · used 1 time, last/);

    // A deleted built-in leaves the panel's list; restored, it comes back.
    await options.getByRole('button', { name: /Return label: DPD UK/ }).click();
    await options.getByRole('button', { name: 'Delete' }).click();
    await options.getByText(/Deleted "Return label: DPD UK/).waitFor();
    await panelTab.locator('#template-search').fill('DPD Pickup');
    await expect.poll(() => panelTab.locator('#template-list').innerText()).not.toContain('Return label: DPD UK');
    await options.getByRole('button', { name: 'Restore built-in' }).click();
    await options.getByText(/Restored "Return label: DPD UK/).waitFor();
    await panelTab.locator('#template-search').fill('DPD Pickup');
    await expect.poll(() => panelTab.locator('#template-list').innerText()).toContain('Return label: DPD UK');
    await options.close();
  });

  it('imports a template file only when it is valid, and replaces the agent\'s template only after confirmation', async () => {
    ready();
    const options = await session!.context.newPage();
    await options.goto(session!.extensionUrl('options.html'));
    const importFile = (name: string, text: string) =>
      options.getByLabel(/Import a template file/).setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
    const template = (title: string, extra: Record<string, unknown> = {}) => ({
      id: 'my-reply',
      title,
      folder: 'My replies',
      tags: [],
      bodies: { 'en-gb': 'Hi {{first_name}}, about {{product}}.', 'en-us': 'Hi {{first_name}}, about {{product}}.' },
      ...extra,
    });
    const file = (templates: unknown[]) => JSON.stringify({ format: 'returndesk-templates', version: 1, templates, overrides: [] });

    await importFile('bad.json', file([template('Bad', { colour: 'red' })]));
    await expect.poll(() => options.getByRole('alert', { name: 'Import problems' }).innerText()).toContain('$.templates[0]: unknown field "colour"');
    await importFile('huge.json', ' '.repeat(6 * 1024 * 1024));
    await expect.poll(() => options.getByRole('alert', { name: 'Import problems' }).innerText()).toContain('$: the file is 6.0 MB; a template file is at most 5.0 MB');

    await importFile('theirs.json', file([template('Their wording')]));
    const confirm = options.getByRole('alertdialog');
    await expect.poll(() => confirm.innerText()).toContain('1 template(s) in the file differ from yours: my-reply');
    await confirm.getByRole('button', { name: 'Cancel' }).click();
    expect(await options.getByRole('button', { name: /Late parcel apology/ }).count()).toBe(1);
    await importFile('theirs.json', file([template('Their wording')]));
    await options.getByRole('alertdialog').getByRole('button', { name: 'Replace mine' }).click();
    await options.getByText('Imported 0 new, replaced 1').waitFor();
    expect(await options.getByRole('button', { name: /Their wording/ }).count()).toBe(1);
    expect(await options.getByRole('button', { name: /Late parcel apology/ }).count()).toBe(0);
    await options.close();
  });

  it('sent nothing off this machine', () => {
    ready();
    expect(recorder!.leaks(), describeRequests(recorder!.leaks())).toEqual([]);
  });
});
