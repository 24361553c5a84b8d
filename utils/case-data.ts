import type { Table } from 'dexie';
import { z } from 'zod';
import { purgeExpiredCases, type CaseKey, type ReturnDeskDatabase } from './db';
import { conversationSnapshotSchema } from './sites/snapshot';
import { conversationAttachments } from './sites/attachments';
import { interfaceIntlLocale, t } from './i18n/translate';

/**
 * Case data (what ReturnDesk learnt about customers' conversations) versus the agent's own things (templates,
 * macros, usage, settings): the first is forgotten on demand, after the retention period and when storage is full;
 * the second never is. Pure Dexie functions, used by the panel, the options page and utils/storage-quota.ts.
 */

/** Tables holding customer data. Everything else in the database belongs to the agent and is never cleared here. */
export const CASE_TABLES = ['cases', 'caseDecisions', 'photoChecks', 'numberReadings', 'imageSources'] as const;
export type CaseTableName = (typeof CASE_TABLES)[number];

/**
 * Number readings are keyed by the SHA-256 of the image, which says nothing about the conversation it came from.
 * This store links each hash to the case it was read in, so forgetting a case can forget its readings too. It has
 * to be declared in utils/db.ts (a new schema version); until then the functions below skip it and say so.
 */
export const IMAGE_SOURCES_STORES = { imageSources: '&[platform+folderId+hash], [platform+folderId], hash, seenAt' };

export const imageSourceSchema = z.object({
  platform: z.string().min(1),
  folderId: z.string().min(1),
  hash: z.string().regex(/^[0-9a-f]{64}$/),
  /** The attachment (or context-menu image) the bytes came from. */
  url: z.string().min(1),
  seenAt: z.number(),
});
export type ImageSource = z.infer<typeof imageSourceSchema>;

function optionalTable<T, K>(db: ReturnDeskDatabase, name: string): Table<T, K> | null {
  return (db.tables.find((table) => table.name === name) as Table<T, K> | undefined) ?? null;
}

export const imageSourcesTable = (db: ReturnDeskDatabase) => optionalTable<ImageSource, [string, string, string]>(db, 'imageSources');

/** Records that an image with this hash was read in this case. A no-op until the store is declared. */
export async function recordImageSource(db: ReturnDeskDatabase, source: Omit<ImageSource, 'seenAt'>, now = Date.now()): Promise<void> {
  await imageSourcesTable(db)?.put(imageSourceSchema.parse({ ...source, seenAt: now }));
}

/** purgeExpiredCases plus the hash links, which carry attachment URLs (and so folder ids). */
export async function purgeExpiredCaseData(db: ReturnDeskDatabase, retentionDays: number, now = Date.now()): Promise<number> {
  const purged = await purgeExpiredCases(db, retentionDays, now);
  const links = imageSourcesTable(db);
  const cutoff = now - retentionDays * 24 * 60 * 60 * 1000;
  return purged + (links ? await links.where('seenAt').below(cutoff).delete() : 0);
}

const HOUR = 60 * 60 * 1000;

/**
 * Retention while the panel is open: a purge now and then every hour, with the period read again each time (the
 * agent may change it). Agents keep the panel open for days, so a purge only when it opens is not enough.
 * Returns the function that stops it.
 */
export function purgeWhileOpen(db: ReturnDeskDatabase, retentionDays: () => Promise<number>, everyMs = HOUR): () => void {
  const purge = () => {
    retentionDays()
      .then((days) => purgeExpiredCaseData(db, days))
      .catch(() => undefined);
  };
  purge();
  const timer = setInterval(purge, everyMs);
  return () => clearInterval(timer);
}

/**
 * Attachment URLs of a stored case row. The row is read leniently on purpose: a snapshot that no longer fits the
 * schema must still be forgettable, so its URLs are picked out by hand when the schema refuses it.
 */
