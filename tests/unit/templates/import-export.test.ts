// @vitest-environment node
import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { ReturnDeskDatabase } from '@/utils/db';
import { builtinTemplate } from '@/utils/templates/registry';
import { contentOf, type UserTemplate } from '@/utils/templates/library';
import { addUserTemplate, deleteTemplate, loadStoredLibrary, saveTemplate } from '@/utils/templates/library-store';
import {
  applyImport,
  describeImportError,
  exportTemplates,
  ImportNeedsConfirmation,
  MAX_IMPORT_BYTES,
  parseTemplateFile,
  planImport,
  serializeTemplateFile,
} from '@/utils/templates/import-export';
import { recordTemplateUse } from '@/utils/templates/usage';
import { loadMacros, loadStoredMacros, saveUserMacro, setBuiltinHidden, setMacroChord } from '@/utils/macros/store';
import { saveSnapshot } from '@/utils/db';
import { sampleSnapshot } from '../helpers/snapshot';

let counter = 0;
const freshDb = () => new ReturnDeskDatabase(`import-${Date.now()}-${counter++}`);

const own = (id: string, title = 'Refund sent'): UserTemplate => ({
  id,
  title,
  folder: 'Refunds',
  tags: ['refund'],
  bodies: { 'en-gb': 'Hi {{first_name}}, refund for {{order_id}}.', 'en-us': 'Hi {{first_name}}, refund for {{order_id}}.' },
  updatedAt: 1,
});

const fileWith = (patch: Record<string, unknown>) =>
  JSON.stringify({ format: 'returndesk-templates', version: 1, templates: [], overrides: [], ...patch });

const errorsOf = (text: string, size?: number) => {
  const parsed = parseTemplateFile(text, size);
  return parsed.ok ? [] : parsed.errors.map(describeImportError);
};

describe('export', () => {
  it("round-trips the agent's templates and changes to built-ins, with no usage and no case data", async () => {
    const source = freshDb();
    await saveSnapshot(source, sampleSnapshot());
    await addUserTemplate(source, own('my-refund-sent'));
    await saveTemplate(source, 'imei-request', { ...contentOf(builtinTemplate('imei-request')), folder: 'Numbers' });
    await deleteTemplate(source, 'packing-instructions');
    await recordTemplateUse(source, 'my-refund-sent');
    const text = serializeTemplateFile(exportTemplates(await loadStoredLibrary(source)));
    expect(text).not.toContain('Amelia');
    expect(text).not.toContain('count');

    const parsed = parseTemplateFile(text);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const target = freshDb();
    const plan = await applyImport(target, parsed.file, null);
    expect(plan.added.sort()).toEqual(['imei-request', 'my-refund-sent', 'packing-instructions']);
    const imported = await loadStoredLibrary(target);
    expect(serializeTemplateFile(exportTemplates(imported, new Date(0)))).toBe(
      serializeTemplateFile(exportTemplates(await loadStoredLibrary(source), new Date(0))),
    );
    source.close();
    target.close();
  });
});

