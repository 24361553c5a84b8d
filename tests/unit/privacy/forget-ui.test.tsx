import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { savePhotoCheck, saveSnapshot, updateDecisions, type ReturnDeskDatabase } from '@/utils/db';
import { addUserTemplate } from '@/utils/templates/library-store';
import { ForgetConversation } from '@/entrypoints/sidepanel/forget-conversation';
import { panelDatabase } from '@/entrypoints/sidepanel/database';
import { PrivacySection } from '@/entrypoints/options/privacy-section';
import { optionsDatabase } from '@/entrypoints/options/options-database';
import { caseWithPhotos, checked } from './case-db';

let container: HTMLElement;

function mount(node: preact.ComponentChild) {
  container = document.createElement('div');
  document.body.append(container);
  act(() => render(node, container));
}

const button = (text: string) => {
  const found = [...container.querySelectorAll('button')].find((candidate) => candidate.textContent === text);
  if (!found) throw new Error(`no button "${text}" in: ${container.textContent}`);
  return found;
};
const click = async (text: string) => {
  await act(async () => button(text).click());
};
const statusText = () => [...container.querySelectorAll('[role="status"]')].map((node) => node.textContent).join('\n');

async function seed(db: ReturnDeskDatabase) {
  // The panel and the options page open the same database, shared by the tests of this file.
  await Promise.all(db.tables.map((table) => table.clear()));
  // Thumbnails stay null: happy-dom's Blob cannot be stored by fake-indexeddb (Node tests cover thumbnails).
  await saveSnapshot(db, caseWithPhotos('111', 2));
  await saveSnapshot(db, caseWithPhotos('222', 1));
  await savePhotoCheck(db, { url: 'http://127.0.0.1:4173/attachments/111/photo-0.jpg', check: checked, thumbnail: null, checkedAt: 1 });
  await updateDecisions(db, { platform: 'demo', folderId: '111' }, (current) => ({ ...current, categoryOverride: 'tablet' }));
  await addUserTemplate(db, {
    id: 'refund-sent',
    title: 'Refund sent',
    folder: '',
    tags: [],
    bodies: { 'en-gb': 'Hi {{first_name}}.', 'en-us': 'Hi {{first_name}}.' },
    updatedAt: 1,
  });
}

afterEach(() => {
  render(null, container);
  container.remove();
});

describe('Forget this conversation (panel)', () => {
  it('asks first, with focus on Cancel; Escape cancels and returns focus to the button without removing anything', async () => {
    const db = panelDatabase();
    await seed(db);
    mount(<ForgetConversation snapshot={caseWithPhotos('111', 2)} />);
    await click('Forget this conversation');
    const dialog = container.querySelector('[role="alertdialog"]')!;
    expect(dialog.textContent).toContain('conversation 111');
    expect(document.activeElement?.textContent).toBe('Cancel');
    await act(async () => {
      dialog.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    expect(container.querySelector('[role="alertdialog"]')).toBeNull();
    expect(document.activeElement).toBe(button('Forget this conversation'));
    expect(await db.cases.count()).toBe(2);
  });

  it('removes that conversation only, says what went and tells the panel', async () => {
    const db = panelDatabase();
    await seed(db);
    const onForgotten = vi.fn();
    mount(<ForgetConversation snapshot={caseWithPhotos('111', 2)} onForgotten={onForgotten} />);
    await click('Forget this conversation');
    await click('Forget it');
    await vi.waitFor(() => expect(statusText()).toContain('Forgot this conversation'));
    expect(statusText()).toContain('removed its saved copy, your photo and category choices and 1 photo check.');
    expect(onForgotten).toHaveBeenCalledWith(expect.objectContaining({ cases: 1, photoChecks: 1 }));
    expect((await db.cases.toArray()).map((row) => row.folderId)).toEqual(['222']);
    expect(await db.userTemplates.count()).toBe(1);
    expect(container.querySelector('[role="alertdialog"]')).toBeNull();
  });

  it('shows the error and removes nothing when the database refuses', async () => {
    const db = panelDatabase();
    await seed(db);
    vi.spyOn(db, 'transaction').mockRejectedValue(new Error('disk on fire'));
    mount(<ForgetConversation snapshot={caseWithPhotos('111', 2)} />);
    await click('Forget this conversation');
    await click('Forget it');
    await vi.waitFor(() => expect(statusText()).toContain('Nothing was removed: Error: disk on fire'));
    vi.restoreAllMocks();
    expect(await db.cases.count()).toBe(2);
  });
});

describe('What is stored and Forget everything (options)', () => {
  it('shows counts, keeps templates, and after confirming clears all case data and the pending image request', async () => {
    const db = optionsDatabase();
    await seed(db);
    await fakeBrowser.storage.local.set({ numbersRequest: { url: 'http://x/a.jpg', at: 1 }, settings: { retentionDays: 12 } });
    mount(<PrivacySection retentionDays={12} />);
    await vi.waitFor(() => expect(container.querySelector('table')).not.toBeNull());
    const cells = () =>
      [...container.querySelectorAll('tbody tr')].map((row) => [...row.children].slice(0, 2).map((cell) => cell.textContent));
    expect(cells()[0]![1]).toBe('2');
    expect(cells().at(-1)).toEqual(['Total', '4']);
    expect(container.textContent).toContain('deleted after 12 days without use');
    expect(container.textContent).toContain('your templates (1), changes to built-in templates (0)');

    await click('Forget everything');
    expect(container.querySelector('[role="alertdialog"]')?.textContent).toContain('Templates, macros and settings stay');
    const confirm = container.querySelectorAll<HTMLButtonElement>('[role="alertdialog"] button')[0]!;
    await act(async () => confirm.click());
    await vi.waitFor(() =>
      expect(statusText()).toContain('Removed 2 conversations, 1 photo check, 0 number readings and the choices made on 1 case.'),
    );
    await vi.waitFor(() => expect(cells().at(-1)).toEqual(['Total', '0']));
    expect(await db.cases.count()).toBe(0);
    expect(await db.userTemplates.count()).toBe(1);
    const stored = await fakeBrowser.storage.local.get(null);
    expect(stored).not.toHaveProperty('numbersRequest');
    expect(stored).toHaveProperty('settings');
  });
});
