import type { CaseKey, ReturnDeskDatabase } from './db';
import { forgetConversation, imageSourcesTable } from './case-data';
import { conversationSnapshotSchema } from './sites/snapshot';
import { conversationAttachments } from './sites/attachments';

/**
 * When the browser refuses a write because the extension's storage is full, make room and try again, oldest first:
 * cached photo checks and number readings (cheap to redo: read again when their conversation is opened), then whole
 * conversations not used for the longest time. Templates, overrides, usage and macros are never touched.
 */

/** Dexie wraps the browser's QuotaExceededError (as `inner` of an AbortError, or in a BulkError's `failures`). */
export function isQuotaExceeded(error: unknown, depth = 0): boolean {
  if (depth > 4 || typeof error !== 'object' || error === null) return false;
  const candidate = error as { name?: unknown; code?: unknown; inner?: unknown; cause?: unknown; failures?: unknown };
  // NS_ERROR_DOM_QUOTA_REACHED: older Firefox; code 22: DOMException.QUOTA_EXCEEDED_ERR.
  if (candidate.name === 'QuotaExceededError' || candidate.name === 'NS_ERROR_DOM_QUOTA_REACHED') return true;
  if (candidate.code === 22 && typeof DOMException !== 'undefined' && error instanceof DOMException) return true;
  const failures: unknown[] = Array.isArray(candidate.failures) ? candidate.failures : [];
  return [candidate.inner, candidate.cause, ...failures].some((inner) => isQuotaExceeded(inner, depth + 1));
}

export interface EvictionCounts {
  photoChecks: number;
  numberReadings: number;
  conversations: number;
}

export type WriteResult<T> =
  | { ok: true; value: T; evicted: EvictionCounts; message: string | null }
  | { ok: false; error: unknown; evicted: EvictionCounts; message: string };

export interface EvictionOptions {
  /** The conversation being worked on: its cached checks and the case itself are evicted last of all, never here. */
  protect?: CaseKey;
  /** Rows removed in the first round; each further round removes twice as many. */
  firstBatch?: number;
  maxRounds?: number;
}

const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;

function describeEviction(evicted: EvictionCounts): string {
  const caches = [
    evicted.photoChecks > 0 ? plural(evicted.photoChecks, 'photo check') : '',
    evicted.numberReadings > 0 ? plural(evicted.numberReadings, 'number reading') : '',
  ].filter(Boolean);
  const parts = [
    caches.length > 0 ? `the saved results of ${caches.join(' and ')} (they are redone when needed)` : '',
    evicted.conversations > 0 ? `${plural(evicted.conversations, 'older conversation')} with everything saved about them` : '',
  ].filter(Boolean);
  return `removed ${parts.join(', and ')}, oldest first`;
}

const anyEvicted = (evicted: EvictionCounts) => evicted.photoChecks + evicted.numberReadings + evicted.conversations > 0;

async function protectedUrls(db: ReturnDeskDatabase, key: CaseKey | undefined): Promise<Set<string>> {
  if (!key) return new Set();
  const parsed = conversationSnapshotSchema.safeParse((await db.cases.get([key.platform, key.folderId]))?.snapshot);
  return new Set(parsed.success ? conversationAttachments(parsed.data).map((attachment) => attachment.url) : []);
}

async function protectedHashes(db: ReturnDeskDatabase, key: CaseKey | undefined): Promise<Set<string>> {
  const links = imageSourcesTable(db);
  if (!key || !links) return new Set();
  return new Set((await links.where('[platform+folderId]').equals([key.platform, key.folderId]).toArray()).map((link) => link.hash));
}

/** Deletes up to `limit` of the oldest cached photo checks and number readings together, by age. */
async function evictOldestCaches(db: ReturnDeskDatabase, limit: number, keepUrls: Set<string>, keepHashes: Set<string>) {
  const [checks, readings] = await Promise.all([
    db.photoChecks
      .orderBy('checkedAt')
      .filter((row) => !keepUrls.has(row.url))
      .limit(limit)
      .toArray(),
    db.numberReadings
      .orderBy('readAt')
      .filter((row) => !keepHashes.has(row.hash))
      .limit(limit)
      .toArray(),
  ]);
  const oldest = [
    ...checks.map((row) => ({ at: row.checkedAt, photo: row.url })),
    ...readings.map((row) => ({ at: row.readAt, hash: row.hash })),
  ]
    .sort((a, b) => a.at - b.at)
    .slice(0, limit);
  const urls = oldest.flatMap((entry) => ('photo' in entry ? [entry.photo] : []));
  const hashes = oldest.flatMap((entry) => ('hash' in entry ? [entry.hash] : []));
  await db.transaction('rw', db.photoChecks, db.numberReadings, async () => {
    await db.photoChecks.bulkDelete(urls);
    await db.numberReadings.bulkDelete(hashes);
  });
  return { photoChecks: urls.length, numberReadings: hashes.length };
}

async function evictOldestCases(db: ReturnDeskDatabase, limit: number, keep: CaseKey | undefined): Promise<number> {
  const oldest = await db.cases
    .orderBy('updatedAt')
    .filter((row) => row.platform !== keep?.platform || row.folderId !== keep.folderId)
    .limit(limit)
    .toArray();
  for (const row of oldest) await forgetConversation(db, { platform: row.platform, folderId: row.folderId });
  return oldest.length;
}

/**
 * Runs `write`; when it fails because storage is full, evicts a batch (oldest caches, then oldest conversations)
 * and tries again. Other errors are returned at once, with nothing evicted. Never throws.
 */
export async function writeWithEviction<T>(
  db: ReturnDeskDatabase,
  write: () => Promise<T>,
  options: EvictionOptions = {},
): Promise<WriteResult<T>> {
  const { protect, firstBatch = 10, maxRounds = 12 } = options;
  const evicted: EvictionCounts = { photoChecks: 0, numberReadings: 0, conversations: 0 };
  let keep: { urls: Set<string>; hashes: Set<string> } | undefined;
  let batch = firstBatch;
  for (let round = 0; ; round += 1) {
    try {
      const value = await write();
      return { ok: true, value, evicted, message: anyEvicted(evicted) ? `Storage was full: ${describeEviction(evicted)}.` : null };
    } catch (error) {
      if (!isQuotaExceeded(error)) {
        return { ok: false, error, evicted, message: `Could not save locally: ${String(error).slice(0, 200)}` };
      }
      const giveUp = (why: string) => ({
        ok: false as const,
        error,
        evicted,
        message: `Storage is full and ${why}${anyEvicted(evicted) ? ` (${describeEviction(evicted)})` : ''}. Nothing new was saved: free some disk space, or shorten how long case data is kept in the options.`,
      });
      if (round >= maxRounds) return giveUp('saving still failed after making room');
      try {
        keep ??= { urls: await protectedUrls(db, protect), hashes: await protectedHashes(db, protect) };
        const caches = await evictOldestCaches(db, batch, keep.urls, keep.hashes);
        evicted.photoChecks += caches.photoChecks;
        evicted.numberReadings += caches.numberReadings;
        if (caches.photoChecks + caches.numberReadings === 0) {
          const conversations = await evictOldestCases(db, Math.max(1, Math.ceil(batch / 10)), protect);
          evicted.conversations += conversations;
          if (conversations === 0) return giveUp('nothing older is left to remove');
        }
      } catch (evictionError) {
        return giveUp(`making room failed (${String(evictionError).slice(0, 120)})`);
      }
      batch = Math.min(batch * 2, 1000);
    }
  }
}