describe('import: refused files name the JSON path', () => {
  it('refuses unknown fields', () => {
    expect(errorsOf(fileWith({ templates: [{ ...own('a'), updatedAt: undefined, colour: 'red' }] }))).toEqual([
      '$.templates[0]: unknown field "colour"',
    ]);
  });

  it('refuses wrong types', () => {
    const { updatedAt: _u, ...template } = own('a');
    expect(errorsOf(fileWith({ templates: [{ ...template, tags: 'refund' }] }))).toEqual([
      '$.templates[0].tags: expected array, found string',
    ]);
    expect(errorsOf(fileWith({ overrides: [{ id: 'imei-request', hidden: 'yes', edit: null }] }))).toEqual([
      '$.overrides[0].hidden: expected boolean, found string',
    ]);
  });

  it("refuses duplicate ids, also once in the agent's namespace", () => {
    const { updatedAt: _u, ...template } = own('my-refund-sent');
    const errors = errorsOf(fileWith({ templates: [template, template, { ...template, id: 'refund-sent' }] }));
    expect(errors).toEqual([
      '$.templates[1].id: duplicate id "my-refund-sent" (also at $.templates[0])',
      '$.templates[2].id: duplicate id "my-refund-sent" (also at $.templates[0])',
    ]);
    expect(errorsOf(fileWith({ overrides: [{ id: 'no-such-template', hidden: true, edit: null }] }))).toEqual([
      '$.overrides[0].id: there is no built-in template "no-such-template"',
    ]);
  });

  it('refuses a body in a locale this build does not know, naming its path', () => {
    const { updatedAt: _u, ...template } = own('refund-sent');
    const errors = errorsOf(fileWith({ templates: [{ ...template, bodies: { ...template.bodies, 'nl-be': 'Hallo {{first_name}}' } }] }));
    expect(errors).toEqual([
      '$.templates[0].bodies["nl-be"]: unknown locale "nl-be": this version has bodies in en-gb, en-us, fr-fr, de-de, es-es, it-it',
    ]);
    const override = {
      id: 'imei-request',
      edit: { ...contentOf(builtinTemplate('imei-request')), bodies: { 'en-gb': 'a', 'en-us': 'b', 'pt-pt': 'c' } },
      hidden: false,
    };
    expect(errorsOf(fileWith({ overrides: [override] })).join(' | ')).toMatch(
      /^\$\.overrides\[0\]\.edit\.bodies\["pt-pt"\]: unknown locale "pt-pt"/,
    );
  });

  it('refuses broken bodies with the locale, line and column', () => {
    const { updatedAt: _u, ...template } = own('my-refund-sent');
    const errors = errorsOf(
      fileWith({ templates: [{ ...template, bodies: { 'en-gb': 'Hi\n{{#imei}}{{imei}}', 'en-us': 'Your {{parcel}}' } }] }),
    );
    expect(errors).toEqual([
      '$.templates[0].bodies["en-gb"]: line 2, column 1: "{{#imei}}" is never closed',
      '$.templates[0].bodies["en-us"]: line 1, column 6: unknown variable "parcel"',
    ]);
  });

  it('refuses a file over 5 MB before parsing it, and text that is not JSON', () => {
    expect(errorsOf('{', 10 * 1024 * 1024)).toEqual(['$: the file is 10.0 MB; a template file is at most 5.0 MB']);
    const big = fileWith({ exportedAt: 'x'.repeat(MAX_IMPORT_BYTES) });
    expect(errorsOf(big)[0]).toMatch(/^\$: the file is 5\.0 MB; a template file is at most 5\.0 MB$/);
    expect(errorsOf('{"format": ')[0]).toMatch(/^\$: not valid JSON/);
    expect(errorsOf(JSON.stringify({ format: 'something-else', version: 1, templates: [], overrides: [] }))[0]).toMatch(/^\$\.format: /);
  });
});

describe('import: nothing overwritten without confirmation, never half-imported', () => {
  const incoming = () => {
    const parsed = parseTemplateFile(
      fileWith({
        templates: [
          { ...own('my-refund-sent', 'Refund (their wording)'), updatedAt: undefined },
          { ...own('my-late-parcel', 'Late parcel'), updatedAt: undefined },
        ],
      }).replace(/"updatedAt":null,?/g, ''),
    );
    if (!parsed.ok) throw new Error(parsed.errors.map(describeImportError).join('\n'));
    return parsed.file;
  };

  it('plans new, conflicting and unchanged ids', () => {
    const plan = planImport({ userTemplates: [own('my-refund-sent')], overrides: [] }, incoming());
    expect(plan).toEqual({ added: ['my-late-parcel'], conflicts: ['my-refund-sent'], unchanged: [] });
  });

  it('refuses to replace without a choice, writing nothing; replaces or keeps when told', async () => {
    const db = freshDb();
    await addUserTemplate(db, own('my-refund-sent'));
    await expect(applyImport(db, incoming(), null)).rejects.toBeInstanceOf(ImportNeedsConfirmation);
    expect((await loadStoredLibrary(db)).userTemplates.map((t) => t.id)).toEqual(['my-refund-sent']);

    await applyImport(db, incoming(), 'keep-mine');
    let stored = await loadStoredLibrary(db);
    expect(stored.userTemplates.find((t) => t.id === 'my-refund-sent')?.title).toBe('Refund sent');
    expect(stored.userTemplates.some((t) => t.id === 'my-late-parcel')).toBe(true);

    await applyImport(db, incoming(), 'replace');
    stored = await loadStoredLibrary(db);
    expect(stored.userTemplates.find((t) => t.id === 'my-refund-sent')?.title).toBe('Refund (their wording)');
    db.close();
  });

  it('leaves the library as it was when writing fails midway', async () => {
    const db = freshDb();
    await addUserTemplate(db, own('my-refund-sent'));
    const file = {
      ...incoming(),
      overrides: [{ id: 'imei-request', hidden: true, edit: null }],
    };
    const spy = vi.spyOn(db.templateOverrides, 'bulkPut').mockRejectedValueOnce(new Error('disk full'));
    await expect(applyImport(db, file, 'replace')).rejects.toThrow('disk full');
    spy.mockRestore();
    const stored = await loadStoredLibrary(db);
    expect(stored.userTemplates.map((t) => `${t.id}: ${t.title}`)).toEqual(['my-refund-sent: Refund sent']);
    expect(stored.overrides).toEqual([]);
    db.close();
  });
});

