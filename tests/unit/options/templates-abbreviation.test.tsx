import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { act } from 'preact/test-utils';
import { TemplatesEditor } from '@/entrypoints/options/templates-editor';
import { ReturnDeskDatabase } from '@/utils/db';
import { builtinTemplate } from '@/utils/templates/registry';
import { loadLibrary } from '@/utils/templates/library-store';
import type { UserTemplate } from '@/utils/templates/library';
import { button, click, field, mount, textOf, type, unmount, until } from './dom';

const DHL_PICKUP = builtinTemplate('return-label-dhl-pickup');

let counter = 0;
let container: HTMLElement | undefined;
let db: ReturnDeskDatabase | undefined;

async function openEditor(prepare?: (database: ReturnDeskDatabase) => Promise<unknown>) {
  db = new ReturnDeskDatabase(`options-templates-abbreviation-${Date.now()}-${counter++}`);
  await prepare?.(db);
  container = mount(<TemplatesEditor db={db} />);
  await until(() => expect(textOf(container!)).toContain(DHL_PICKUP.title));
  return { container, db };
}

const own = (id: string, title: string, abbreviation: string | null): UserTemplate => ({
  id,
  title,
  folder: 'Refunds',
  tags: [],
  abbreviation,
  bodies: { 'en-gb': 'Hi {{first_name}}', 'en-us': 'Hi {{first_name}}' },
  updatedAt: 1,
});

/** The list entry's button for a template, found by its title. */
const entry = (view: HTMLElement, title: string) => {
  const found = [...view.querySelectorAll<HTMLButtonElement>('.template-entry')].find((candidate) =>
    textOf(candidate.querySelector('.template-entry__title')!).startsWith(title),
  );
  if (!found) throw new Error(`no template "${title}" listed`);
  return found;
};
const abbreviationShown = (view: HTMLElement, title: string) =>
  entry(view, title).querySelector('.template-entry__abbreviation')?.textContent ?? null;
const abbreviationErrors = (view: HTMLElement) => [...view.querySelectorAll('#template-abbreviation-errors li')].map(textOf);

/** Enter in a field submits the form even when the button is disabled in some browsers: the save must refuse too. */
async function submitForm(view: HTMLElement) {
  await act(async () => {
    view.querySelector('form.templates-editor__form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
  });
}

const mergedAbbreviation = async (database: ReturnDeskDatabase, id: string) =>
  (await loadLibrary(database, { includeHidden: true })).templates.find((template) => template.id === id)?.abbreviation;

// Browsers reflect `spellcheck` as a boolean property (Preact sets it so); happy-dom has no such property, and
// Preact would then drop `spellcheck={false}` as an attribute. This puts the browser's reflection back.
const hadSpellcheck = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'spellcheck');
beforeAll(() => {
  if (hadSpellcheck) return;
  Object.defineProperty(HTMLElement.prototype, 'spellcheck', {
    configurable: true,
    get(this: HTMLElement) {
      return this.getAttribute('spellcheck') !== 'false';
    },
    set(this: HTMLElement, value: boolean) {
      this.setAttribute('spellcheck', String(value));
    },
  });
});
afterAll(() => {
  if (!hadSpellcheck) delete (HTMLElement.prototype as { spellcheck?: boolean }).spellcheck;
});

afterEach(() => {
  if (container) unmount(container);
  container = undefined;
  db?.close();
  db = undefined;
});

