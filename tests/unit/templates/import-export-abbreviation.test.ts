// @vitest-environment node
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { ReturnDeskDatabase } from '@/utils/db';
import { builtinTemplate } from '@/utils/templates/registry';
import { contentOf, type UserTemplate } from '@/utils/templates/library';
import { addUserTemplate, loadLibrary, loadStoredLibrary, saveTemplate } from '@/utils/templates/library-store';
import {
  applyImport,
  exportTemplates,
  ImportRejected,
  parseTemplateFile,
  planImport,
  serializeTemplateFile,
  type TemplateFile,
} from '@/utils/templates/import-export';

let counter = 0;
const freshDb = () => new ReturnDeskDatabase(`import-abbreviation-${Date.now()}-${counter++}`);

const refund: UserTemplate = {
  id: 'my-refund-sent',
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
    await addUserTemplate(source, { ...refund, id: 'my-refund-late', title: 'Refund late', abbreviation: null });
    await saveTemplate(source, 'return-label-dhl-pickup', {
      ...contentOf(builtinTemplate('return-label-dhl-pickup')),
      abbreviation: ';pickup',
    });
    // Cleared: the file must say null, or the colleague would get the shipped ;dpd back.
    await saveTemplate(source, 'return-label-dpd-uk', { ...contentOf(builtinTemplate('return-label-dpd-uk')), abbreviation: null });
    // An edit saved before abbreviations existed keeps the shipped one, on both sides.
    const { abbreviation: _none, ...older } = contentOf(builtinTemplate('imei-request'));
    await saveTemplate(source, 'imei-request', { ...older, folder: 'Numbers' });

    const file = exportTemplates(await loadStoredLibrary(source));
    expect(file.templates.map((template) => [template.id, template.abbreviation])).toEqual([
      ['my-refund-late', null],
      ['my-refund-sent', ';refund'],
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
      'my-refund-sent': ';refund',
      'my-refund-late': null,
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
    expect(planImport(await loadStoredLibrary(db), file).conflicts).toEqual(['my-refund-sent']);
    await applyImport(db, file, 'replace');
    expect((await abbreviations(db))['my-refund-sent']).toBe(';money');
  });
});

describe('abbreviations in an imported file', () => {
  it('refuses a file whose templates would share an abbreviation, naming where', () => {
    const text = JSON.stringify({
      format: 'returndesk-templates',
      version: 2,
      templates: [
        {
          id: 'my-refund-sent',
          title: 'Refund sent',
          folder: '',
          tags: [],
          bodies: { 'en-gb': 'Hi', 'en-us': 'Hi' },
          abbreviation: ';dhl',
        },
      ],
      overrides: [],
      macros: [],
      macroOverrides: [],
    });
    const parsed = parseTemplateFile(text);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.errors).toContainEqual(
      expect.objectContaining({ path: '$.templates[0].abbreviation', message: expect.stringContaining(';dhl') }),
    );
  });
});

describe('abbreviations an import would take from the agent’s library', () => {
  /** A file that is fine on its own (its abbreviations clash with nothing built in). */
  const fileOf = (templates: UserTemplate[]): TemplateFile => {
    const parsed = parseTemplateFile(serializeTemplateFile(exportTemplates({ userTemplates: templates, overrides: [] })));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    return parsed.file;
  };
  const rejection = async (promise: Promise<unknown>) => {
    const error = await promise.then(
      () => null,
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(ImportRejected);
    return (error as ImportRejected).errors;
  };

  it('refuses a template taking an abbreviation one of the agent’s templates uses, naming it, and writes nothing', async () => {
    const db = freshDb();
    await addUserTemplate(db, { ...refund, id: 'my-pickup', title: 'My pickup reply', abbreviation: ';pick' });
    const file = fileOf([
      { ...refund, id: 'my-colleague-pickup', title: 'Colleague pickup', abbreviation: ';pick' },
      { ...refund, id: 'my-other', title: 'Other', abbreviation: null },
    ]);
    expect(await rejection(applyImport(db, file, null))).toEqual([
      { path: '$.templates[0].abbreviation', message: ';pick is already the abbreviation of “My pickup reply”' },
    ]);
    expect((await loadStoredLibrary(db)).userTemplates.map((template) => template.id)).toEqual(['my-pickup']);
  });

  it('refuses one that would make the agent’s longer abbreviation untypeable, naming both', async () => {
    const db = freshDb();
    await addUserTemplate(db, { ...refund, id: 'my-pickup', title: 'My pickup reply', abbreviation: ';pickup' });
    const [error] = await rejection(applyImport(db, fileOf([{ ...refund, id: 'my-pick', title: 'Pick', abbreviation: ';pick' }]), null));
    expect(error).toEqual({ path: '$.templates[0].abbreviation', message: ';pickup can never be typed: ;pick (“Pick”) expands first' });
  });

  it('counts the agent’s changes to built-ins: an abbreviation given to a built-in is taken', async () => {
    const db = freshDb();
    await saveTemplate(db, 'return-label-dhl-pickup', {
      ...contentOf(builtinTemplate('return-label-dhl-pickup')),
      abbreviation: ';collect',
    });
    const [error] = await rejection(
      applyImport(db, fileOf([{ ...refund, id: 'my-collect', title: 'Collect', abbreviation: ';collect' }]), null),
    );
    expect(error?.message).toBe(`;collect is already the abbreviation of “${builtinTemplate('return-label-dhl-pickup').title}”`);
  });

  it('lets through what is not written: a conflicting template the agent keeps, and the agent’s own template replaced', async () => {
    const db = freshDb();
    await addUserTemplate(db, { ...refund, id: 'my-pickup', title: 'My pickup reply', abbreviation: ';pick' });
    await addUserTemplate(db, { ...refund, id: 'my-other', title: 'Other', abbreviation: ';other' });
    // The file's "my-other" takes ;pick: fine when the agent keeps theirs.
    const file = fileOf([{ ...refund, id: 'my-other', title: 'Other', abbreviation: ';pick' }]);
    await applyImport(db, file, 'keep-mine');
    await expect(applyImport(db, file, 'replace')).rejects.toBeInstanceOf(ImportRejected);
    // Replacing the template that holds the abbreviation frees it.
    await applyImport(
      db,
      fileOf([
        { ...refund, id: 'my-pickup', title: 'My pickup reply', abbreviation: ';collect' },
        { ...refund, id: 'my-new', title: 'New', abbreviation: ';pick' },
      ]),
      'replace',
    );
    expect(await abbreviations(db)).toMatchObject({ 'my-pickup': ';collect', 'my-new': ';pick', 'my-other': ';other' });
  });
});