describe('files from before the agent’s namespace', () => {
  it('imports their templates and macros under ids in the namespace, even where a built-in has since taken the id', async () => {
    const { updatedAt: _u, ...template } = own('imei-request', 'Our own IMEI reply');
    const text = JSON.stringify({
      format: 'returndesk-templates',
      version: 2,
      templates: [template, { ...template, id: 'refund-sent', title: 'Refund sent' }],
      overrides: [],
      macros: [
        {
          id: 'copy-waybill',
          name: 'Refund, then the IMEI reply',
          chord: null,
          steps: [
            { kind: 'insert-template', templateId: 'refund-sent' },
            { kind: 'insert-template', templateId: 'imei-request' },
            { kind: 'insert-template', templateId: 'packing-instructions' },
          ],
        },
      ],
      macroOverrides: [],
    });
    const parsed = parseTemplateFile(text);
    if (!parsed.ok) throw new Error(parsed.errors.map(describeImportError).join('\n'));
    const db = freshDb();
    await applyImport(db, parsed.file, null);
    const stored = await loadStoredLibrary(db);
    expect(stored.unreadable).toBe(0);
    expect(stored.userTemplates.map((t) => `${t.id}: ${t.title}`).sort()).toEqual([
      'my-imei-request: Our own IMEI reply',
      'my-refund-sent: Refund sent',
    ]);
    expect((await loadStoredMacros(db)).userMacros).toEqual([
      expect.objectContaining({
        id: 'my-copy-waybill',
        // A step naming one of the file's templates follows it (the file's own "imei-request" was the agent's
        // when it was made); a step naming only a built-in keeps it.
        steps: [
          { kind: 'insert-template', templateId: 'my-refund-sent' },
          { kind: 'insert-template', templateId: 'my-imei-request' },
          { kind: 'insert-template', templateId: 'packing-instructions' },
        ],
      }),
    ]);
    db.close();
  });
});

