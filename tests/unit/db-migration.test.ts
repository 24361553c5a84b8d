// @vitest-environment node
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import {
  caseDecisionsSchema,
  caseRecordSchema,
  numberReadingRecordSchema,
  photoCheckRecordSchema,
  ReturnDeskDatabase,
  SCHEMA_VERSIONS,
  type CaseDecisions,
  type CaseRecord,
  type NumberReadingRecord,
  type PhotoCheckRecord,
} from '@/utils/db';
import {
  builtinOverrideSchema,
  contentOf,
  inUserNamespace,
  userTemplateSchema,
  type BuiltinOverride,
  type UserTemplate,
} from '@/utils/templates/library';
import { builtinTemplate, hasBuiltinTemplate } from '@/utils/templates/registry';
import { loadStoredLibrary } from '@/utils/templates/library-store';
import { loadStoredMacros } from '@/utils/macros/store';
import { exportTemplates, parseTemplateFile, serializeTemplateFile } from '@/utils/templates/import-export';
import { templateUsageSchema } from '@/utils/templates/usage';
import { conversationAttachments } from '@/utils/sites/attachments';
import { DEMO_IDENTIFIERS } from '@/scripts/demo-platform/identifiers';
import { encodedImage, readDemoSnapshot } from './privacy/demo-cases';

/**
 * Databases as shipped releases wrote them. The stores are copied here, not taken from SCHEMA_VERSIONS, so that
 * editing a shipped version (instead of appending a new one) fails this test.
 */
const SHIPPED_STORES: Record<number, Record<string, string>> = {
  1: { cases: '&[platform+folderId], updatedAt' },
  2: { photoChecks: '&url, checkedAt', caseDecisions: '&[platform+folderId], updatedAt' },
  3: { numberReadings: '&hash, readAt' },
  4: { userTemplates: '&id, updatedAt', templateOverrides: '&id', templateUsage: '&id, lastUsedAt' },
  5: {
    userMacros: '&id, updatedAt',
    macroOverrides: '&id',
    imageSources: '&[platform+folderId+hash], [platform+folderId], hash, seenAt',
  },
};

let counter = 0;

async function writtenBy(version: number, rows: Record<string, unknown[]>): Promise<string> {
  const name = `migration-v${version}-${Date.now()}-${counter++}`;
  const old = new Dexie(name);
  for (let declared = 1; declared <= version; declared += 1) old.version(declared).stores(SHIPPED_STORES[declared]!);
  await old.open();
  for (const [table, values] of Object.entries(rows)) await old.table(table).bulkAdd(values);
  old.close();
  return name;
}

/** Blobs compared by type and bytes; everything else by value. */
async function comparable(value: unknown): Promise<unknown> {
  if (value instanceof Blob) return { blob: value.type, bytes: [...new Uint8Array(await value.arrayBuffer())] };
  if (Array.isArray(value)) return Promise.all(value.map(comparable));
  if (value && typeof value === 'object') {
    const entries = await Promise.all(Object.entries(value).map(async ([key, inner]) => [key, await comparable(inner)] as const));
    return Object.fromEntries(entries);
  }
  return value;
}

