// @vitest-environment node
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { ReturnDeskDatabase } from '@/utils/db';
import type { MacroDefinition } from '@/utils/macros/define';
import { freeMacroId } from '@/utils/macros/library';
import {
  deleteUserMacro,
  loadMacros,
  MacroRejected,
  resetBuiltinMacro,
  saveUserMacro,
  setBuiltinHidden,
  setMacroChord,
} from '@/utils/macros/store';
import { builtinMacros } from '@/utils/macros/registry';
import { addUserTemplate } from '@/utils/templates/library-store';

let counter = 0;
const freshDb = () => new ReturnDeskDatabase(`macros-${Date.now()}-${counter++}`);

const imeiThenNext: MacroDefinition = {
  id: 'imei-then-next',
  name: 'IMEI request, then next',
  chord: 'alt+shift+i',
  steps: [{ kind: 'insert-template', templateId: 'imei-request' }, { kind: 'next-conversation' }],
};

const summary = async (db: ReturnDeskDatabase, includeHidden = false) =>
  (await loadMacros(db, { includeHidden })).macros.map(
    (macro) => `${macro.id} ${macro.chord ?? '-'}${macro.builtin ? ' builtin' : ''}${macro.hidden ? ' hidden' : ''}`,
  );

describe('macro store', () => {
  it('lists the built-ins with their default shortcuts on a fresh database', async () => {
    const db = freshDb();
    expect(await summary(db)).toEqual(builtinMacros.map((macro) => `${macro.id} ${macro.chord} builtin`));
    db.close();
  });

  it("saves the agent's macro after the built-ins, shortcut in normal form, and deletes it", async () => {
    const db = freshDb();
    const saved = await saveUserMacro(db, imeiThenNext, 500);
    expect(saved).toMatchObject({ chord: 'Alt+Shift+I', updatedAt: 500 });
    expect((await summary(db)).at(-1)).toBe('imei-then-next Alt+Shift+I');
    await deleteUserMacro(db, 'imei-then-next');
    expect(await summary(db)).toHaveLength(builtinMacros.length);
    db.close();
  });

  it("refuses a macro inserting a template that does not exist, and accepts one of the agent's templates", async () => {
    const db = freshDb();
    const ownStep = { ...imeiThenNext, steps: [{ kind: 'insert-template' as const, templateId: 'late-parcel' }] };
    await expect(saveUserMacro(db, ownStep)).rejects.toThrow('step 1: there is no template "late-parcel"');
    await addUserTemplate(db, {
      id: 'late-parcel',
      title: 'Late parcel',
      folder: '',
      tags: [],
      bodies: { 'en-gb': 'Sorry for the wait.', 'en-us': 'Sorry for the wait.' },
      updatedAt: 1,
    });
    await saveUserMacro(db, ownStep);
    expect((await loadMacros(db)).macros.some((macro) => macro.id === 'imei-then-next')).toBe(true);
    db.close();
  });

  it("refuses a built-in macro's id for the agent's macro", async () => {
    const db = freshDb();
    const error = await saveUserMacro(db, { ...imeiThenNext, id: 'copy-waybill' }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(MacroRejected);
    expect((error as MacroRejected).errors).toEqual(['"copy-waybill" is a built-in macro\'s id: choose another']);
    db.close();
  });

  it('rebinds, unbinds and resets a built-in; an override matching the default is not kept', async () => {
    const db = freshDb();
    await setMacroChord(db, 'copy-waybill', 'alt+9');
    expect(await summary(db)).toContain('copy-waybill Alt+9 builtin');
    await setMacroChord(db, 'copy-waybill', null);
    expect(await summary(db)).toContain('copy-waybill - builtin');
    await setMacroChord(db, 'copy-waybill', 'Alt+4');
    expect(await db.macroOverrides.count()).toBe(0);
    await setMacroChord(db, 'copy-waybill', 'Alt+8');
    await resetBuiltinMacro(db, 'copy-waybill');
    expect(await summary(db)).toContain('copy-waybill Alt+4 builtin');
    db.close();
  });

  it("rebinds the agent's macro and refuses a malformed shortcut or an unknown macro", async () => {
    const db = freshDb();
    await saveUserMacro(db, imeiThenNext);
    await setMacroChord(db, 'imei-then-next', 'ctrl+alt+i');
    expect((await summary(db)).at(-1)).toBe('imei-then-next Ctrl+Alt+I');
    await expect(setMacroChord(db, 'imei-then-next', 'Alt+')).rejects.toThrow('shortcut: "Alt+" has an empty part');
    await expect(setMacroChord(db, 'nobody', 'Alt+7')).rejects.toThrow('there is no macro "nobody"');
    db.close();
  });

  it('hides a built-in (kept with its rebinding for the options page) and shows it again', async () => {
    const db = freshDb();
    await setMacroChord(db, 'request-missing-photos', 'Alt+7');
    await setBuiltinHidden(db, 'request-missing-photos', true);
    expect((await summary(db)).some((line) => line.startsWith('request-missing-photos'))).toBe(false);
    expect(await summary(db, true)).toContain('request-missing-photos Alt+7 builtin hidden');
    await setBuiltinHidden(db, 'request-missing-photos', false);
    expect(await summary(db)).toContain('request-missing-photos Alt+7 builtin');
    await expect(setBuiltinHidden(db, 'imei-then-next', true)).rejects.toThrow('no built-in macro');
    db.close();
  });

  it('counts unreadable rows instead of using them or failing', async () => {
    const db = freshDb();
    await saveUserMacro(db, imeiThenNext);
    await db.userMacros.put({ id: 'broken', name: '', chord: null, steps: 'all', updatedAt: 1 } as never);
    await db.userMacros.put({ ...imeiThenNext, id: 'copy-waybill', chord: null, updatedAt: 1 });
    await db.macroOverrides.put({ id: 'no-such-builtin', chord: null, hidden: true });
    await db.macroOverrides.put({ id: 'copy-waybill', chord: 'Alt+', hidden: false });
    const loaded = await loadMacros(db);
    expect(loaded.unreadable).toBe(4);
    expect(loaded.macros.map((macro) => `${macro.id} ${macro.chord}`)).toEqual([
      ...builtinMacros.map((macro) => `${macro.id} ${macro.chord}`),
      'imei-then-next Alt+Shift+I',
    ]);
    db.close();
  });
});

describe('freeMacroId', () => {
  it('slugs the name and avoids built-in and taken ids', () => {
    expect(freeMacroId('Refund, then next!', new Set())).toBe('my-refund-then-next');
    // The agent's namespace keeps a macro named like a built-in apart from it.
    expect(freeMacroId('Copy waybill', new Set())).toBe('my-copy-waybill');
    expect(freeMacroId('Mine', new Set(['my-mine']))).toBe('my-mine-2');
    expect(freeMacroId('My macro', new Set())).toBe('my-macro');
    expect(freeMacroId('???', new Set())).toBe('my-macro');
  });
});
