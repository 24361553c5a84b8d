import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Reads a file under tests/fixtures (vitest runs from the repo root; happy-dom replaces the URL global). */
export function readFixture(relativePath: string): string {
  return readFileSync(join(process.cwd(), 'tests/fixtures', relativePath), 'utf8');
}
