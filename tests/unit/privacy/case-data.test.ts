// @vitest-environment node
import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import {
  caseDataSummary,
  forgetConversation,
  forgetEverything,
  purgeExpiredCaseData,
  purgeWhileOpen,
  recordImageSource,
} from '@/utils/case-data';
import { loadCase, saveNumberReading, savePhotoCheck, saveSnapshot, updateDecisions } from '@/utils/db';
import { addUserTemplate, deleteTemplate } from '@/utils/templates/library-store';
import { recordTemplateUse } from '@/utils/templates/usage';
import { caseWithPhotos, freshLinkedDb, hashOf, photoCheck, reading } from './case-db';

const url = (folderId: string, index: number) => `http://127.0.0.1:4173/attachments/${folderId}/photo-${index}.jpg`;
const template = {
  id: 'refund-sent',
  title: 'Refund sent',
  folder: 'Refunds',
  tags: ['refund'],
  bodies: { 'en-gb': 'Hi {{first_name}}, refund for {{order_id}}.', 'en-us': 'Hi {{first_name}}, refund for {{order_id}}.' },
  updatedAt: 1,
};

async function twoCases(db: ReturnType<typeof freshLinkedDb>) {
  for (const folderId of ['111', '222']) {
    await saveSnapshot(db, caseWithPhotos(folderId, 3), 1000);
    await updateDecisions(db, { platform: 'demo', folderId }, (current) => ({ ...current, photoSlots: { [url(folderId, 0)]: 'front' } }));
    for (let index = 0; index < 3; index += 1) await savePhotoCheck(db, photoCheck(url(folderId, index), 1000));
  }
  // Case 111 read two images; the second is the same file the customer of 222 also sent.
  await saveNumberReading(db, reading(hashOf(1), 1000));
  await saveNumberReading(db, reading(hashOf(2), 1000));
  await recordImageSource(db, { platform: 'demo', folderId: '111', hash: hashOf(1), url: url('111', 1) });
  await recordImageSource(db, { platform: 'demo', folderId: '111', hash: hashOf(2), url: url('111', 2) });
  await recordImageSource(db, { platform: 'demo', folderId: '222', hash: hashOf(2), url: url('222', 2) });
}

describe('forget this conversation', () => {
  it('removes the snapshot, decisions, photo checks and numbers of that case and nothing of another case', async () => {
    const db = freshLinkedDb();
    await twoCases(db);
    const result = await forgetConversation(db, { platform: 'demo', folderId: '111' });
    expect(result).toEqual({ cases: 1, decisions: 1, photoChecks: 3, numberReadings: 1, numberReadingsLinked: true });
    expect(await loadCase(db, { platform: 'demo', folderId: '111' })).toBeNull();
    expect(await db.caseDecisions.count()).toBe(1);
    expect((await db.photoChecks.toArray()).map((row) => row.url).sort()).toEqual([0, 1, 2].map((index) => url('222', index)));
    // The shared image's reading stays for case 222; the one only 111 used is gone.
    expect(await db.numberReadings.get(hashOf(1))).toBeUndefined();
    expect(await db.numberReadings.get(hashOf(2))).toBeDefined();
    expect(await loadCase(db, { platform: 'demo', folderId: '222' })).not.toBeNull();
    db.close();
  });

  it("forgets photo checks named only in the agent's decisions, and a case whose stored snapshot no longer parses", async () => {
    const db = freshLinkedDb();
    await db.cases.put({
      platform: 'demo',
      folderId: '9',
      snapshot: { messages: [{ attachments: [{ url: url('9', 0) }] }] },
      updatedAt: 1,
    } as never);
    await savePhotoCheck(db, photoCheck(url('9', 0), 1));
    await savePhotoCheck(db, photoCheck(url('9', 5), 1));
    await updateDecisions(db, { platform: 'demo', folderId: '9' }, (current) => ({ ...current, photoSlots: { [url('9', 5)]: null } }));
    const result = await forgetConversation(db, { platform: 'demo', folderId: '9' });
    expect(result).toMatchObject({ cases: 1, decisions: 1, photoChecks: 2 });
    expect(await db.photoChecks.count()).toBe(0);
    db.close();
  });

  it('reports nothing removed for a conversation that was never saved', async () => {
    const db = freshLinkedDb();
    expect(await forgetConversation(db, { platform: 'demo', folderId: 'nope' })).toEqual({
      cases: 0,
      decisions: 0,
      photoChecks: 0,
      numberReadings: 0,
      numberReadingsLinked: true,
    });
    db.close();
  });
});