function attachmentUrlsOf(row: unknown): string[] {
  const snapshot = (row as { snapshot?: unknown } | undefined)?.snapshot;
  const parsed = conversationSnapshotSchema.safeParse(snapshot);
  if (parsed.success) return conversationAttachments(parsed.data).map((attachment) => attachment.url);
  const messages = (snapshot as { messages?: unknown } | undefined)?.messages;
  if (!Array.isArray(messages)) return [];
  return messages.flatMap((message: unknown) => {
    const attachments = (message as { attachments?: unknown } | null)?.attachments;
    return Array.isArray(attachments)
      ? attachments.flatMap((attachment: unknown) => {
          const url = (attachment as { url?: unknown } | null)?.url;
          return typeof url === 'string' ? [url] : [];
        })
      : [];
  });
}

export interface ForgetResult {
  /** 1 when a saved copy of the conversation was found and removed. */
  cases: number;
  decisions: number;
  photoChecks: number;
  numberReadings: number;
  /** False while the database cannot link number readings to cases (see IMAGE_SOURCES_STORES): none were removed. */
  numberReadingsLinked: boolean;
}

/**
 * Removes one conversation: its saved snapshot, the agent's decisions, the photo checks of its attachments (URLs
 * from the stored snapshot and from the decisions) and the numbers read from its images, unless another case
 * still uses the same image. One transaction: a failure removes nothing.
 */
export async function forgetConversation(db: ReturnDeskDatabase, key: CaseKey): Promise<ForgetResult> {
  const links = imageSourcesTable(db);
  const tables = [db.cases, db.caseDecisions, db.photoChecks, db.numberReadings, ...(links ? [links] : [])];
  return db.transaction('rw', tables, async () => {
    const caseKey: [string, string] = [key.platform, key.folderId];
    const [row, decisions] = await Promise.all([db.cases.get(caseKey), db.caseDecisions.get(caseKey)]);
    const slotUrls = decisions && typeof decisions.photoSlots === 'object' && decisions.photoSlots ? Object.keys(decisions.photoSlots) : [];
    const urls = [...new Set([...attachmentUrlsOf(row), ...slotUrls])];

    const photoKeys = (await db.photoChecks.bulkGet(urls)).flatMap((found, index) => (found ? [urls[index]!] : []));
    await db.photoChecks.bulkDelete(photoKeys);

    let numberReadings = 0;
    if (links) {
      const mine = await links.where('[platform+folderId]').equals(caseKey).toArray();
      const hashes = [...new Set(mine.map((link) => link.hash))];
      const stillUsed = new Set(
        (await links.where('hash').anyOf(hashes).toArray())
          .filter((link) => link.platform !== key.platform || link.folderId !== key.folderId)
          .map((link) => link.hash),
      );
      const goes = hashes.filter((hash) => !stillUsed.has(hash));
      numberReadings = (await db.numberReadings.bulkGet(goes)).filter(Boolean).length;
      await db.numberReadings.bulkDelete(goes);
      await links.where('[platform+folderId]').equals(caseKey).delete();
    }

    if (row) await db.cases.delete(caseKey);
    if (decisions) await db.caseDecisions.delete(caseKey);
    return {
      cases: row ? 1 : 0,
      decisions: decisions ? 1 : 0,
      photoChecks: photoKeys.length,
      numberReadings,
      numberReadingsLinked: links !== null,
    };
  });
}

export type ForgetEverythingResult = Partial<Record<CaseTableName, number>>;

/** Clears every case table in one transaction. Templates, overrides, usage, macros and settings stay. */
export async function forgetEverything(db: ReturnDeskDatabase): Promise<ForgetEverythingResult> {
  const tables = db.tables.filter((table) => (CASE_TABLES as readonly string[]).includes(table.name));
  return db.transaction('rw', tables, async () => {
    const result: ForgetEverythingResult = {};
    for (const table of tables) {
      result[table.name as CaseTableName] = await table.count();
      await table.clear();
    }
    return result;
  });
}

export interface TableSummary {
  rows: number;
  /** Approximate: the JSON length of each row plus the size of its images (thumbnails, crops). */
  bytes: number;
}

