import { expect } from 'vitest';
import { waitFor, type DrivenTab } from './driver';

/**
 * Retention with the panel never opened, the same in both browsers: rows are written straight into the extension's
 * IndexedDB from an extension page that is not the panel, the background's retention alarm is made due at once
 * (from that page: alarms belong to the extension, and the background wakes for them), and the rows are counted.
 */

const DAY = 86_400_000;
export const RETENTION_ALARM = 'returndesk-retention';

interface Folders {
  cases: string[];
  caseDecisions: string[];
}

interface AlarmsApi {
  get(name: string): Promise<{ periodInMinutes?: number } | undefined>;
  create(name: string, info: { when: number; periodInMinutes: number }): Promise<void>;
}

/** Resolves once the background has created ReturnDesk's database (it purges once when installed). */
async function databaseExists(): Promise<boolean> {
  return (await indexedDB.databases()).some((entry) => entry.name === 'returndesk');
}

async function writeRows(now: number, day: number): Promise<true> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const open = indexedDB.open('returndesk');
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error ?? new Error('indexedDB.open failed'));
  });
  const tx = db.transaction(['cases', 'caseDecisions'], 'readwrite');
  const row = (folderId: string, updatedAt: number) => ({
    platform: 'demo',
    folderId,
    snapshot: { platform: 'demo', folderId, messages: [] },
    firstSeenAt: updatedAt,
    updatedAt,
  });
  tx.objectStore('cases').put(row('never-reopened', now - 40 * day));
  tx.objectStore('cases').put(row('opened-yesterday', now - day));
  // Choices made 40 days ago on the case opened yesterday: they stay with it.
  tx.objectStore('caseDecisions').put({
    platform: 'demo',
    folderId: 'opened-yesterday',
    categoryOverride: 'tablet',
    photoSlots: {},
    updatedAt: now - 40 * day,
  });
  await new Promise((resolve, reject) => {
    tx.oncomplete = resolve;
    tx.onerror = () => reject(tx.error ?? new Error('transaction failed'));
  });
  db.close();
  return true;
}

async function storedFolders(): Promise<Folders> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const open = indexedDB.open('returndesk');
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error ?? new Error('indexedDB.open failed'));
  });
  const tx = db.transaction(['cases', 'caseDecisions'], 'readonly');
  const result: Folders = { cases: [], caseDecisions: [] };
  for (const name of ['cases', 'caseDecisions'] as const) {
    const request = tx.objectStore(name).getAll();
    request.onsuccess = () => {
      result[name] = (request.result as { folderId: string }[]).map((row) => row.folderId).sort();
    };
  }
  await new Promise((resolve, reject) => {
    tx.oncomplete = resolve;
    tx.onerror = () => reject(tx.error ?? new Error('transaction failed'));
  });
  db.close();
  return result;
}

async function alarmPeriod(name: string): Promise<number | null> {
  const extension = globalThis as unknown as { browser?: { alarms: AlarmsApi }; chrome?: { alarms: AlarmsApi } };
  const alarm = await (extension.browser ?? extension.chrome)!.alarms.get(name);
  return alarm?.periodInMinutes ?? null;
}

/** Due now, keeping its period: the alarm fires as it would an hour after the last one. */
async function alarmDueNow(name: string): Promise<true> {
  const extension = globalThis as unknown as { browser?: { alarms: AlarmsApi }; chrome?: { alarms: AlarmsApi } };
  await (extension.browser ?? extension.chrome)!.alarms.create(name, { when: Date.now() + 100, periodInMinutes: 60 });
  return true;
}

/** Runs the check on an extension page that is not the panel (`page`). */
export async function expectBackgroundPurge(page: DrivenTab): Promise<void> {
  await waitFor(() => page.run(databaseExists), { timeoutMs: 20_000, what: 'the background to create the database' });
  expect(await page.run(alarmPeriod, RETENTION_ALARM), 'the retention alarm, every hour').toBe(60);
  await page.run(writeRows, Date.now(), DAY);
  expect(await page.run(storedFolders)).toEqual({ cases: ['never-reopened', 'opened-yesterday'], caseDecisions: ['opened-yesterday'] });

  await page.run(alarmDueNow, RETENTION_ALARM);
  const after = await waitFor(
    async () => {
      const folders = await page.run(storedFolders);
      return folders.cases.length === 1 ? folders : undefined;
    },
    { timeoutMs: 60_000, what: 'the alarm to purge the old case' },
  );
  expect(after).toEqual({ cases: ['opened-yesterday'], caseDecisions: ['opened-yesterday'] });
}
