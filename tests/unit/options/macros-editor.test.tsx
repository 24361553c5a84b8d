import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { MacrosEditor } from '@/entrypoints/options/macros-editor';
import { ReturnDeskDatabase } from '@/utils/db';
import { loadMacros, saveUserMacro } from '@/utils/macros/store';
import { button, choose, click, field, fields, mount, press, queryButton, textOf, type, unmount, until } from './dom';

let counter = 0;
let container: HTMLElement | undefined;
let db: ReturnDeskDatabase | undefined;

async function openEditor(prepare?: (database: ReturnDeskDatabase) => Promise<unknown>) {
  db = new ReturnDeskDatabase(`options-macros-${Date.now()}-${counter++}`);
  await prepare?.(db);
  container = mount(<MacrosEditor db={db} />);
  // The built-ins are listed once Dexie answered.
  await until(() => expect(textOf(container!)).toContain('Request missing photos'));
  return { container, db };
}

/** As the e2e test does it: picking a kind adds the step; an insert step then gets its template picked. */
async function addStep(view: HTMLElement, kind: string, templateId?: string) {
  await choose(field<HTMLSelectElement>(view, 'Add a step'), kind);
  if (templateId) await choose(fields<HTMLSelectElement>(view, 'Template').at(-1)!, templateId);
}

/** What each step says, a template picker by the title chosen. */
const stepLabels = (view: HTMLElement) =>
  [...view.querySelectorAll('.macro-steps .macro-step__label')].map((label) => {
    const picker = label.querySelector('select');
    return picker ? `Template: ${textOf(picker.selectedOptions[0]!)}` : textOf(label);
  });

afterEach(() => {
  if (container) unmount(container);
  container = undefined;
  db?.close();
  db = undefined;
});

