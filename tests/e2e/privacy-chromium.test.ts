import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEMO_IDENTIFIERS } from '../../scripts/demo-platform/identifiers';
import { waitFor } from './harness/bounded';
import { READINGS_SCRIPT } from './harness/numbers';
import { describeRequests } from './harness/request-recorder';
import { useChromiumSuite } from './harness/suite';

/**
 * Forgetting, in the built extension (issue 7): "Forget this conversation" in the panel removes what was saved
 * about that case and nothing else; "Forget everything" in the options removes all case data and keeps the
 * agent's templates and macros. Rows are counted in the extension's own IndexedDB from the panel page.
 */

const DHL_FOLDER = '104820734';
const OTHER_FOLDER = '104820619';

/** Rows per table, and rows that belong to one folder (cases, decisions, image links). */
const COUNT_ROWS = (folderId: string) => `new Promise((resolve, reject) => {
  const open = indexedDB.open('returndesk');
  open.onerror = () => reject(open.error);
  open.onsuccess = () => {
    const db = open.result;
    const names = [...db.objectStoreNames];
    const tx = db.transaction(names, 'readonly');
    const result = { total: {}, folder: {} };
    for (const name of names) {
      const request = tx.objectStore(name).getAll();
      request.onsuccess = () => {
        result.total[name] = request.result.length;
        result.folder[name] = request.result.filter((row) => row && row.folderId === ${JSON.stringify(folderId)}).length;
      };
    }
    tx.oncomplete = () => { db.close(); resolve(result); };
    tx.onerror = () => reject(tx.error);
  };
})`;

interface Counts {
  total: Record<string, number>;
  folder: Record<string, number>;
}

async function readConversation(conversationTab: Page, panelTab: Page, origin: string, panelUrl: string, folderId: string) {
  await conversationTab.goto(`${origin}/bo-seller/customer-care/folders/${folderId}`);
  await panelTab.goto(panelUrl);
  await conversationTab.bringToFront();
  // Saved once the numbers are read (the last thing the panel does for a conversation).
  await waitFor(
    async () => {
      const state = (await panelTab.evaluate(READINGS_SCRIPT('imei'))) as { busy: boolean; text: string };
      return !state.busy && state.text.length > 0 ? true : undefined;
    },
    { timeoutMs: 90_000, what: `the panel to finish conversation ${folderId}` },
  );
}

describe('Chromium, forgetting case data', () => {
  const suite = useChromiumSuite();

  it('"Forget this conversation" removes that case’s saved data only; "Forget everything" keeps templates and macros', async () => {
    const { origin, session, conversationTab, panelTab, recorder } = suite();
    const panelUrl = session.extensionUrl('sidepanel.html');
    await readConversation(conversationTab, panelTab, origin, panelUrl, OTHER_FOLDER);
    await readConversation(conversationTab, panelTab, origin, panelUrl, DHL_FOLDER);

    // A reading is shown first and saved just after: wait for the rows rather than race the save.
    const before = await waitFor(
      async () => {
        const counts = (await panelTab.evaluate(COUNT_ROWS(DHL_FOLDER))) as Counts;
        return (counts.folder.imageSources ?? 0) > 0 && (counts.total.numberReadings ?? 0) > 0 ? counts : undefined;
      },
      { timeoutMs: 10_000, what: 'the readings of conversation ' + DHL_FOLDER + ' to be saved' },
    );
    expect(before.folder.cases).toBe(1);
    expect(before.total.cases).toBe(2);

    await panelTab.bringToFront();
    await panelTab.getByRole('button', { name: 'Forget this conversation' }).click();
    await panelTab.getByRole('button', { name: 'Forget it' }).click();
    await waitFor(
      async () => (/removed|forgot/i.test((await panelTab.locator('.forget-conversation').textContent()) ?? '') ? true : undefined),
      {
        timeoutMs: 10_000,
        what: 'the panel to say what it forgot',
      },
    );
    const after = (await panelTab.evaluate(COUNT_ROWS(DHL_FOLDER))) as Counts;
    expect(after.folder.cases).toBe(0);
    expect(after.folder.caseDecisions ?? 0).toBe(0);
    expect(after.folder.imageSources).toBe(0);
    expect(after.total.numberReadings).toBeLessThan(before.total.numberReadings!);
    // The other conversation is untouched.
    expect(after.total.cases).toBe(1);
    expect(((await panelTab.evaluate(COUNT_ROWS(OTHER_FOLDER))) as Counts).folder.cases).toBe(1);
    // Nothing of the forgotten case is in the database any more, not even its waybill in a reading.
    const dump = (await panelTab.evaluate(`new Promise((resolve) => {
      const open = indexedDB.open('returndesk');
      open.onsuccess = () => {
        const db = open.result; const tx = db.transaction([...db.objectStoreNames], 'readonly'); const rows = [];
        for (const name of db.objectStoreNames) tx.objectStore(name).getAll().onsuccess = (e) => rows.push(...e.target.result);
        tx.oncomplete = () => { db.close(); resolve(JSON.stringify(rows)); };
      };
    })`)) as string;
    expect(dump).not.toContain(DEMO_IDENTIFIERS.dhlExpressLabel.waybill);

    const options = await session.context.newPage();
    await options.goto(session.extensionUrl('options.html'));
    await options.getByRole('button', { name: 'New macro' }).click();
    await options.getByLabel('Macro name').fill('Kept after forgetting');
    await options.getByLabel('Add a step').selectOption('focus-composer');
    await options.getByRole('button', { name: 'Save macro' }).click();
    await options.getByRole('button', { name: 'Forget everything' }).click();
    await options.getByRole('button', { name: 'Forget everything' }).last().click();
    await waitFor(
      async () => {
        const counts = (await options.evaluate(COUNT_ROWS(DHL_FOLDER))) as Counts;
        const caseRows = ['cases', 'caseDecisions', 'photoChecks', 'numberReadings', 'imageSources'].reduce(
          (sum, name) => sum + (counts.total[name] ?? 0),
          0,
        );
        return caseRows === 0 ? counts : undefined;
      },
      { timeoutMs: 10_000, what: '"Forget everything" to empty the case tables' },
    );
    const final = (await options.evaluate(COUNT_ROWS(DHL_FOLDER))) as Counts;
    expect(final.total.userMacros).toBe(1);
    await options.close();
    expect(recorder.leaks(), describeRequests(recorder.leaks())).toEqual([]);
  });
});