function realLookingData() {
  const iphone = readDemoSnapshot('104820113');
  const ipad = readDemoSnapshot('104820257');
  const tradeIn = readDemoSnapshot('US-31842-HMQRT');
  const cases: CaseRecord[] = [iphone, ipad, tradeIn].map((snapshot, index) => ({
    platform: snapshot.platform,
    folderId: snapshot.folderId,
    snapshot,
    firstSeenAt: 1_795_000_000_000 + index,
    updatedAt: 1_795_100_000_000 + index,
  }));
  const photos = conversationAttachments(iphone).filter((attachment) => attachment.fromCustomer);
  const photoChecks: PhotoCheckRecord[] = [
    ...photos.map((attachment, index) => ({
      url: attachment.url,
      check: {
        kind: 'checked' as const,
        width: 4032,
        height: 3024,
        problems: index === 2 ? [{ code: 'too-dark' as const, message: 'The photo is too dark to see the device.' }] : [],
        usable: index !== 2,
        screenshot: false,
        screenLit: index === 0 ? true : null,
        dHash: (0x0123456789abcdefn + BigInt(index)).toString(16).padStart(16, '0'),
        dHashFine: index.toString(16).repeat(64).slice(0, 64),
        notes: index === 1 ? ['animated GIF: first frame checked'] : [],
        ms: 74 + index,
      },
      thumbnail: encodedImage(160, 120, 'image/jpeg', index),
      checkedAt: 1_795_100_000_000 + index,
    })),
    {
      url: `${new URL(iphone.url).origin}/attachments/104820113/receipt.pdf`,
      check: { kind: 'failed', code: 'not-an-image', message: 'This is a PDF, not a photo.' },
      thumbnail: null,
      checkedAt: 1_795_100_000_100,
    },
  ];
  const caseDecisions: CaseDecisions[] = [
    {
      platform: iphone.platform,
      folderId: iphone.folderId,
      categoryOverride: null,
      photoSlots: { [photos[0]!.url]: 'front', [photos[1]!.url]: 'back', [photos[2]!.url]: null },
      updatedAt: 1_795_100_000_200,
    },
    { platform: ipad.platform, folderId: ipad.folderId, categoryOverride: 'tablet', photoSlots: {}, updatedAt: 1_795_100_000_300 },
  ];
  const { imei, imei2 } = DEMO_IDENTIFIERS.aboutPhone;
  const numberReadings: NumberReadingRecord[] = [
    {
      hash: 'a'.repeat(64),
      outcome: {
        kind: 'read',
        readings: [
          {
            kind: 'imei',
            value: imei,
            formatted: `${imei.slice(0, 2)} ${imei.slice(2, 8)} ${imei.slice(8, 14)} ${imei.slice(14)}`,
            valid: true,
            plausible: true,
            label: 'IMEI',
            source: 'ocr',
            sources: ['ocr'],
            confidence: 0.93,
            box: { x: 120, y: 640, width: 410, height: 38 },
            crop: encodedImage(200, 40, 'image/png', 7),
          },
          {
            kind: 'imei',
            value: imei2,
            formatted: imei2,
            valid: true,
            source: 'barcode',
            sources: ['barcode', 'ocr'],
            confidence: 1,
            barcodeFormat: 'Code128',
            crop: null,
          },
        ],
        ms: 812,
        passes: ['upright', 'deskew'],
      },
      readAt: 1_795_100_000_400,
    },
    { hash: 'b'.repeat(64), outcome: { kind: 'failed', code: 'not-an-image', message: 'Not an image.' }, readAt: 1_795_100_000_500 },
  ];
  const userTemplates: UserTemplate[] = [
    {
      id: 'battery-repair-booked',
      title: 'Battery repair booked',
      folder: 'Repairs',
      tags: ['battery', 'repair'],
      bodies: {
        'en-gb': 'Hi {{first_name}},\n\nThe repair of your {{product_title}} (order {{order_id}}) is booked.',
        'en-us': 'Hi {{first_name}},\n\nThe repair of your {{product_title}} (order {{order_id}}) is booked.',
      },
      updatedAt: 1_795_000_000_000,
    },
  ];
  const templateOverrides: BuiltinOverride[] = [
    {
      id: 'imei-request',
      hidden: false,
      edit: { ...contentOf(builtinTemplate('imei-request')), folder: 'Numbers' },
      updatedAt: 1_795_000_000_001,
    },
    { id: 'packing-instructions', hidden: true, edit: null, updatedAt: 1_795_000_000_002 },
  ];
  const templateUsage = [
    { id: 'battery-repair-booked', count: 14, lastUsedAt: 1_795_100_000_000 },
    { id: 'imei-request', count: 3, lastUsedAt: 1_795_090_000_000 },
  ];
  return { cases, photoChecks, caseDecisions, numberReadings, userTemplates, templateOverrides, templateUsage };
}