describe('forget everything', () => {
  it('clears every case table and keeps templates, changes to built-ins and usage', async () => {
    const db = freshLinkedDb();
    await twoCases(db);
    await addUserTemplate(db, template);
    await deleteTemplate(db, 'packing-instructions');
    await recordTemplateUse(db, 'refund-sent');
    const result = await forgetEverything(db);
    expect(result).toEqual({ cases: 2, caseDecisions: 2, photoChecks: 6, numberReadings: 2, imageSources: 3 });
    for (const table of [db.cases, db.caseDecisions, db.photoChecks, db.numberReadings]) expect(await table.count()).toBe(0);
    expect(await db.userTemplates.count()).toBe(1);
    expect(await db.templateOverrides.count()).toBe(1);
    expect((await db.templateUsage.get('refund-sent'))?.count).toBe(1);
    db.close();
  });

  it('never clears a table it does not know as case data (macros and anything added later)', async () => {
    const db = freshLinkedDb();
    await addUserTemplate(db, template);
    await forgetEverything(db);
    const agentTables = db.tables
      .map((table) => table.name)
      .filter((name) => !['cases', 'caseDecisions', 'photoChecks', 'numberReadings', 'imageSources'].includes(name));
    expect(agentTables).toEqual(expect.arrayContaining(['userTemplates', 'templateOverrides', 'templateUsage']));
    expect(await db.userTemplates.count()).toBe(1);
    db.close();
  });
});

describe('summary', () => {
  it('counts rows and approximate bytes, thumbnails and crops included, and lists what is kept', async () => {
    const db = freshLinkedDb();
    await twoCases(db);
    await savePhotoCheck(db, photoCheck('http://x/big.jpg', 5, 50_000));
    await addUserTemplate(db, template);
    const summary = await caseDataSummary(db);
    expect(summary.cases.rows).toBe(2);
    expect(summary.caseDecisions.rows).toBe(2);
    expect(summary.photoChecks).toMatchObject({ rows: 7, thumbnails: 7 });
    expect(summary.photoChecks.bytes).toBeGreaterThan(50_000);
    expect(summary.numberReadings).toMatchObject({ rows: 2, crops: 2 });
    expect(summary.total.rows).toBe(2 + 2 + 7 + 2 + 3);
    expect(summary.total.bytes).toBeGreaterThan(summary.photoChecks.bytes);
    expect(summary.oldestCaseAt).toBe(1000);
    expect(summary.kept).toMatchObject({ userTemplates: 1, templateOverrides: 0, templateUsage: 0 });
    expect(summary.kept).not.toHaveProperty('cases');
    await forgetEverything(db);
    const empty = await caseDataSummary(db);
    expect(empty.total).toEqual({ rows: 0, bytes: 0 });
    expect(empty.oldestCaseAt).toBeNull();
    db.close();
  });
});

describe('retention', () => {
  it('purges the image links with the cases', async () => {
    const db = freshLinkedDb();
    const day = 86_400_000;
    await recordImageSource(db, { platform: 'demo', folderId: 'old', hash: hashOf(1), url: 'http://x/1.jpg' }, 0);
    await recordImageSource(db, { platform: 'demo', folderId: 'new', hash: hashOf(2), url: 'http://x/2.jpg' }, 40 * day);
    await saveSnapshot(db, caseWithPhotos('old', 0), 0);
    expect(await purgeExpiredCaseData(db, 30, 41 * day)).toBe(2);
    expect((await db.table('imageSources').toArray()).map((row: { folderId: string }) => row.folderId)).toEqual(['new']);
    db.close();
  });

  it('keeps purging while the panel stays open, with the period read again each hour', async () => {
    // Only the clock and the interval are faked: fake-indexeddb runs on the real timers.
    vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval'] });
    try {
      const day = 86_400_000;
      vi.setSystemTime(100 * day);
      const db = freshLinkedDb();
      await saveSnapshot(db, caseWithPhotos('used-29-days-ago', 0), 70.5 * day);
      await saveSnapshot(db, caseWithPhotos('used-today', 0), 100 * day);
      let retentionDays = 30;
      const folders = async () => (await db.cases.toArray()).map((row) => row.folderId).sort();
      const stop = purgeWhileOpen(db, async () => retentionDays);
      await vi.waitFor(async () => expect(await folders()).toEqual(['used-29-days-ago', 'used-today']));

      // A day later, with the panel still open, the older case is past 30 days.
      await vi.advanceTimersByTimeAsync(day);
      await vi.waitFor(async () => expect(await folders()).toEqual(['used-today']));

      // The agent shortens the period to 0 days: the next hourly purge takes the rest.
      retentionDays = 0;
      await vi.advanceTimersByTimeAsync(60 * 60 * 1000);
      await vi.waitFor(async () => expect(await folders()).toEqual([]));

      // Stopped (the panel closed): nothing runs any more.
      stop();
      await saveSnapshot(db, caseWithPhotos('after-close', 0), 0);
      await vi.advanceTimersByTimeAsync(3 * 60 * 60 * 1000);
      expect(await folders()).toEqual(['after-close']);
      db.close();
    } finally {
      vi.useRealTimers();
    }
  });
});
