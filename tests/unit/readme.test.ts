// @vitest-environment node
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { categories } from '@/utils/checklist/registry';
import { builtinTemplates } from '@/utils/templates/registry';
import { siteAdapters } from '@/utils/sites/registry';

const readme = readFileSync(join(process.cwd(), 'README.md'), 'utf8');

describe('README', () => {
  it.each(categories.map((category) => category.id))('documents the %s checklist', (id) => {
    expect(readme, `add category "${id}" to the README's checklist table`).toContain(`\`${id}\``);
  });
  it.each(builtinTemplates.map((template) => template.id))('documents the %s template', (id) => {
    expect(readme, `add template "${id}" to the README's template table`).toContain(`\`${id}\``);
  });
  it.each(siteAdapters.map((adapter) => adapter.id))('documents the %s site adapter', (id) => {
    expect(readme, `add site adapter "${id}" to the README's Sites table`).toContain(`\`${id}\``);
  });
  it('gives the exact test command that CI runs', () => {
    const ci = readFileSync(join(process.cwd(), '.ci/run'), 'utf8');
    expect(ci).toContain('bash scripts/test.sh');
    expect(readme).toContain('bash scripts/test.sh');
  });
});
