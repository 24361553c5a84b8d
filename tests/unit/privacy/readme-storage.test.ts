// @vitest-environment node
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ReturnDeskDatabase } from '@/utils/db';

const readme = readFileSync(join(process.cwd(), 'README.md'), 'utf8');
const section = readme.slice(readme.indexOf('## What ReturnDesk stores, and why each permission'), readme.indexOf('## Notes'));
const config = readFileSync(join(process.cwd(), 'wxt.config.ts'), 'utf8');

/** Every quoted name on the manifest's `permissions:` and `optional_permissions:` lines. */
const permissions = config
  .split('\n')
  .filter((line) => /^\s*(optional_)?permissions:/.test(line))
  .flatMap((line) => [...line.matchAll(/(?<!=== )'([A-Za-z]+)'/g)].map((match) => match[1]!));

describe('README: what is stored and why each permission', () => {
  it('has the section', () => {
    expect(section.length).toBeGreaterThan(500);
  });

  it.each(permissions)('explains the %s permission', (permission) => {
    expect(section, `add \`${permission}\` and the feature that needs it to the README's Permissions table`).toContain(`\`${permission}\``);
  });

  it('explains every IndexedDB table', () => {
    const db = new ReturnDeskDatabase(`readme-${Date.now()}`);
    const tables = db.tables.map((table) => table.name);
    expect(tables.length).toBeGreaterThan(5);
    for (const name of tables) expect(section, `document the IndexedDB table \`${name}\` in the README`).toContain(`\`${name}\``);
  });
});
