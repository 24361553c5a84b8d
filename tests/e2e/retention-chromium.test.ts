import { describe, expect, it } from 'vitest';
import { poll } from './harness/bounded';
import { describeRequests } from './harness/request-recorder';
import { useChromiumSuite } from './harness/suite';

/**
 * Retention with the panel never opened (issue 13): the built extension's background purges on its alarm. Rows
 * are written straight into the extension's IndexedDB from the options page (never the panel), the alarm is set
 * to fire now from the service worker, and the rows are counted again.
 */

const DAY = 86_400_000;

type Alarms = { alarms: { get(name: string): Promise<{ periodInMinutes?: number } | undefined>; create(name: string, info: object): Promise<void> } };

/** Resolves once the background has created ReturnDesk's database (it purges once when installed). */
const DATABASE_EXISTS = `indexedDB.databases().then((list) => list.some((entry) => entry.name === 'returndesk'))`;

const WRITE_ROWS = (now: number) => `new Promise((resolve, reject) => {
  const open = indexedDB.open('returndesk');
  open.onerror = () => reject(open.error);
  open.onsuccess = () => {
    const db = open.result;
    const tx = db.transaction(['cases', 'caseDecisions'], 'readwrite');
    const snapshot = { platform: 'demo', messages: [] };
    const row = (folderId, updatedAt) => ({ platform: 'demo', folderId, snapshot: { ...snapshot, folderId }, firstSeenAt: updatedAt, updatedAt });
    tx.objectStore('cases').put(row('never-reopened', ${now - 40 * DAY}));
    tx.objectStore('cases').put(row('opened-yesterday', ${now - DAY}));
    // Choices made 40 days ago on the case opened yesterday: they stay with it.
    tx.objectStore('caseDecisions').put({ platform: 'demo', folderId: 'opened-yesterday', categoryOverride: 'tablet', photoSlots: {}, updatedAt: ${now - 40 * DAY} });
    tx.oncomplete = () => { db.close(); resolve(true); };
    tx.onerror = () => reject(tx.error);
  };
})`;

const FOLDERS = `new Promise((resolve, reject) => {
  const open = indexedDB.open('returndesk');
  open.onerror = () => reject(open.error);
  open.onsuccess = () => {
    const db = open.result;
    const tx = db.transaction(['cases', 'caseDecisions'], 'readonly');
    const result = {};
    for (const name of ['cases', 'caseDecisions']) {
      const request = tx.objectStore(name).getAll();
      request.onsuccess = () => { result[name] = request.result.map((row) => row.folderId).sort(); };
    }
    tx.oncomplete = () => { db.close(); resolve(result); };
    tx.onerror = () => reject(tx.error);
  };
})`;

describe('Chromium, retention from the background', () => {
  const suite = useChromiumSuite();

  it('purges a case unused for longer than the retention period on its alarm, with the panel never opened', async () => {
    const { session, panelTab, recorder } = suite();
    // Not the panel: an extension page only to reach the database.
    await panelTab.goto(session.extensionUrl('options.html'));
    await poll(async () => ((await panelTab.evaluate(DATABASE_EXISTS)) ? true : undefined), { timeoutMs: 20_000, what: 'the background to create the database' });
    await panelTab.evaluate(WRITE_ROWS(Date.now()));
    expect(await panelTab.evaluate(FOLDERS)).toEqual({ cases: ['never-reopened', 'opened-yesterday'], caseDecisions: ['opened-yesterday'] });

    const worker = session.context.serviceWorkers().find((candidate) => candidate.url().startsWith(`chrome-extension://${session.extensionId}/`));
    expect(worker, 'the background service worker').toBeDefined();
    const alarm = await worker!.evaluate(
      () => (globalThis as unknown as { chrome: Alarms }).chrome.alarms.get('returndesk-retention'),
    );
    expect(alarm?.periodInMinutes).toBe(60);
    // Due now: the retention alarm fires as it would an hour after the last one.
    await worker!.evaluate(() =>
      (globalThis as unknown as { chrome: Alarms }).chrome.alarms.create('returndesk-retention', { when: Date.now() + 100, periodInMinutes: 60 }),
    );

    const after = await poll(
      async () => {
        const folders = (await panelTab.evaluate(FOLDERS)) as { cases: string[] };
        return folders.cases.length === 1 ? folders : undefined;
      },
      { timeoutMs: 60_000, what: 'the alarm to purge the old case' },
    );
    expect(after).toEqual({ cases: ['opened-yesterday'], caseDecisions: ['opened-yesterday'] });
    expect(recorder.leaks(), describeRequests(recorder.leaks())).toEqual([]);
  });
});
