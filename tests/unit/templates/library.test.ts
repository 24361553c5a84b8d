// @vitest-environment node
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { ReturnDeskDatabase } from '@/utils/db';
import { builtinTemplates, builtinTemplate } from '@/utils/templates/registry';
import { builtinMacros } from '@/utils/macros/registry';
import {
  bodyProblems,
  checkTemplateContent,
  contentOf,
  duplicateTemplate,
  freeTemplateId,
  isUserId,
  USER_ID_PREFIX,
  mergeLibrary,
  rankTemplates,
  type UserTemplate,
} from '@/utils/templates/library';
import {
  addUserTemplate,
  deleteTemplate,
  loadLibrary,
  restoreBuiltin,
  saveTemplate,
  TemplateRejected,
} from '@/utils/templates/library-store';
import { describeUsage, loadTemplateUsage, recordTemplateUse } from '@/utils/templates/usage';
import { setInterfaceLanguage } from '@/utils/i18n/translate';

let counter = 0;
const freshDb = () => new ReturnDeskDatabase(`library-${Date.now()}-${counter++}`);

const own = (
  id: string,
  title = 'Refund sent',
  body = 'Hi {{first_name}}, your refund for order {{order_id}} is on its way.',
): UserTemplate => ({
  id,
  title,
  folder: 'Refunds',
  tags: ['refund'],
  bodies: { 'en-gb': body, 'en-us': body },
  updatedAt: 1,
});

describe("merging built-ins with the agent's changes", () => {
  it('lists every built-in as shipped when nothing is stored', () => {
    const merged = mergeLibrary(builtinTemplates, { userTemplates: [], overrides: [] });
    expect(merged.map((template) => template.id)).toEqual(builtinTemplates.map((template) => template.id));
    expect(merged.every((template) => template.source === 'builtin' && !template.edited)).toBe(true);
  });

  it('shows an edited built-in in its place with the new text, and hides a deleted one except in the editor', () => {
    const coverage = builtinTemplate('warranty-coverage');
    const merged = mergeLibrary(builtinTemplates, {
      userTemplates: [own('refund-sent')],
      overrides: [
        { id: 'warranty-coverage', edit: { ...contentOf(coverage), title: 'Warranty (our wording)' }, hidden: false, updatedAt: 2 },
        { id: 'packing-instructions', edit: null, hidden: true, updatedAt: 2 },
      ],
    });
    expect(merged[0]).toMatchObject({ id: 'warranty-coverage', title: 'Warranty (our wording)', edited: true });
    expect(merged.some((template) => template.id === 'packing-instructions')).toBe(false);
    expect(merged.at(-1)).toMatchObject({ id: 'refund-sent', source: 'user' });
    const forEditor = mergeLibrary(
      builtinTemplates,
      { userTemplates: [], overrides: [{ id: 'packing-instructions', edit: null, hidden: true, updatedAt: 2 }] },
      { includeHidden: true },
    );
    expect(forEditor.find((template) => template.id === 'packing-instructions')?.hidden).toBe(true);
  });
});

describe('validating bodies', () => {
  it('refuses an unknown variable with its line and column', () => {
    const problems = bodyProblems({ 'en-gb': 'Hello,\nyour {{parcle_id}} is here', 'en-us': 'fine {{first_name}}' });
    expect(problems).toEqual([expect.objectContaining({ locale: 'en-gb', message: 'unknown variable "parcle_id"', line: 2, column: 6 })]);
  });

  it('refuses unbalanced sections, naming the section', () => {
    const check = checkTemplateContent({
      title: 'Broken',
      folder: '',
      tags: [],
      bodies: { 'en-gb': '{{#imei}}IMEI {{imei}}', 'en-us': 'ok {{/carrier}}' },
    });
    expect(check.ok).toBe(false);
    if (check.ok) return;
    expect(check.errors).toContain('en-gb body, line 1, column 1: "{{#imei}}" is never closed');
    expect(check.errors).toContain('en-us body, line 1, column 4: "{{/carrier}}" closes a section that was never opened');
  });

  it('refuses an empty title or a missing American body', () => {
    const check = checkTemplateContent({ title: '  ', folder: '', tags: [], bodies: { 'en-gb': 'Hi' } });
    expect(check.ok).toBe(false);
    if (check.ok) return;
    expect(check.errors.join('\n')).toMatch(/title: the title is empty/);
    expect(check.errors.join('\n')).toMatch(/bodies\.en-us/);
  });
});

describe('the agent’s namespace', () => {
  it('holds no built-in template or macro, so a later release can never take an id the agent made', () => {
    const inNamespace = [...builtinTemplates, ...builtinMacros].map((unit) => unit.id).filter(isUserId);
    expect(inNamespace, `built-in ids must not start with "${USER_ID_PREFIX}"`).toEqual([]);
  });

  it('gives every template the agent creates an id in it', () => {
    expect(freeTemplateId('my-reply', new Set())).toBe('my-reply');
    expect(freeTemplateId('Réponse à Zoé', new Set())).toBe('my-reponse-a-zoe');
    expect(freeTemplateId('imei-request', new Set(['my-imei-request']))).toBe('my-imei-request-2');
    expect(freeTemplateId('x'.repeat(200), new Set()).length).toBeLessThanOrEqual(100);
  });
});

