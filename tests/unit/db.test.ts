import { describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { loadCase, purgeExpiredCases, ReturnDeskDatabase, saveSnapshot, SCHEMA_VERSIONS } from '@/utils/db';
import { sampleSnapshot } from './helpers/snapshot';

let counter = 0;
const freshDb = () => new ReturnDeskDatabase(`test-${Date.now()}-${counter++}`);


describe('cases', () => {
  it('saves a conversation and reads it back, keeping when it was first seen', async () => {
    const db = freshDb();
    await saveSnapshot(db, sampleSnapshot(), 1000);
    await saveSnapshot(db, sampleSnapshot({ orderId: '58123457' }), 5000);
    const record = await loadCase(db, { platform: 'demo', folderId: '4815162' });
    expect(record?.firstSeenAt).toBe(1000);
    expect(record?.updatedAt).toBe(5000);
    expect(record?.snapshot.orderId).toBe('58123457');
    db.close();
  });

  it('keys cases by platform and folder id: the same id on another platform is another case', async () => {
    const db = freshDb();
    await saveSnapshot(db, sampleSnapshot());
    await saveSnapshot(db, sampleSnapshot({ platform: 'backoffice' }));
    expect(await db.cases.count()).toBe(2);
    db.close();
  });

  it('treats a row that no longer fits the schema as absent instead of using half of it', async () => {
    const db = freshDb();
    await db.cases.put({ platform: 'demo', folderId: '1', snapshot: { broken: true } } as never);
    expect(await loadCase(db, { platform: 'demo', folderId: '1' })).toBeNull();
    db.close();
  });

  it('purges cases older than the retention period and keeps recent ones', async () => {
    const db = freshDb();
    const day = 24 * 60 * 60 * 1000;
    await saveSnapshot(db, sampleSnapshot({ folderId: 'old' }), 0);
    await saveSnapshot(db, sampleSnapshot({ folderId: 'new' }), 40 * day);
    expect(await purgeExpiredCases(db, 30, 41 * day)).toBe(1);
    expect((await db.cases.toArray()).map((row) => row.folderId)).toEqual(['new']);
    db.close();
  });
});

describe('schema versions', () => {
  it('are strictly increasing so Dexie can upgrade an older database', () => {
    const versions = SCHEMA_VERSIONS.map((entry) => entry.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(new Set(versions).size).toBe(versions.length);
  });

  it('opens a database written by version 1 with its rows intact', async () => {
    const name = `migration-${Date.now()}`;
    const v1 = new Dexie(name);
    v1.version(1).stores(SCHEMA_VERSIONS[0]!.stores);
    await v1.open();
    await v1.table('cases').put({ platform: 'demo', folderId: '7', snapshot: sampleSnapshot({ folderId: '7' }), firstSeenAt: 1, updatedAt: 2 });
    v1.close();
    const current = new ReturnDeskDatabase(name);
    expect((await loadCase(current, { platform: 'demo', folderId: '7' }))?.snapshot.folderId).toBe('7');
    current.close();
  });
});
