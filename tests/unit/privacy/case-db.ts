import { ReturnDeskDatabase, SCHEMA_VERSIONS, type PhotoCheckRecord } from '@/utils/db';
import { IMAGE_SOURCES_STORES } from '@/utils/case-data';
import type { ConversationSnapshot } from '@/utils/sites/snapshot';
import { sampleSnapshot } from '../helpers/snapshot';

let counter = 0;

/**
 * The current database, plus the image-source store if utils/db.ts does not declare it yet (a fresh test database
 * can take one more version; a shipped one would need it in SCHEMA_VERSIONS).
 */
export class LinkedDatabase extends ReturnDeskDatabase {
  constructor(name: string) {
    super(name);
    if (!SCHEMA_VERSIONS.some((entry) => 'imageSources' in entry.stores)) {
      this.version(SCHEMA_VERSIONS.at(-1)!.version + 1).stores(IMAGE_SOURCES_STORES);
    }
  }
}

export const freshLinkedDb = () => new LinkedDatabase(`privacy-${Date.now()}-${counter++}`);
export const freshDb = () => new ReturnDeskDatabase(`privacy-plain-${Date.now()}-${counter++}`);

export const checked = {
  kind: 'checked' as const,
  width: 4032,
  height: 3024,
  problems: [],
  usable: true,
  screenshot: false,
  screenLit: true,
  dHash: '0123456789abcdef',
  dHashFine: '0'.repeat(64),
  notes: [],
  ms: 80,
};

export const photoCheck = (url: string, checkedAt: number, thumbnailBytes = 3): PhotoCheckRecord => ({
  url,
  check: checked,
  thumbnail: new Blob([new Uint8Array(thumbnailBytes)], { type: 'image/jpeg' }),
  checkedAt,
});

export const hashOf = (seed: number) => seed.toString(16).padStart(64, '0');

export const reading = (hash: string, readAt: number) => ({
  hash,
  outcome: {
    kind: 'read' as const,
    readings: [
      {
        kind: 'imei',
        value: '356938035643809',
        formatted: '35 693803 564380 9',
        valid: true,
        source: 'ocr' as const,
        sources: ['ocr' as const],
        confidence: 0.9,
        crop: new Blob([new Uint8Array(10)], { type: 'image/png' }),
      },
    ],
    ms: 300,
    passes: ['upright'],
  },
  readAt,
});

/** A case whose customer sent `count` photos at `/attachments/<folderId>/photo-<n>.jpg`. */
export function caseWithPhotos(folderId: string, count: number): ConversationSnapshot {
  return sampleSnapshot({
    folderId,
    messages: [
      {
        id: `${folderId}-1`,
        author: 'customer',
        authorName: 'Amelia Hart',
        date: null,
        text: 'Photos attached',
        attachments: Array.from({ length: count }, (_, index) => ({
          url: `http://127.0.0.1:4173/attachments/${folderId}/photo-${index}.jpg`,
          name: `photo-${index}.jpg`,
          mimeHint: 'image/jpeg',
        })),
      },
    ],
  });
}