describe('template editor: abbreviation', () => {
  it('saves a new template’s abbreviation and lists it next to the title', async () => {
    const { container: view, db: database } = await openEditor();
    expect(abbreviationShown(view, DHL_PICKUP.title)).toBe(';dhl');
    await click(button(view, 'New template'));
    const input = field(view, 'Abbreviation');
    expect(input.placeholder).toBe(';dhl');
    expect(input.getAttribute('spellcheck')).toBe('false');
    expect(textOf(view)).toContain('Type it in the reply box to insert this template');
    await type(field(view, 'Title'), 'Refund sent');
    await type(input, ';refund');
    expect(abbreviationErrors(view)).toEqual([]);

    await click(button(view, 'Create'));
    await until(() => expect(textOf(view)).toContain('Saved "Refund sent".'));
    const stored = await database.userTemplates.toArray();
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ title: 'Refund sent', abbreviation: ';refund' });
    expect(abbreviationShown(view, 'Refund sent')).toBe(';refund');
    expect(field(view, 'Abbreviation').value).toBe(';refund');
  });

  it('changes a built-in’s abbreviation', async () => {
    const { container: view, db: database } = await openEditor();
    await click(entry(view, DHL_PICKUP.title));
    expect(field(view, 'Abbreviation').value).toBe(';dhl');
    await type(field(view, 'Abbreviation'), ';pickup');
    await click(button(view, 'Save'));
    await until(() => expect(textOf(view)).toContain(`Saved "${DHL_PICKUP.title}".`));
    expect(await mergedAbbreviation(database, DHL_PICKUP.id)).toBe(';pickup');
    expect(abbreviationShown(view, DHL_PICKUP.title)).toBe(';pickup');
  });

  it('refuses a duplicate of ;dhl, naming the template that has it, and saves nothing', async () => {
    const { container: view, db: database } = await openEditor();
    await click(button(view, 'New template'));
    await type(field(view, 'Title'), 'My DHL reply');
    await type(field(view, 'Abbreviation'), ';dhl');

    expect(abbreviationErrors(view)).toEqual([`;dhl is already the abbreviation of “${DHL_PICKUP.title}”`]);
    expect(field(view, 'Abbreviation').getAttribute('aria-invalid')).toBe('true');
    expect(button(view, 'Create').disabled).toBe(true);
    await submitForm(view);
    await click(button(view, 'Create'));
    expect(await database.userTemplates.count()).toBe(0);
    expect(textOf(view)).not.toContain('Saved');

    // Fixed, it saves.
    await type(field(view, 'Abbreviation'), ';mydhl');
    expect(abbreviationErrors(view)).toEqual([]);
    await click(button(view, 'Create'));
    await until(() => expect(textOf(view)).toContain('Saved "My DHL reply".'));
    expect((await database.userTemplates.toArray())[0]).toMatchObject({ abbreviation: ';mydhl' });
  });

  it('refuses malformed abbreviations and prefixes of another’s, either way round', async () => {
    const { container: view, db: database } = await openEditor();
    await click(button(view, 'New template'));
    await type(field(view, 'Abbreviation'), ';DHL');
    expect(abbreviationErrors(view)).toEqual([expect.stringMatching(/^";DHL" is not an abbreviation: “;” then 1 to 20 lower-case/)]);
    // Said once, by the field.
    expect(textOf(view).match(/is not an abbreviation|an abbreviation is/g)).toHaveLength(1);
    await type(field(view, 'Abbreviation'), 'refund');
    expect(abbreviationErrors(view)).toEqual([expect.stringMatching(/^"refund" is not an abbreviation/)]);

    await type(field(view, 'Abbreviation'), ';dh');
    expect(abbreviationErrors(view)).toEqual([';dhl can never be typed: ;dh (“New reply”) expands first']);
    await type(field(view, 'Abbreviation'), ';dhl-x');
    expect(abbreviationErrors(view)).toEqual([`;dhl-x can never be typed: ;dhl (“${DHL_PICKUP.title}”) expands first`]);
    expect(button(view, 'Create').disabled).toBe(true);
    await submitForm(view);
    expect(await database.userTemplates.count()).toBe(0);
  });

  it('clearing saves no abbreviation, for a built-in too, and frees it for another template', async () => {
    const { container: view, db: database } = await openEditor(async (database) => {
      await database.userTemplates.put(own('refund-sent', 'Refund sent', ';refund'));
    });
    await click(entry(view, 'Refund sent'));
    await type(field(view, 'Abbreviation'), '');
    await click(button(view, 'Save'));
    await until(() => expect(textOf(view)).toContain('Saved "Refund sent".'));
    expect((await database.userTemplates.get('refund-sent'))?.abbreviation).toBeNull();
    expect(abbreviationShown(view, 'Refund sent')).toBeNull();

    await click(entry(view, DHL_PICKUP.title));
    await type(field(view, 'Abbreviation'), '');
    await click(button(view, 'Save'));
    await until(() => expect(textOf(view)).toContain(`Saved "${DHL_PICKUP.title}".`));
    // Stored as null, so the shipped ;dhl does not come back.
    expect((await database.templateOverrides.get(DHL_PICKUP.id))?.edit?.abbreviation).toBeNull();
    expect(await mergedAbbreviation(database, DHL_PICKUP.id)).toBeUndefined();
    expect(abbreviationShown(view, DHL_PICKUP.title)).toBeNull();

    await click(entry(view, 'Refund sent'));
    await type(field(view, 'Abbreviation'), ';dhl');
    expect(abbreviationErrors(view)).toEqual([]);
    await click(button(view, 'Save'));
    await until(() => expect(textOf(view)).toContain('Saved "Refund sent".'));
    expect((await database.userTemplates.get('refund-sent'))?.abbreviation).toBe(';dhl');
  });

  it('checks again on save: an abbreviation taken in another tab meanwhile is refused', async () => {
    const { container: view, db: database } = await openEditor();
    await click(button(view, 'New template'));
    await type(field(view, 'Title'), 'Refund sent');
    await type(field(view, 'Abbreviation'), ';refund');
    expect(abbreviationErrors(view)).toEqual([]);
    await database.userTemplates.put(own('refund-other', 'Refund, other tab', ';refund'));

    await click(button(view, 'Create'));
    await until(() => expect(abbreviationErrors(view)).toEqual([';refund is already the abbreviation of “Refund, other tab”']));
    expect(await database.userTemplates.get('refund-sent')).toBeUndefined();
    expect(await database.userTemplates.count()).toBe(1);
  });

  it('duplicating a template leaves the copy without the abbreviation', async () => {
    const { container: view, db: database } = await openEditor();
    await click(entry(view, DHL_PICKUP.title));
    await click(button(view, 'Duplicate'));
    await until(() => expect(textOf(view)).toContain('Duplicated as'));
    const [copy] = await database.userTemplates.toArray();
    expect(copy?.abbreviation).toBeNull();
    expect(field(view, 'Abbreviation').value).toBe('');
  });
});
