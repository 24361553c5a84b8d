import { SNAPSHOT_PARTS } from './sites/snapshot';
import Dexie, { type Table } from 'dexie';
import { z } from 'zod';
import { conversationSnapshotSchema, type ConversationSnapshot } from './sites/snapshot';
import { blobSchema, photoCheckSchema } from './photos/analysis';
import { CATEGORY_IDS } from './checklist/define';
import { blurVerdictSchema } from './checklist/blur-verdicts';
import { numbersOutcomeSchema } from './ocr/worker-protocol';
import type { BuiltinOverride, TemplateUsage, UserTemplate } from './templates/library';
import type { MacroOverride, UserMacro } from './macros/library';
import { moveUserIdsIntoNamespace } from './templates/library-migration';

/**
 * ReturnDesk's IndexedDB, opened only in extension pages (panel, options, offscreen): a content script runs with
 * the site's origin, so a database opened there would belong to the platform.
 *
 * Schema changes: append a new entry to SCHEMA_VERSIONS (never edit a shipped one) with its stores and, when rows
 * must change shape, an upgrade function. tests/unit/db.test.ts opens a database written by every earlier version.
 */

export const caseRecordSchema = z.object({
  platform: z.string().min(1),
  folderId: z.string().min(1),
  snapshot: conversationSnapshotSchema,
  firstSeenAt: z.number(),
  updatedAt: z.number(),
});
export type CaseRecord = z.infer<typeof caseRecordSchema>;

/** One attachment's photo check, cached by URL so reopening a conversation is instant. */
export const photoCheckRecordSchema = z.object({
  url: z.string().min(1),
  check: photoCheckSchema,
  thumbnail: blobSchema.nullable(),
  checkedAt: z.number(),
});
export type PhotoCheckRecord = z.infer<typeof photoCheckRecordSchema>;

/** The numbers read from one image, keyed by the SHA-256 of its bytes so the same image is read once. */
export const numberReadingRecordSchema = z.object({
  hash: z.string().regex(/^[0-9a-f]{64}$/),
  outcome: numbersOutcomeSchema,
  readAt: z.number(),
});
export type NumberReadingRecord = z.infer<typeof numberReadingRecordSchema>;

/** What the agent decided for a case; reads of the page never overwrite it. */
export const caseDecisionsSchema = z.object({
  platform: z.string().min(1),
  folderId: z.string().min(1),
  /** Chosen by the agent instead of the detected category. */
  categoryOverride: z.enum(CATEGORY_IDS).nullable(),
  /** Attachment URL -> shot id, or null for "not a checklist photo". Only confirmed choices are stored. */
  photoSlots: z.record(z.string(), z.string().nullable()),
  /** Loose facts (guessed from the page's structure) the agent confirmed, by snapshot part; see sites/loose-facts.ts. */
  confirmedFacts: z.array(z.enum(SNAPSHOT_PARTS)).max(20).optional(),
  /** Attachment URL -> the agent's word on a photo that "may be blurred" (absent in records from before it). */
  blurVerdicts: z.record(z.string(), blurVerdictSchema).optional(),
  updatedAt: z.number(),
});
export type CaseDecisions = z.infer<typeof caseDecisionsSchema>;

interface SchemaVersion {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (transaction: import('dexie').Transaction) => Promise<void> | void;
}

export const SCHEMA_VERSIONS: SchemaVersion[] = [
  {
    version: 1,
    stores: {
      // One row per conversation, keyed by platform + folder id.
      cases: '&[platform+folderId], updatedAt',
    },
  },
  {
    version: 2,
    stores: {
      photoChecks: '&url, checkedAt',
      caseDecisions: '&[platform+folderId], updatedAt',
    },
  },
  {
    version: 3,
    stores: {
      numberReadings: '&hash, readAt',
    },
  },
  {
    version: 4,
    stores: {
      // Reply templates (utils/templates/library-store.ts): never purged with case data.
      userTemplates: '&id, updatedAt',
      templateOverrides: '&id',
      templateUsage: '&id, lastUsedAt',
    },
  },
  {
    version: 5,
    stores: {
      // Macros (utils/macros/store.ts): the agent's own, and rebinding or hiding of built-ins. Never purged.
      userMacros: '&id, updatedAt',
      macroOverrides: '&id',
      // Which case an image (numberReadings hash) was seen in, so forgetting a conversation forgets its readings
      // (utils/case-data.ts). Case data: purged with the case.
      imageSources: '&[platform+folderId+hash], [platform+folderId], hash, seenAt',
    },
  },
  {
    version: 6,
    stores: {},
    // The agent's template and macro ids move into their own namespace (`my-…`), clear of every built-in's.
    upgrade: moveUserIdsIntoNamespace,
  },
];

export class ReturnDeskDatabase extends Dexie {
  cases!: Table<CaseRecord, [string, string]>;
  photoChecks!: Table<PhotoCheckRecord, string>;
  caseDecisions!: Table<CaseDecisions, [string, string]>;
  numberReadings!: Table<NumberReadingRecord, string>;
  userTemplates!: Table<UserTemplate, string>;
  templateOverrides!: Table<BuiltinOverride, string>;
  templateUsage!: Table<TemplateUsage, string>;
  userMacros!: Table<UserMacro, string>;
  macroOverrides!: Table<MacroOverride, string>;

  constructor(name = 'returndesk') {
    super(name);
    for (const { version, stores, upgrade } of SCHEMA_VERSIONS) {
      const declared = this.version(version).stores(stores);
      if (upgrade) declared.upgrade(upgrade);
    }
  }
}