export interface CaseDataSummary {
  cases: TableSummary;
  caseDecisions: TableSummary;
  photoChecks: TableSummary & { thumbnails: number };
  numberReadings: TableSummary & { crops: number };
  total: TableSummary;
  /** When the least recently used conversation was last read, or null with none stored. */
  oldestCaseAt: number | null;
  /** Row counts of the agent's own tables (templates, overrides, usage, macros): never purged, shown for reassurance. */
  kept: Record<string, number>;
}

const isBlob = (value: unknown): value is Blob =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as Blob).size === 'number' &&
  typeof (value as Blob).arrayBuffer === 'function';

/** JSON length of a value with its Blobs counted by size instead (a Blob would serialise as `{}`). */
export function approximateBytes(value: unknown): { bytes: number; blobs: number } {
  let blobs = 0;
  let blobBytes = 0;
  const json = JSON.stringify(value, (_key, inner: unknown) => {
    if (!isBlob(inner)) return inner;
    blobs += 1;
    blobBytes += inner.size;
    return null;
  });
  return { bytes: (json?.length ?? 0) + blobBytes, blobs };
}

async function summarise(table: Table<unknown, unknown>): Promise<TableSummary & { blobs: number }> {
  const summary = { rows: 0, bytes: 0, blobs: 0 };
  await table.each((row) => {
    const size = approximateBytes(row);
    summary.rows += 1;
    summary.bytes += size.bytes;
    summary.blobs += size.blobs;
  });
  return summary;
}

/** What the options page shows under "What is stored": counts and approximate sizes per kind of case data. */
export async function caseDataSummary(db: ReturnDeskDatabase): Promise<CaseDataSummary> {
  const links = imageSourcesTable(db);
  const [cases, caseDecisions, photoChecks, numberReadings, linkRows, oldest] = await Promise.all([
    summarise(db.cases as Table<unknown, unknown>),
    summarise(db.caseDecisions as Table<unknown, unknown>),
    summarise(db.photoChecks as Table<unknown, unknown>),
    summarise(db.numberReadings as Table<unknown, unknown>),
    links ? summarise(links as Table<unknown, unknown>) : Promise.resolve({ rows: 0, bytes: 0, blobs: 0 }),
    db.cases.orderBy('updatedAt').first(),
  ]);
  const kept: Record<string, number> = {};
  for (const table of db.tables) {
    if (!(CASE_TABLES as readonly string[]).includes(table.name)) kept[table.name] = await table.count();
  }
  const parts = [cases, caseDecisions, photoChecks, numberReadings, linkRows];
  return {
    cases: { rows: cases.rows, bytes: cases.bytes },
    caseDecisions: { rows: caseDecisions.rows, bytes: caseDecisions.bytes },
    photoChecks: { rows: photoChecks.rows, bytes: photoChecks.bytes, thumbnails: photoChecks.blobs },
    numberReadings: { rows: numberReadings.rows, bytes: numberReadings.bytes + linkRows.bytes, crops: numberReadings.blobs },
    total: {
      rows: parts.reduce((sum, part) => sum + part.rows, 0),
      bytes: parts.reduce((sum, part) => sum + part.bytes, 0),
    },
    oldestCaseAt: typeof oldest?.updatedAt === 'number' ? oldest.updatedAt : null,
    kept,
  };
}

/** "1.4 MB", "830 kB", "120 B": sizes for the options page, in the interface's language ("1,4 Mo", "1,4 MB"). */
export function formatBytes(bytes: number): string {
  if (bytes < 1000) return t('privacy.bytes', { size: bytes });
  if (bytes < 1_000_000) return t('privacy.kilobytes', { size: Math.round(bytes / 1000) });
  // "1.5 MB", "1,5 Mo", "1,5 MB": the decimal separator (and the unit, in French) of the interface's language.
  const megabytes = new Intl.NumberFormat(interfaceIntlLocale(), { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  return t('privacy.megabytes', { size: megabytes.format(bytes / 1_000_000) });
}
