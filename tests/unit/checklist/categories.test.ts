// @vitest-environment node
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATEGORY_IDS, SHOTS_PER_CATEGORY, type CategoryDefinition } from '@/utils/checklist/define';
import { categories, categoryById } from '@/utils/checklist/registry';
import { PHOTO_RULES } from '@/utils/checklist/photo-rules';
import { loadPolicy } from '../helpers/policy';

const categoriesDir = fileURLToPath(new URL('../../../utils/checklist/categories/', import.meta.url));
const files = readdirSync(categoriesDir).filter((name) => name.endsWith('.ts'));

describe('checklist category files', () => {
  it.each(files)('%s is registered, and its id is its file name', async (file) => {
    const module = (await import(join(categoriesDir, file))) as { default: CategoryDefinition };
    const id = file.replace(/\.ts$/, '');
    expect(module.default.id, `rename the file or the id: ${file} declares "${module.default.id}"`).toBe(id);
    expect(categories, `add ${id} to utils/checklist/registry.ts`).toContain(module.default);
  });

  it('every category id has a file, and there are no others', () => {
    expect(files.map((file) => file.replace(/\.ts$/, '')).sort()).toEqual([...CATEGORY_IDS].sort());
    expect(categories.map((category) => category.id).sort()).toEqual([...CATEGORY_IDS].sort());
  });

  it('category ids are unique', () => {
    const ids = categories.map((category) => category.id);
    expect(new Set(ids).size, `duplicate ids: ${ids.join(', ')}`).toBe(ids.length);
  });

  it.each(categories.map((category) => [category.id, category] as const))(
    '%s has seven shots with unique ids and everything a customer needs',
    (_id, category) => {
      expect(category.shots, 'the guide asks for 7 individual photos').toHaveLength(SHOTS_PER_CATEGORY);
      const shotIds = category.shots.map((shot) => shot.id);
      expect(new Set(shotIds).size, `duplicate shot ids in ${category.id}: ${shotIds.join(', ')}`).toBe(7);
      for (const shot of category.shots) {
        expect(shot.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
        expect(shot.label.trim(), `${category.id}/${shot.id} needs a label`).not.toBe('');
        expect(shot.howTo.length, `${category.id}/${shot.id} needs a howTo`).toBeGreaterThan(15);
        expect(shot.plainReason.length, `${category.id}/${shot.id} needs a plainReason`).toBeGreaterThan(15);
      }
      const labels = category.shots.map((shot) => shot.label);
      expect(new Set(labels).size, `two shots of ${category.id} share a label`).toBe(7);
    },
  );

  it('categoryById finds every category', () => {
    for (const id of CATEGORY_IDS) expect(categoryById(id).id).toBe(id);
  });

  it('screen on and screen off shots carry the lit-screen hint', () => {
    for (const id of ['smartphone', 'tablet', 'computer', 'smartwatch'] as const) {
      const shots = categoryById(id).shots;
      expect(shots.filter((shot) => shot.expect.screenLit === true).map((shot) => shot.id)).toEqual(['screen-on']);
      expect(shots.filter((shot) => shot.expect.screenLit === false).map((shot) => shot.id)).toEqual(['screen-off']);
    }
    expect(categoryById('other').shots.every((shot) => shot.expect.screenLit === null)).toBe(true);
  });

  it('photo rules have unique ids', () => {
    const ids = PHOTO_RULES.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

// The guide itself lives outside the repository (../shared/policy); check the wording when it is there.
const policy = loadPolicy();

describe.skipIf(!policy)('labels keep the return guide wording', () => {
  const us = policy?.['return-an-item.txt'] ?? '';
  const uk = policy?.['return-an-item-uk.txt'] ?? '';

  it.each(categories.filter((category) => category.id !== 'other').map((category) => [category.id, category] as const))(
    '%s labels appear in the guide',
    (_id, category) => {
      for (const shot of category.shots) {
        expect(us.includes(shot.label) || uk.includes(shot.label), `"${shot.label}" is not the guide's wording`).toBe(true);
        if (shot.labelUk) expect(uk, `"${shot.labelUk}" is not the UK guide's wording`).toContain(shot.labelUk);
      }
    },
  );

  it('the UK guide lists seven smartwatch shots, the last two about the strap', () => {
    const section = uk.slice(uk.indexOf('Photos of smartwatches must show'), uk.indexOf('For items in other product'));
    const bullets = section.split('\n').filter((line) => line.startsWith('- '));
    expect(bullets.map((line) => line.slice(2).trim())).toEqual(categoryById('smartwatch').shots.map((shot) => shot.labelUk ?? shot.label));
  });
});