export interface CaseKey {
  platform: string;
  folderId: string;
}

/** Rows are parsed on read: a row that no longer fits the schema is reported as unreadable, never half-used. */
export async function loadCase(db: ReturnDeskDatabase, key: CaseKey): Promise<CaseRecord | null> {
  const row = await db.cases.get([key.platform, key.folderId]);
  if (!row) return null;
  const parsed = caseRecordSchema.safeParse(row);
  return parsed.success ? parsed.data : null;
}

/** Saves the latest snapshot of a conversation, keeping when it was first seen. */
export async function saveSnapshot(db: ReturnDeskDatabase, snapshot: ConversationSnapshot, now = Date.now()): Promise<CaseRecord> {
  return db.transaction('rw', db.cases, async () => {
    const existing = await loadCase(db, snapshot);
    const record: CaseRecord = {
      platform: snapshot.platform,
      folderId: snapshot.folderId,
      snapshot,
      firstSeenAt: existing?.firstSeenAt ?? now,
      updatedAt: now,
    };
    await db.cases.put(caseRecordSchema.parse(record));
    return record;
  });
}

/**
 * Removes case data not touched for `retentionDays`; returns how many rows went. The agent's choices for a case
 * go with the case (a case opened daily keeps them, however long ago they were made); choices whose case row is
 * already gone go by their own date.
 */
export async function purgeExpiredCases(db: ReturnDeskDatabase, retentionDays: number, now = Date.now()) {
  const cutoff = now - retentionDays * 24 * 60 * 60 * 1000;
  return db.transaction('rw', [db.cases, db.photoChecks, db.caseDecisions, db.numberReadings], async () => {
    const expiredCases = await db.cases.where('updatedAt').below(cutoff).primaryKeys();
    const oldDecisions = await db.caseDecisions.where('updatedAt').below(cutoff).primaryKeys();
    const liveCases = new Set((await db.cases.bulkGet(oldDecisions)).flatMap((row) => (row ? [`${row.platform}\n${row.folderId}`] : [])));
    const orphanDecisions = oldDecisions.filter(([platform, folderId]) => !liveCases.has(`${platform}\n${folderId}`));
    const decisionKeys = [...expiredCases, ...orphanDecisions];
    const decisions = (await db.caseDecisions.bulkGet(decisionKeys)).filter(Boolean).length;
    await db.caseDecisions.bulkDelete(decisionKeys);
    await db.cases.bulkDelete(expiredCases);
    const counts = await Promise.all([
      db.numberReadings.where('readAt').below(cutoff).delete(),
      db.photoChecks.where('checkedAt').below(cutoff).delete(),
    ]);
    return expiredCases.length + decisions + counts.reduce((sum, count) => sum + count, 0);
  });
}

/**
 * A check stored before "may be blurred" existed (no blurDoubt) was measured on a stretched decode in Chromium that
 * called sharp photos blurred (issue #14): it is checked again rather than shown.
 */
function isFromBeforeHonestBlur(record: PhotoCheckRecord): boolean {
  return record.check.kind === 'checked' && record.check.blurDoubt === undefined;
}

export async function loadPhotoChecks(db: ReturnDeskDatabase, urls: readonly string[]): Promise<Map<string, PhotoCheckRecord>> {
  const rows = await db.photoChecks.bulkGet([...urls]);
  const result = new Map<string, PhotoCheckRecord>();
  for (const row of rows) {
    const parsed = photoCheckRecordSchema.safeParse(row);
    if (parsed.success && !isFromBeforeHonestBlur(parsed.data)) result.set(parsed.data.url, parsed.data);
  }
  return result;
}

export async function savePhotoCheck(db: ReturnDeskDatabase, record: PhotoCheckRecord): Promise<void> {
  await db.photoChecks.put(photoCheckRecordSchema.parse(record));
}

export async function loadDecisions(db: ReturnDeskDatabase, key: CaseKey): Promise<CaseDecisions> {
  const parsed = caseDecisionsSchema.safeParse(await db.caseDecisions.get([key.platform, key.folderId]));
  return parsed.success
    ? parsed.data
    : { platform: key.platform, folderId: key.folderId, categoryOverride: null, photoSlots: {}, updatedAt: 0 };
}

/** Read-modify-write in one transaction, so two panels on the same case do not undo each other's choices. */
export async function updateDecisions(
  db: ReturnDeskDatabase,
  key: CaseKey,
  change: (current: CaseDecisions) => Omit<CaseDecisions, 'updatedAt' | 'platform' | 'folderId'>,
  now = Date.now(),
): Promise<CaseDecisions> {
  return db.transaction('rw', db.caseDecisions, async () => {
    const next = { ...change(await loadDecisions(db, key)), platform: key.platform, folderId: key.folderId, updatedAt: now };
    await db.caseDecisions.put(caseDecisionsSchema.parse(next));
    return next;
  });
}

export async function loadNumberReading(db: ReturnDeskDatabase, hash: string): Promise<NumberReadingRecord | null> {
  const parsed = numberReadingRecordSchema.safeParse(await db.numberReadings.get(hash));
  return parsed.success ? parsed.data : null;
}

export async function saveNumberReading(db: ReturnDeskDatabase, record: NumberReadingRecord): Promise<void> {
  await db.numberReadings.put(numberReadingRecordSchema.parse(record));
}
