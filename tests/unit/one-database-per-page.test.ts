// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Each extension page opens ReturnDesk's IndexedDB once: a second Dexie connection in the same page holds its own
 * cache and would block the other's schema upgrade. The page's one connection lives in the file named here.
 */
const ROOT = path.resolve(__dirname, '../..');
const PAGES = { 'entrypoints/options': 'options-database.ts', 'entrypoints/sidepanel': 'database.ts' } as const;

function sources(folder: string): string[] {
  return readdirSync(path.join(ROOT, folder), { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.tsx?$/.test(file))
    .map((file) => file.split(path.sep).join('/'));
}

describe('one database connection per page', () => {
  for (const [folder, owner] of Object.entries(PAGES)) {
    it(`${folder}: only ${owner} opens the database`, () => {
      const opening = sources(folder).filter((file) =>
        readFileSync(path.join(ROOT, folder, file), 'utf8').includes('new ReturnDeskDatabase('),
      );
      expect(opening, `open the database through ${folder}/${owner} instead`).toEqual([owner]);
    });
  }
});
