import { expect } from 'vitest';
import { poll } from './bounded';

/**
 * Retention with the panel never opened, the same in both browsers: rows are written straight into the extension's
 * IndexedDB from an extension page that is not the panel, the background's retention alarm is made due at once
 * (from that page: alarms belong to the extension, and the background wakes for them), and the rows are counted.
 */

const DAY = 86_400_000;
export const RETENTION_ALARM = 'returndesk-retention';

/** Resolves once the background has created ReturnDesk's database (it purges once when installed). */
const DATABASE_EXISTS = `indexedDB.databases().then((list) => list.some((entry) => entry.name === 'returndesk'))`;

const WRITE_ROWS = (now: number) => `new Promise((resolve, reject) => {
  const open = indexedDB.open('returndesk');
  open.onerror = () => reject(open.error);
  open.onsuccess = () => {
    const db = open.result;
    const tx = db.transaction(['cases', 'caseDecisions'], 'readwrite');
    const row = (folderId, updatedAt) => ({ platform: 'demo', folderId, snapshot: { platform: 'demo', folderId, messages: [] }, firstSeenAt: updatedAt, updatedAt });
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

const ALARMS = `(globalThis.browser ?? globalThis.chrome).alarms`;
const ALARM_PERIOD = `${ALARMS}.get(${JSON.stringify(RETENTION_ALARM)}).then((alarm) => alarm ? alarm.periodInMinutes : null)`;
/** Due now, keeping its period: the alarm fires as it would an hour after the last one. */
const ALARM_DUE_NOW = `${ALARMS}.create(${JSON.stringify(RETENTION_ALARM)}, { when: Date.now() + 100, periodInMinutes: 60 }).then(() => true)`;

type Folders = { cases: string[]; caseDecisions: string[] };

/** Runs the check on an extension page (not the panel) through `evaluate`. */
export async function expectBackgroundPurge(evaluate: (script: string) => Promise<unknown>): Promise<void> {
  await poll(async () => ((await evaluate(DATABASE_EXISTS)) ? true : undefined), { timeoutMs: 20_000, what: 'the background to create the database' });
  expect(await evaluate(ALARM_PERIOD), 'the retention alarm, every hour').toBe(60);
  await evaluate(WRITE_ROWS(Date.now()));
  expect(await evaluate(FOLDERS)).toEqual({ cases: ['never-reopened', 'opened-yesterday'], caseDecisions: ['opened-yesterday'] });

  await evaluate(ALARM_DUE_NOW);
  const after = await poll(
    async () => {
      const folders = (await evaluate(FOLDERS)) as Folders;
      return folders.cases.length === 1 ? folders : undefined;
    },
    { timeoutMs: 60_000, what: 'the alarm to purge the old case' },
  );
  expect(after).toEqual({ cases: ['opened-yesterday'], caseDecisions: ['opened-yesterday'] });
}
