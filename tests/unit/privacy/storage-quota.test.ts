// @vitest-environment node
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { recordImageSource } from '@/utils/case-data';
import { saveNumberReading, savePhotoCheck, saveSnapshot, type ReturnDeskDatabase } from '@/utils/db';
import { isQuotaExceeded, writeWithEviction } from '@/utils/storage-quota';
import { addUserTemplate } from '@/utils/templates/library-store';
import { recordTemplateUse } from '@/utils/templates/usage';
import { caseWithPhotos, freshLinkedDb, hashOf, photoCheck, reading } from './case-db';

/** What Dexie throws when the browser refuses a write in a transaction. */
const quotaError = () =>
  new Dexie.AbortError('Transaction aborted', new DOMException('The quota has been exceeded.', 'QuotaExceededError'));

/** A write that fails for lack of space until case data is down to `rows` rows, then saves the current case. */
function writeNeedingRoom(db: ReturnDeskDatabase, rows: number, current = caseWithPhotos('current', 2)) {
  let attempts = 0;
  const write = async () => {
    attempts += 1;
    const used = (await db.photoChecks.count()) + (await db.numberReadings.count()) + (await db.cases.count());
    if (used > rows) throw quotaError();
    return saveSnapshot(db, current, 99_000);
  };
  return { write, attempts: () => attempts };
}

async function fill(db: ReturnDeskDatabase) {
  // Three older conversations, five photos each, checked at t = case * 100 + photo; readings at t = 50 + n * 100.
  for (const folder of [1, 2, 3]) {
    await saveSnapshot(db, caseWithPhotos(String(folder), 5), folder * 100);
    for (let photo = 0; photo < 5; photo += 1) {
      await savePhotoCheck(db, photoCheck(`http://127.0.0.1:4173/attachments/${folder}/photo-${photo}.jpg`, folder * 100 + photo));
    }
    await saveNumberReading(db, reading(hashOf(folder), folder * 100 + 50));
    await recordImageSource(db, { platform: 'demo', folderId: String(folder), hash: hashOf(folder), url: `http://x/${folder}` });
  }
  await addUserTemplate(db, {
    id: 'refund-sent',
    title: 'Refund sent',
    folder: 'Refunds',
    tags: [],
    bodies: { 'en-gb': 'Hi {{first_name}}.', 'en-us': 'Hi {{first_name}}.' },
    updatedAt: 1,
  });
  await recordTemplateUse(db, 'refund-sent');
}

async function templatesIntact(db: ReturnDeskDatabase) {
  expect(await db.userTemplates.count()).toBe(1);
  expect((await db.templateUsage.get('refund-sent'))?.count).toBe(1);
}

describe('recognising a full storage', () => {
  it('sees the quota error however Dexie wraps it, and nothing else', () => {
    expect(isQuotaExceeded(new DOMException('full', 'QuotaExceededError'))).toBe(true);
    expect(isQuotaExceeded(quotaError())).toBe(true);
    expect(isQuotaExceeded(new Dexie.QuotaExceededError('full'))).toBe(true);
    expect(isQuotaExceeded(new Dexie.BulkError('bulkPut failed', { 0: new DOMException('full', 'QuotaExceededError') }))).toBe(true);
    expect(isQuotaExceeded(new Dexie.AbortError('Transaction aborted', new DOMException('dup', 'ConstraintError')))).toBe(false);
    expect(isQuotaExceeded(new Error('QuotaExceededError'))).toBe(false);
    expect(isQuotaExceeded(null)).toBe(false);
  });
});