describe('version 2: macros travel with the templates', () => {
  const myMacro = {
    id: 'my-refund-and-next',
    name: 'Refund, then next',
    chord: 'Alt+Shift+R',
    steps: [{ kind: 'insert-template' as const, templateId: 'my-refund-sent' }, { kind: 'next-conversation' as const }],
  };
  const fileV2 = (patch: Record<string, unknown>) =>
    JSON.stringify({ format: 'returndesk-templates', version: 2, templates: [], overrides: [], macros: [], macroOverrides: [], ...patch });
  const { updatedAt: _u, ...refundTemplate } = own('my-refund-sent');

  it("exports the agent's macros and built-in rebinding, and a colleague gets the same library", async () => {
    const source = freshDb();
    await addUserTemplate(source, own('my-refund-sent'));
    await saveUserMacro(source, myMacro);
    await setMacroChord(source, 'copy-waybill', 'Alt+9');
    await setBuiltinHidden(source, 'request-missing-photos', true);
    const transferable = async (db: ReturnDeskDatabase) => ({ ...(await loadStoredLibrary(db)), ...(await loadStoredMacros(db)) });
    const file = exportTemplates(await transferable(source), new Date(0));
    expect(file.version).toBe(3);
    expect(file.macros).toEqual([myMacro]);
    expect(file.macroOverrides).toEqual([
      { id: 'copy-waybill', chord: 'Alt+9', hidden: false },
      { id: 'request-missing-photos', chord: 'Alt+1', hidden: true },
    ]);

    const parsed = parseTemplateFile(serializeTemplateFile(file));
    if (!parsed.ok) throw new Error(parsed.errors.map(describeImportError).join('\n'));
    const target = freshDb();
    const plan = await applyImport(target, parsed.file, null);
    expect(plan.added.sort()).toEqual(['macro:copy-waybill', 'macro:my-refund-and-next', 'macro:request-missing-photos', 'my-refund-sent']);
    expect(serializeTemplateFile(exportTemplates(await transferable(target), new Date(0)))).toBe(serializeTemplateFile(file));
    const macros = (await loadMacros(target)).macros.map((macro) => `${macro.id} ${macro.chord}`);
    expect(macros).toContain('copy-waybill Alt+9');
    expect(macros).toContain('my-refund-and-next Alt+Shift+R');
    expect(macros.some((line) => line.startsWith('request-missing-photos'))).toBe(false);
    source.close();
    target.close();
  });

  it('still imports a version 1 file (templates only), and refuses macros in one', async () => {
    const parsed = parseTemplateFile(fileWith({ templates: [refundTemplate] }));
    expect(parsed.ok && parsed.file).toMatchObject({ version: 3, macros: [], macroOverrides: [], taughtSelectors: {} });
    expect(errorsOf(fileWith({ macros: [myMacro] }))).toEqual(['$: unknown field "macros"']);
    expect(errorsOf(fileWith({ version: 4 }))).toEqual(['$.version: a version this ReturnDesk reads: 1, 2 or 3']);
  });

  it('refuses broken macros with the JSON path', () => {
    const errors = errorsOf(
      fileV2({
        macros: [
          myMacro,
          { ...myMacro, id: 'copy-waybill', steps: [{ kind: 'next-conversation' }, { kind: 'focus-composer' }] },
          { ...myMacro, chord: 'Alt+' },
        ],
        macroOverrides: [{ id: 'no-such-macro', chord: null, hidden: true }],
      }),
    );
    expect(errors).toEqual([
      '$.macros[1].steps[0]: "Go to the next conversation" can only be the last step: later steps would act on another conversation',
      '$.macros[2].chord: "Alt+" has an empty part (a stray "+")',
    ]);
    expect(
      errorsOf(
        fileV2({
          macros: [myMacro, { ...myMacro, id: 'copy-waybill' }, myMacro],
          macroOverrides: [{ id: 'no-such-macro', chord: null, hidden: true }],
        }),
      ),
    ).toEqual([
      '$.macros[0].steps[0].templateId: there is no template "my-refund-sent" (neither built in nor in this file)',
      '$.macros[1].steps[0].templateId: there is no template "my-refund-sent" (neither built in nor in this file)',
      '$.macros[2].id: duplicate id "my-refund-and-next" (also at $.macros[0])',
      '$.macros[2].steps[0].templateId: there is no template "my-refund-sent" (neither built in nor in this file)',
      '$.macroOverrides[0].id: there is no built-in macro "no-such-macro"',
    ]);
    expect(errorsOf(fileV2({ templates: [refundTemplate], macros: [myMacro] }))).toEqual([]);
  });

  it('asks before replacing a macro that differs, and replaces or keeps when told', async () => {
    const db = freshDb();
    await addUserTemplate(db, own('my-refund-sent'));
    await saveUserMacro(db, { ...myMacro, chord: 'Alt+7' });
    const parsed = parseTemplateFile(fileV2({ templates: [refundTemplate], macros: [myMacro] }));
    if (!parsed.ok) throw new Error('fixture should parse');
    const current = { ...(await loadStoredLibrary(db)), ...(await loadStoredMacros(db)) };
    expect(planImport(current, parsed.file)).toEqual({ added: [], conflicts: ['macro:my-refund-and-next'], unchanged: ['my-refund-sent'] });
    await expect(applyImport(db, parsed.file, null)).rejects.toThrow('1 template or macro would be replaced: macro:my-refund-and-next');
    await applyImport(db, parsed.file, 'keep-mine');
    expect((await loadStoredMacros(db)).userMacros[0]?.chord).toBe('Alt+7');
    await applyImport(db, parsed.file, 'replace');
    expect((await loadStoredMacros(db)).userMacros[0]?.chord).toBe('Alt+Shift+R');
    db.close();
  });

  it('writes nothing, templates included, when writing the macros fails midway', async () => {
    const db = freshDb();
    const parsed = parseTemplateFile(
      fileV2({ templates: [refundTemplate], macros: [myMacro], macroOverrides: [{ id: 'copy-waybill', chord: 'Alt+9', hidden: false }] }),
    );
    if (!parsed.ok) throw new Error('fixture should parse');
    const spy = vi.spyOn(db.macroOverrides, 'bulkPut').mockRejectedValueOnce(new Error('disk full'));
    await expect(applyImport(db, parsed.file, null)).rejects.toThrow('disk full');
    spy.mockRestore();
    expect((await loadStoredLibrary(db)).userTemplates).toEqual([]);
    expect(await loadStoredMacros(db)).toEqual({ userMacros: [], macroOverrides: [], unreadable: 0 });
    db.close();
  });
});
