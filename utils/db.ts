import Dexie, { type Table } from 'dexie';
import { z } from 'zod';
import { conversationSnapshotSchema, type ConversationSnapshot } from './sites/snapshot';

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
];

export class ReturnDeskDatabase extends Dexie {
  cases!: Table<CaseRecord, [string, string]>;

  constructor(name = 'returndesk') {
    super(name);
    for (const { version, stores, upgrade } of SCHEMA_VERSIONS) {
      const declared = this.version(version).stores(stores);
      if (upgrade) declared.upgrade(upgrade);
    }
  }
}

export type CaseKey = { platform: string; folderId: string };

/** Rows are parsed on read: a row that no longer fits the schema is reported as unreadable, never half-used. */
export async function loadCase(db: ReturnDeskDatabase, key: CaseKey): Promise<CaseRecord | null> {
  const row = await db.cases.get([key.platform, key.folderId]);
  if (!row) return null;
  const parsed = caseRecordSchema.safeParse(row);
  return parsed.success ? parsed.data : null;
}

/** Saves the latest snapshot of a conversation, keeping when it was first seen. */
export async function saveSnapshot(
  db: ReturnDeskDatabase,
  snapshot: ConversationSnapshot,
  now = Date.now(),
): Promise<CaseRecord> {
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

/** Removes cases not touched for `retentionDays`; returns how many went. */
export async function purgeExpiredCases(db: ReturnDeskDatabase, retentionDays: number, now = Date.now()) {
  const cutoff = now - retentionDays * 24 * 60 * 60 * 1000;
  return db.cases.where('updatedAt').below(cutoff).delete();
}