describe('duplicating and ranking', () => {
  it("duplicates a built-in as the agent's own template with a free id", () => {
    const copy = duplicateTemplate(builtinTemplate('imei-request'), new Set(['imei-request', 'my-imei-request-copy']), 5);
    expect(copy.id).toBe('my-imei-request-copy-2');
    expect(copy.title).toBe(`${builtinTemplate('imei-request').title} (copy)`);
    expect(copy.bodies['en-gb']).toBe(builtinTemplate('imei-request').bodies['en-gb']);
  });

  it('puts suggestions first, then the most used, then library order', () => {
    const library = [{ id: 'a' }, { id: 'b' }, { id: 'c' }, { id: 'd' }];
    const usage = new Map([
      ['c', { id: 'c', count: 5, lastUsedAt: 10 }],
      ['d', { id: 'd', count: 5, lastUsedAt: 20 }],
      ['a', { id: 'a', count: 9, lastUsedAt: 1 }],
    ]);
    expect(rankTemplates(library, ['b', 'gone'], usage)).toEqual(['b', 'a', 'd', 'c']);
  });
});

describe('the library in IndexedDB', () => {
  it('edits a built-in, deletes it, and restores it as shipped', async () => {
    const db = freshDb();
    const shipped = builtinTemplate('backup-data');
    await saveTemplate(db, 'backup-data', { ...contentOf(shipped), title: 'Back up first' }, 10);
    expect((await loadLibrary(db)).templates.find((t) => t.id === 'backup-data')?.title).toBe('Back up first');
    await deleteTemplate(db, 'backup-data', 11);
    expect((await loadLibrary(db)).templates.some((t) => t.id === 'backup-data')).toBe(false);
    const hidden = (await loadLibrary(db, { includeHidden: true })).templates.find((t) => t.id === 'backup-data');
    expect(hidden).toMatchObject({ hidden: true, edited: true });
    await restoreBuiltin(db, 'backup-data');
    expect((await loadLibrary(db)).templates.find((t) => t.id === 'backup-data')).toMatchObject({ title: shipped.title, edited: false });
    db.close();
  });

  it('refuses to restore a built-in whose shipped abbreviation another template has taken since, and keeps the edit', async () => {
    const db = freshDb();
    const shipped = builtinTemplate('return-label-own');
    expect(shipped.abbreviation).toBe(';own');
    // The agent clears the built-in's abbreviation, then gives ";own" to a reply of their own.
    await saveTemplate(db, 'return-label-own', { ...contentOf(shipped), title: 'Own label (mine)', abbreviation: null }, 10);
    await addUserTemplate(db, { ...own('my-own-label', 'My own-label reply'), abbreviation: ';own' });
    const attempt = restoreBuiltin(db, 'return-label-own');
    await expect(attempt).rejects.toBeInstanceOf(TemplateRejected);
    await expect(attempt).rejects.toMatchObject({ errors: [expect.stringContaining('“My own-label reply”')] });
    expect((await loadLibrary(db)).templates.find((t) => t.id === 'return-label-own')).toMatchObject({
      title: 'Own label (mine)',
      edited: true,
    });
    // Once the agent's reply has another abbreviation, the built-in comes back with its own.
    await saveTemplate(db, 'my-own-label', {
      ...contentOf({ ...own('my-own-label', 'My own-label reply'), tags: ['refund'] }),
      abbreviation: ';mine',
    });
    await restoreBuiltin(db, 'return-label-own');
    expect((await loadLibrary(db)).templates.find((t) => t.id === 'return-label-own')).toMatchObject({
      abbreviation: ';own',
      edited: false,
    });
    db.close();
  });

  it('refuses to save a body with an unknown variable and keeps the old text', async () => {
    const db = freshDb();
    await addUserTemplate(db, own('refund-sent'));
    const attempt = saveTemplate(db, 'refund-sent', {
      ...contentOf({ ...own('refund-sent'), tags: [] }),
      bodies: { 'en-gb': 'Hi {{frist_name}}', 'en-us': 'Hi' },
    });
    await expect(attempt).rejects.toBeInstanceOf(TemplateRejected);
    await expect(attempt).rejects.toThrow('en-gb body, line 1, column 4: unknown variable "frist_name"');
    expect((await loadLibrary(db)).templates.find((t) => t.id === 'refund-sent')?.bodies['en-gb']).toContain('refund for order');
    db.close();
  });

  it('will not add a template over an existing one or a built-in', async () => {
    const db = freshDb();
    await addUserTemplate(db, own('refund-sent'));
    await expect(addUserTemplate(db, own('refund-sent', 'Other'))).rejects.toThrow('already exists');
    await expect(addUserTemplate(db, own('warranty-coverage'))).rejects.toThrow('built-in');
    db.close();
  });

  it('counts uses and remembers the last one', async () => {
    const db = freshDb();
    await recordTemplateUse(db, 'imei-request', Date.UTC(2026, 10, 20));
    await Promise.all([recordTemplateUse(db, 'imei-request', Date.UTC(2026, 10, 22)), recordTemplateUse(db, 'backup-data', 5)]);
    const usage = await loadTemplateUsage(db);
    expect(usage.get('imei-request')?.count).toBe(2);
    expect(describeUsage(usage.get('imei-request'))).toBe('used 2 times, last 22 Nov 2026');
    expect(describeUsage(undefined)).toBe('never used');
    setInterfaceLanguage('de');
    try {
      expect(describeUsage(usage.get('imei-request'))).toBe('2-mal verwendet, zuletzt am 22.11.2026');
      expect(describeUsage(undefined)).toBe('noch nie verwendet');
    } finally {
      setInterfaceLanguage('en');
    }
    db.close();
  });
});