describe('writing when storage is full', () => {
  it('writes at once and says nothing when there is room', async () => {
    const db = freshLinkedDb();
    await fill(db);
    const result = await writeWithEviction(db, () => saveSnapshot(db, caseWithPhotos('current', 1)));
    expect(result).toMatchObject({ ok: true, message: null, evicted: { photoChecks: 0, numberReadings: 0, conversations: 0 } });
    expect(await db.photoChecks.count()).toBe(15);
    db.close();
  });

  it('removes the oldest cached checks and readings first, keeps every conversation, then saves', async () => {
    const db = freshLinkedDb();
    await fill(db);
    // 15 checks + 3 readings + 3 cases = 21 rows; room for 12.
    const { write } = writeNeedingRoom(db, 12);
    const result = await writeWithEviction(db, write, { protect: { platform: 'demo', folderId: 'current' } });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.folderId).toBe('current');
    expect(await db.cases.count()).toBe(4);
    const kept = [
      ...(await db.photoChecks.toArray()).map((row) => row.checkedAt),
      ...(await db.numberReadings.toArray()).map((row) => row.readAt),
    ].sort((a, b) => a - b);
    const removed = result.evicted.photoChecks + result.evicted.numberReadings;
    expect(removed).toBeGreaterThanOrEqual(9);
    // Everything left is newer than everything removed: only the oldest went.
    const all = [100, 101, 102, 103, 104, 150, 200, 201, 202, 203, 204, 250, 300, 301, 302, 303, 304, 350];
    expect(kept).toEqual(all.slice(removed));
    expect(result.message).toMatch(
      /^Storage was full: removed the saved results of \d+ photo checks and \d+ number readings? \(they are redone when needed\), oldest first\.$/,
    );
    await templatesIntact(db);
    db.close();
  });

  it('removes whole older conversations when the caches are not enough, never the one being saved', async () => {
    const db = freshLinkedDb();
    await fill(db);
    await saveSnapshot(db, caseWithPhotos('current', 2), 10);
    await savePhotoCheck(db, photoCheck('http://127.0.0.1:4173/attachments/current/photo-0.jpg', 1));
    // Only the current case and its one check fit.
    const { write } = writeNeedingRoom(db, 2);
    const result = await writeWithEviction(db, write, { protect: { platform: 'demo', folderId: 'current' } });
    expect(result).toMatchObject({ ok: true, evicted: { photoChecks: 15, numberReadings: 3, conversations: 3 } });
    expect((await db.cases.toArray()).map((row) => row.folderId)).toEqual(['current']);
    expect(await db.photoChecks.count()).toBe(1);
    expect(await db.table('imageSources').count()).toBe(0);
    expect(result.message).toContain('and 3 older conversations with everything saved about them');
    await templatesIntact(db);
    db.close();
  });

  it('gives up with a clear message when nothing older is left, keeping templates and usage', async () => {
    const db = freshLinkedDb();
    await fill(db);
    let attempts = 0;
    const result = await writeWithEviction(db, async () => {
      attempts += 1;
      throw quotaError();
    });
    expect(result.ok).toBe(false);
    expect(result.message).toMatch(
      /^Storage is full and nothing older is left to remove \(removed .*3 older conversations.*\)\. Nothing new was saved/,
    );
    expect(await db.cases.count()).toBe(0);
    expect(attempts).toBeLessThan(20);
    await templatesIntact(db);
    db.close();
  });

  it('stops after the round limit instead of emptying the database for a write that can never fit', async () => {
    const db = freshLinkedDb();
    await fill(db);
    const result = await writeWithEviction(db, () => Promise.reject(quotaError()), { firstBatch: 1, maxRounds: 2 });
    expect(result).toMatchObject({ ok: false, evicted: { conversations: 0 } });
    expect(result.evicted.photoChecks + result.evicted.numberReadings).toBe(3);
    expect(result.message).toContain('saving still failed after making room');
    expect(await db.cases.count()).toBe(3);
    db.close();
  });

  it('returns other failures at once without removing anything', async () => {
    const db = freshLinkedDb();
    await fill(db);
    const result = await writeWithEviction(db, () => Promise.reject(new Dexie.ConstraintError('Key already exists')));
    expect(result).toMatchObject({ ok: false, evicted: { photoChecks: 0, numberReadings: 0, conversations: 0 } });
    expect(result.message).toMatch(/^Could not save locally: ConstraintError/);
    expect(await db.photoChecks.count()).toBe(15);
    db.close();
  });
});
