// @vitest-environment node
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { ReturnDeskDatabase } from '@/utils/db';
import { builtinTemplate } from '@/utils/templates/registry';
import { contentOf, type UserTemplate } from '@/utils/templates/library';
import { addUserTemplate, loadLibrary, loadStoredLibrary, saveTemplate } from '@/utils/templates/library-store';
import { applyImport, exportTemplates, parseTemplateFile, planImport, serializeTemplateFile } from '@/utils/templates/import-export';

let counter = 0;
const freshDb = () => new ReturnDeskDatabase(`import-abbreviation-${Date.now()}-${counter++}`);

const refund: UserTemplate = {
  id: 'refund-sent',
  title: 'Refund sent',
  folder: 'Refunds',
  tags: [],
  abbreviation: ';refund',
  bodies: { 'en-gb': 'Hi {{first_name}}', 'en-us': 'Hi {{first_name}}' },
  updatedAt: 1,
};

async function abbreviations(db: ReturnDeskDatabase) {
  const { templates } = await loadLibrary(db, { includeHidden: true });
  return Object.fromEntries(templates.map((template) => [template.id, template.abbreviation ?? null]));
}

describe('template files keep abbreviations', () => {
  it('exports the agent’s abbreviations and built-in changes to them, and a colleague gets the same ones', async () => {
    const source = freshDb();
    await addUserTemplate(source, refund);
    await addUserTemplate(source, { ...refund, id: 'refund-late', title: 'Refund late', abbreviation: null });
    await saveTemplate(source, 'return-label-dhl-pickup', { ...contentOf(builtinTemplate('return-label-dhl-pickup')), abbreviation: ';pickup' });
    // Cleared: the file must say null, or the colleague would get the shipped ;dpd back.
    await saveTemplate(source, 'return-label-dpd-uk', { ...contentOf(builtinTemplate('return-label-dpd-uk')), abbreviation: null });
    // An edit saved before abbreviations existed keeps the shipped one, on both sides.
    const { abbreviation: _none, ...older } = contentOf(builtinTemplate('imei-request'));
    await saveTemplate(source, 'imei-request', { ...older, folder: 'Numbers' });

    const file = exportTemplates(await loadStoredLibrary(source));
    expect(file.templates.map((template) => [template.id, template.abbreviation])).toEqual([
      ['refund-late', null],
      ['refund-sent', ';refund'],
    ]);
    expect(Object.fromEntries(file.overrides.map((override) => [override.id, override.edit?.abbreviation]))).toEqual({
      'imei-request': undefined,
      'return-label-dhl-pickup': ';pickup',
      'return-label-dpd-uk': null,
    });

    const parsed = parseTemplateFile(serializeTemplateFile(file));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const target = freshDb();
    await applyImport(target, parsed.file, null);
    const imported = await abbreviations(target);
    expect(imported).toEqual(await abbreviations(source));
    expect(imported).toMatchObject({
      'refund-sent': ';refund',
      'refund-late': null,
      'return-label-dhl-pickup': ';pickup',
      'return-label-dpd-uk': null,
      'imei-request': ';imei',
    });
    // Imported again, nothing differs.
    expect(planImport(await loadStoredLibrary(target), parsed.file).conflicts).toEqual([]);
  });

  it('treats a file that differs only by an abbreviation as a change to confirm', async () => {
    const db = freshDb();
    await addUserTemplate(db, refund);
    const file = exportTemplates({ userTemplates: [{ ...refund, abbreviation: ';money' }], overrides: [] });
    expect(planImport(await loadStoredLibrary(db), file).conflicts).toEqual(['refund-sent']);
    await applyImport(db, file, 'replace');
    expect((await abbreviations(db))['refund-sent']).toBe(';money');
  });
});

describe('abbreviations in an imported file', () => {
  it('refuses a file whose templates would share an abbreviation, naming where', () => {
    const text = JSON.stringify({
      format: 'returndesk-templates',
      version: 2,
      templates: [
        { id: 'refund-sent', title: 'Refund sent', folder: '', tags: [], bodies: { 'en-gb': 'Hi', 'en-us': 'Hi' }, abbreviation: ';dhl' },
      ],
      overrides: [],
      macros: [],
      macroOverrides: [],
    });
    const parsed = parseTemplateFile(text);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.errors).toContainEqual(expect.objectContaining({ path: '$.templates[0].abbreviation', message: expect.stringContaining(';dhl') }));
  });
});
