// @vitest-environment node
import { describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import {
  loadCase,
  loadDecisions,
  loadPhotoChecks,
  purgeExpiredCases,
  ReturnDeskDatabase,
  savePhotoCheck,
  saveSnapshot,
  SCHEMA_VERSIONS,
  updateDecisions,
} from '@/utils/db';
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
    await v1
      .table('cases')
      .put({ platform: 'demo', folderId: '7', snapshot: sampleSnapshot({ folderId: '7' }), firstSeenAt: 1, updatedAt: 2 });
    v1.close();
    const current = new ReturnDeskDatabase(name);
    expect((await loadCase(current, { platform: 'demo', folderId: '7' }))?.snapshot.folderId).toBe('7');
    current.close();
  });

  it('opens a database written by version 4 with its templates intact and empty macro stores (version 5)', async () => {
    const name = `migration-v4-${Date.now()}`;
    const v4 = new Dexie(name);
    for (const { version, stores } of SCHEMA_VERSIONS.filter((entry) => entry.version <= 4)) v4.version(version).stores(stores);
    await v4.open();
    const template = {
      id: 'late-parcel',
      title: 'Late parcel',
      folder: '',
      tags: [],
      bodies: { 'en-gb': 'Sorry.', 'en-us': 'Sorry.' },
      updatedAt: 3,
    };
    await v4.table('userTemplates').put(template);
    v4.close();
    const current = new ReturnDeskDatabase(name);
    // Intact, under its id in the agent's namespace (version 6).
    expect(await current.userTemplates.get('my-late-parcel')).toEqual({ ...template, id: 'my-late-parcel' });
    expect(await current.userMacros.count()).toBe(0);
    await current.userMacros.put({ id: 'mine', name: 'Mine', chord: null, steps: [{ kind: 'focus-composer' }], updatedAt: 4 });
    await current.macroOverrides.put({ id: 'copy-waybill', chord: null, hidden: true });
    expect(await current.userMacros.where('updatedAt').above(3).primaryKeys()).toEqual(['mine']);
    expect(current.verno).toBe(SCHEMA_VERSIONS.at(-1)!.version);
    current.close();
  });
});

describe('photo checks and decisions', () => {
  const checked = {
    kind: 'checked' as const,
    width: 4032,
    height: 3024,
    problems: [],
    usable: true,
    screenshot: false,
    blurDoubt: false,
    screenLit: true,
    dHash: '0123456789abcdef',
    dHashFine: '0'.repeat(64),
    notes: [],
    ms: 80,
  };

  it('caches checks by attachment URL, thumbnails included', async () => {
    const db = freshDb();
    const thumbnail = new Blob([new Uint8Array([1, 2, 3])], { type: 'image/jpeg' });
    await savePhotoCheck(db, { url: 'http://x/a.jpg', check: checked, thumbnail, checkedAt: 1 });
    await savePhotoCheck(db, {
      url: 'http://x/b.pdf',
      check: { kind: 'failed', code: 'not-an-image', message: 'PDF' },
      thumbnail: null,
      checkedAt: 1,
    });
    const loaded = await loadPhotoChecks(db, ['http://x/a.jpg', 'http://x/b.pdf', 'http://x/never.jpg']);
    expect([...loaded.keys()]).toEqual(['http://x/a.jpg', 'http://x/b.pdf']);
    expect(loaded.get('http://x/a.jpg')?.thumbnail?.size).toBe(3);
    db.close();
  });

  it('checks again a photo whose stored result predates "may be blurred" (it may wrongly say blurred)', async () => {
    const db = freshDb();
    const { blurDoubt: _, ...before } = checked;
    await savePhotoCheck(db, { url: 'http://x/old.jpg', check: before, thumbnail: null, checkedAt: 1 });
    await savePhotoCheck(db, { url: 'http://x/new.jpg', check: checked, thumbnail: null, checkedAt: 2 });
    expect([...(await loadPhotoChecks(db, ['http://x/old.jpg', 'http://x/new.jpg'])).keys()]).toEqual(['http://x/new.jpg']);
    db.close();
  });

  it("keeps the agent's slot choices and category per case, merging concurrent changes", async () => {
    const db = freshDb();
    const key = { platform: 'demo', folderId: '42' };
    expect((await loadDecisions(db, key)).photoSlots).toEqual({});
    await Promise.all([
      updateDecisions(db, key, (d) => ({ ...d, photoSlots: { ...d.photoSlots, 'a.jpg': 'back' } })),
      updateDecisions(db, key, (d) => ({ ...d, photoSlots: { ...d.photoSlots, 'b.jpg': null } })),
      updateDecisions(db, key, (d) => ({ ...d, categoryOverride: 'tablet' })),
    ]);
    const decisions = await loadDecisions(db, key);
    expect(decisions.photoSlots).toEqual({ 'a.jpg': 'back', 'b.jpg': null });
    expect(decisions.categoryOverride).toBe('tablet');
    db.close();
  });

  it('purges old checks and decisions with the cases', async () => {
    const db = freshDb();
    await savePhotoCheck(db, { url: 'old', check: checked, thumbnail: null, checkedAt: 0 });
    await updateDecisions(db, { platform: 'demo', folderId: 'old' }, (d) => d, 0);
    await savePhotoCheck(db, { url: 'new', check: checked, thumbnail: null, checkedAt: 100 * 86_400_000 });
    await purgeExpiredCases(db, 30, 100 * 86_400_000);
    expect(await db.photoChecks.count()).toBe(1);
    expect(await db.caseDecisions.count()).toBe(0);
    db.close();
  });
});