const SCHEMAS = {
  cases: caseRecordSchema,
  photoChecks: photoCheckRecordSchema,
  caseDecisions: caseDecisionsSchema,
  numberReadings: numberReadingRecordSchema,
  userTemplates: userTemplateSchema,
  templateOverrides: builtinOverrideSchema,
  templateUsage: templateUsageSchema,
} as const;

/** The tables each shipped version had. */
const TABLES_OF: Record<number, (keyof typeof SCHEMAS)[]> = {
  1: ['cases'],
  3: ['cases', 'photoChecks', 'caseDecisions', 'numberReadings'],
  4: ['cases', 'photoChecks', 'caseDecisions', 'numberReadings', 'userTemplates', 'templateOverrides', 'templateUsage'],
};

describe('upgrading a database written by an earlier release', () => {
  it('starts from the stores as shipped (editing a shipped version fails here: append a new one)', () => {
    for (const [version, stores] of Object.entries(SHIPPED_STORES)) {
      expect(SCHEMA_VERSIONS.find((entry) => entry.version === Number(version))?.stores, `version ${version}`).toEqual(stores);
    }
  });

  it.each([4, 3, 1])('keeps every row of a version %i database unchanged, and each still parses', async (version) => {
    const data = realLookingData();
    const tables = TABLES_OF[version]!;
    const rows = Object.fromEntries(tables.map((table) => [table, data[table]]));
    // The data must be valid to begin with, or the test would prove nothing about the upgrade.
    for (const table of tables) for (const row of data[table]) SCHEMAS[table].parse(row);
    const name = await writtenBy(version, rows);

    const current = new ReturnDeskDatabase(name);
    await current.open();
    expect(current.verno).toBe(SCHEMA_VERSIONS.at(-1)!.version);
    for (const table of tables) {
      const stored = await current.table(table).toArray();
      expect(stored, `${table} rows after upgrading from version ${version}`).toHaveLength(data[table].length);
      const byKey = (row: unknown) => JSON.stringify(keyOf(current, table, row));
      const sortedStored = [...stored].sort((a, b) => byKey(a).localeCompare(byKey(b)));
      const sortedWritten = [...afterUpgrade(table, data[table])].sort((a, b) => byKey(a).localeCompare(byKey(b)));
      expect(await comparable(sortedStored), table).toEqual(await comparable(sortedWritten));
      for (const row of stored) {
        const parsed = SCHEMAS[table].safeParse(row);
        expect(parsed.success, `${table} row no longer parses: ${parsed.error?.message}`).toBe(true);
      }
    }
    // Tables added since are there and empty: nothing was invented.
    for (const table of current.tables.filter((candidate) => !tables.includes(candidate.name as never))) {
      expect(await table.count(), table.name).toBe(0);
    }
    current.close();
  });

  it('keeps thumbnails and crops as real images (bytes, type), not empty objects', async () => {
    const data = realLookingData();
    const name = await writtenBy(4, { photoChecks: data.photoChecks, numberReadings: data.numberReadings });
    const current = new ReturnDeskDatabase(name);
    const check = await current.photoChecks.get(data.photoChecks[0]!.url);
    const bytes = new Uint8Array(await check!.thumbnail!.arrayBuffer());
    expect(check!.thumbnail!.type).toBe('image/jpeg');
    expect([...bytes.slice(0, 3)]).toEqual([0xff, 0xd8, 0xff]);
    const reading = await current.numberReadings.get('a'.repeat(64));
    const crop = reading!.outcome.kind === 'read' ? reading!.outcome.readings[0]!.crop : null;
    expect([...new Uint8Array(await crop!.arrayBuffer()).slice(1, 4)]).toEqual([0x50, 0x4e, 0x47]); // "PNG"
    current.close();
  });
});

