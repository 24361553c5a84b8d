// @vitest-environment node
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadDecisions, saveSnapshot, updateDecisions, type ReturnDeskDatabase } from '@/utils/db';
import { RETENTION_ALARM, RETENTION_EVERY_HOURS, startBackgroundRetention } from '@/utils/extension/background-retention';
import { caseWithPhotos, freshLinkedDb } from './case-db';

/**
 * Retention with the panel never opened: only the background runs (its start-up, install and alarm events are
 * fired by the fake browser), against a database the panel filled on an earlier day. The clock is a plain value.
 */

const DAY = 86_400_000;
let db: ReturnDeskDatabase;
let clock = 0;

const folders = async () => (await db.cases.toArray()).map((row) => row.folderId).sort();
const alarm = { name: RETENTION_ALARM, scheduledTime: 0, periodInMinutes: RETENTION_EVERY_HOURS * 60 };

function startBackground() {
  // The background opens its own connection per purge and closes it: hand it a fresh one on the same database.
  const name = db.name;
  startBackgroundRetention({
    openDatabase: () => new (db.constructor as new (name: string) => ReturnDeskDatabase)(name),
    now: () => clock,
  });
}

afterEach(() => db?.close());

describe('retention from the background', () => {
  it('purges a case older than the retention period on browser start-up, with no panel ever opened', async () => {
    db = freshLinkedDb();
    await saveSnapshot(db, caseWithPhotos('seen-40-days-ago', 2), 0);
    await saveSnapshot(db, caseWithPhotos('seen-yesterday', 2), 39 * DAY);
    clock = 40 * DAY;
    startBackground();
    await fakeBrowser.runtime.onStartup.trigger();
    await expect.poll(folders).toEqual(['seen-yesterday']);
  });

  it('keeps purging on its alarm, reading the period from the settings each time', async () => {
    db = freshLinkedDb();
    await saveSnapshot(db, caseWithPhotos('a', 1), 0);
    await saveSnapshot(db, caseWithPhotos('b', 1), 10 * DAY);
    clock = 20 * DAY;
    startBackground();
    await expect.poll(() => fakeBrowser.alarms.get(RETENTION_ALARM)).toMatchObject({ periodInMinutes: RETENTION_EVERY_HOURS * 60 });

    await fakeBrowser.alarms.onAlarm.trigger(alarm);
    expect(await folders()).toEqual(['a', 'b']);

    // The agent shortens the period in the options page; the next alarm uses it.
    await fakeBrowser.storage.local.set({ settings: { retentionDays: 15 } });
    await fakeBrowser.alarms.onAlarm.trigger(alarm);
    expect(await folders()).toEqual(['b']);

    // Another extension's alarm (or an unknown one of ours) purges nothing.
    await fakeBrowser.storage.local.set({ settings: { retentionDays: 1 } });
    await fakeBrowser.alarms.onAlarm.trigger({ ...alarm, name: 'something-else' });
    expect(await folders()).toEqual(['b']);
  });

  it('keeps the agent’s choices of a case still in use, however long ago they were made, and drops them with the case', async () => {
    db = freshLinkedDb();
    const used = { platform: 'demo', folderId: 'opened-daily' };
    const dropped = { platform: 'demo', folderId: 'abandoned' };
    await updateDecisions(db, used, (current) => ({ ...current, photoSlots: { 'http://x/1.jpg': 'front' } }), 0);
    await updateDecisions(db, dropped, (current) => ({ ...current, photoSlots: { 'http://x/2.jpg': 'back' } }), 0);
    await saveSnapshot(db, caseWithPhotos('abandoned', 1), 0);
    // The case was opened every day since (each read saves its snapshot); the choices were made on day 0.
    await saveSnapshot(db, caseWithPhotos('opened-daily', 1), 44 * DAY);
    clock = 45 * DAY;
    startBackground();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update' } as never);
    await expect.poll(folders).toEqual(['opened-daily']);
    expect((await loadDecisions(db, used)).photoSlots).toEqual({ 'http://x/1.jpg': 'front' });
    expect((await loadDecisions(db, dropped)).photoSlots).toEqual({});
  });
});