describe('macros editor', () => {
  it('creates a macro with three steps, in order, with its key chord, and tells the tabs', async () => {
    const { container: view, db: database } = await openEditor();
    await click(button(view, 'New macro'));
    await type(field(view, 'Macro name'), 'DHL pickup, then next');
    await press(field(view, 'Key chord'), { key: '5', code: 'Digit5', altKey: true });
    expect(field(view, 'Key chord').value).toBe('Alt+5');
    await addStep(view, 'read-numbers');
    await addStep(view, 'insert-template', 'return-label-dhl-pickup');
    await addStep(view, 'focus-composer');
    expect(stepLabels(view)).toEqual([
      'Read the numbers',
      'Template: Return label: DHL Express, schedule a pickup with the waybill number',
      'Focus the reply box',
    ]);
    expect(field<HTMLSelectElement>(view, 'Add a step').value).toBe('');

    await click(button(view, 'Save macro'));
    await until(() => expect(textOf(view)).toContain('Saved the macro “DHL pickup, then next”.'));
    const stored = await database.userMacros.toArray();
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({
      id: 'my-dhl-pickup-then-next',
      name: 'DHL pickup, then next',
      chord: 'Alt+5',
      steps: [{ kind: 'read-numbers' }, { kind: 'insert-template', templateId: 'return-label-dhl-pickup' }, { kind: 'focus-composer' }],
    });
    expect(await fakeBrowser.storage.local.get('keyboardConfigChangedAt')).toHaveProperty('keyboardConfigChangedAt');
    // Listed with the built-ins, and the form can delete it now.
    expect(queryButton(view, 'Delete macro')).toBeDefined();
  });

  it('shows why a chord is refused and saves nothing: malformed, reserved, or taken by a built-in', async () => {
    const { container: view, db: database } = await openEditor();
    await click(button(view, 'New macro'));
    await type(field(view, 'Macro name'), 'Mine');
    await addStep(view, 'check-photos');

    await type(field(view, 'Key chord'), 'Alt+Foo');
    expect(textOf(view.querySelector('#macro-chord-errors')!)).toContain('"Foo" is not a key ReturnDesk can bind');
    await click(button(view, 'Save macro'));
    expect(textOf(view.querySelector('#macro-save-errors')!)).toContain('"Foo" is not a key ReturnDesk can bind');

    await press(field(view, 'Key chord'), { key: 't', code: 'KeyT', ctrlKey: true });
    expect(field(view, 'Key chord').value).toBe('Ctrl+T');
    await click(button(view, 'Save macro'));
    expect(textOf(view.querySelector('#macro-save-errors')!)).toContain('Ctrl+T opens a new tab');

    await type(field(view, 'Key chord'), 'alt+1');
    await click(button(view, 'Save macro'));
    expect(textOf(view.querySelector('#macro-save-errors')!)).toContain('Alt+1 is already bound to "Request missing photos"');

    expect(await database.userMacros.count()).toBe(0);
    expect(textOf(view)).not.toContain('Saved the macro');
  });

  it('lists every problem at once and saves nothing half-valid', async () => {
    const { container: view, db: database } = await openEditor();
    await click(button(view, 'New macro'));
    await addStep(view, 'next-conversation');
    await addStep(view, 'check-photos');
    await click(button(view, 'Save macro'));
    const errors = textOf(view.querySelector('#macro-save-errors')!);
    expect(errors).toContain('the name is empty');
    expect(errors).toContain('can only be the last step');
    expect(await database.userMacros.count()).toBe(0);
  });

  it('refuses an insert step whose template was not chosen, saying so', async () => {
    const { container: view, db: database } = await openEditor();
    await click(button(view, 'New macro'));
    await type(field(view, 'Macro name'), 'Half done');
    await addStep(view, 'insert-template');
    await click(button(view, 'Save macro'));
    expect(textOf(view.querySelector('#macro-save-errors')!)).toBe('step 1: choose the template to insert');
    expect(await database.userMacros.count()).toBe(0);
  });

  it('does not add a step while the keyboard browses the kinds; Enter adds the one shown', async () => {
    const { container: view } = await openEditor();
    await click(button(view, 'New macro'));
    const select = field<HTMLSelectElement>(view, 'Add a step');
    await press(select, { key: 'ArrowDown' });
    await choose(select, 'check-photos');
    await press(select, { key: 'ArrowDown' });
    await choose(select, 'read-numbers');
    expect(stepLabels(view)).toEqual([]);
    await press(select, { key: 'Enter' });
    expect(stepLabels(view)).toEqual(['Read the numbers']);
  });

  it('moves and removes steps with labelled buttons', async () => {
    const { container: view } = await openEditor();
    await click(button(view, 'New macro'));
    await addStep(view, 'check-photos');
    await addStep(view, 'read-numbers');
    await addStep(view, 'copy-waybill');
    await click(button(view, 'Move up: step 3, Copy the waybill number'));
    expect(stepLabels(view)).toEqual(['Check the photos', 'Copy the waybill number', 'Read the numbers']);
    await click(button(view, 'Move down: step 1, Check the photos'));
    expect(stepLabels(view)).toEqual(['Copy the waybill number', 'Check the photos', 'Read the numbers']);
    expect(button(view, 'Move up: step 1, Copy the waybill number').disabled).toBe(true);
    await click(button(view, 'Remove: step 2, Check the photos'));
    expect(stepLabels(view)).toEqual(['Copy the waybill number', 'Read the numbers']);
  });

  it('rebinds and hides a built-in', async () => {
    const { container: view, db: database } = await openEditor();
    await click(button(view, 'Request missing photos'));
    await type(field(view, 'Key chord'), 'Alt+9');
    await click(button(view, 'Save chord'));
    await until(() => expect(textOf(view)).toContain('“Request missing photos” now runs with Alt+9.'));
    await click(button(view, 'Hide Request missing photos'));
    await until(() => expect(queryButton(view, 'Show Request missing photos')).toBeDefined());
    const merged = (await loadMacros(database, { includeHidden: true })).macros.find((macro) => macro.id === 'request-missing-photos');
    expect(merged).toMatchObject({ chord: 'Alt+9', hidden: true });
  });

  it('deletes a macro of the agent’s, with an undo', async () => {
    const { container: view, db: database } = await openEditor((prepared) =>
      saveUserMacro(prepared, { id: 'mine', name: 'Mine', chord: null, steps: [{ kind: 'check-photos' }] }),
    );
    await click(button(view, 'Mine'));
    await click(button(view, 'Delete macro'));
    await until(() => expect(textOf(view)).toContain('Deleted the macro “Mine”.'));
    expect(await database.userMacros.count()).toBe(0);
    expect(queryButton(view, 'Mine')).toBeUndefined();
    await click(button(view, 'Undo delete'));
    await until(() => expect(textOf(view)).toContain('Restored the macro “Mine”.'));
    expect(await database.userMacros.get('mine')).toMatchObject({ name: 'Mine' });
  });
});