/** What an upgrade changes on purpose: the agent's template ids (and their usage rows) move into the namespace. */
function afterUpgrade(table: string, rows: readonly unknown[]): unknown[] {
  const moved = (id: string) =>
    table === 'userTemplates' || (table === 'templateUsage' && !hasBuiltinTemplate(id)) ? inUserNamespace(id) : id;
  return rows.map((row) => ({
    ...(row as { id?: string }),
    ...('id' in (row as object) ? { id: moved((row as { id: string }).id) } : {}),
  }));
}

describe('upgrading to the agent’s own id namespace (version 6)', () => {
  const content = (title: string) => ({
    title,
    folder: 'Mine',
    tags: [],
    bodies: { 'en-gb': `${title}, {{first_name}}.`, 'en-us': `${title}, {{first_name}}.` },
  });

  it('keeps a user template whose id a built-in has since taken: renamed, readable, exported, with its usage and macros', async () => {
    const name = await writtenBy(5, {
      userTemplates: [
        // Made when no built-in had this id; a later release shipped one.
        { id: 'imei-request', ...content('My own IMEI reply'), abbreviation: ';myimei', updatedAt: 1 },
        { id: 'battery-repair-booked', ...content('Battery repair booked'), updatedAt: 2 },
        { id: 'my-already-namespaced', ...content('Already namespaced'), updatedAt: 3 },
        // Its natural new name is taken: it gets the next free one.
        { id: 'refund', ...content('Refund'), updatedAt: 4 },
        { id: 'my-refund', ...content('Refund (namespaced)'), updatedAt: 5 },
      ],
      templateUsage: [
        { id: 'battery-repair-booked', count: 14, lastUsedAt: 10 },
        { id: 'imei-request', count: 3, lastUsedAt: 11 },
      ],
      userMacros: [
        {
          id: 'copy-waybill',
          name: 'My copy macro',
          chord: 'Alt+7',
          steps: [
            { kind: 'insert-template', templateId: 'battery-repair-booked' },
            { kind: 'insert-template', templateId: 'imei-request' },
          ],
          updatedAt: 6,
        },
      ],
    });
    const db = new ReturnDeskDatabase(name);
    const library = await loadStoredLibrary(db);
    expect(library.unreadable).toBe(0);
    expect(library.userTemplates.map((template) => [template.id, template.title]).sort()).toEqual([
      ['my-already-namespaced', 'Already namespaced'],
      ['my-battery-repair-booked', 'Battery repair booked'],
      ['my-imei-request', 'My own IMEI reply'],
      ['my-refund', 'Refund (namespaced)'],
      ['my-refund-2', 'Refund'],
    ]);
    expect(library.userTemplates.find((template) => template.id === 'my-imei-request')?.abbreviation).toBe(';myimei');

    const exported = exportTemplates({ ...library, ...(await loadStoredMacros(db)) });
    expect(exported.templates.map((template) => template.id)).toContain('my-imei-request');
    // The export imports again as it is.
    expect(parseTemplateFile(serializeTemplateFile(exported)).ok).toBe(true);

    expect(await db.templateUsage.get('my-battery-repair-booked')).toMatchObject({ count: 14 });
    // The built-in's usage row stays the built-in's.
    expect(await db.templateUsage.get('imei-request')).toMatchObject({ count: 3 });

    const macros = await loadStoredMacros(db);
    expect(macros.unreadable).toBe(0);
    expect(macros.userMacros).toEqual([
      expect.objectContaining({
        id: 'my-copy-waybill',
        name: 'My copy macro',
        steps: [
          { kind: 'insert-template', templateId: 'my-battery-repair-booked' },
          // The library showed the built-in while the clash lasted: the step keeps inserting it.
          { kind: 'insert-template', templateId: 'imei-request' },
        ],
      }),
    ]);
    db.close();
  });
});

function keyOf(db: Dexie, table: string, row: unknown): unknown {
  const keyPath = db.table(table).schema.primKey.keyPath;
  const record = row as Record<string, unknown>;
  return Array.isArray(keyPath) ? keyPath.map((part) => record[part]) : record[keyPath!];
}
