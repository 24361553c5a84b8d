// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { abbreviationBeforeCaret, abbreviationIndex, checkAbbreviations } from '@/utils/keyboard/abbreviations';
import { builtinTemplates, builtinTemplate } from '@/utils/templates/registry';
import { checkTemplateContent, contentOf, EMPTY_LIBRARY, mergeLibrary, type UserTemplate } from '@/utils/templates/library';

const known = new Set([';dhl', ';dsp', ';photos']);

describe('abbreviationBeforeCaret', () => {
  it('fires on the key that completes an abbreviation after a space', () => {
    expect(abbreviationBeforeCaret('Hello, ;dhl', known)).toEqual({ abbreviation: ';dhl', start: 7 });
  });

  it('fires at the start of the text and after a line break', () => {
    expect(abbreviationBeforeCaret(';photos', known)).toEqual({ abbreviation: ';photos', start: 0 });
    expect(abbreviationBeforeCaret('Hello,\n;dsp', [...known])).toEqual({ abbreviation: ';dsp', start: 7 });
  });

  it('does not fire in the middle of a word, an address or a longer token', () => {
    expect(abbreviationBeforeCaret('x;dhl', known)).toBeNull();
    expect(abbreviationBeforeCaret('see https://example.com/a;dhl', known)).toBeNull();
    expect(abbreviationBeforeCaret(`${'a'.repeat(40)};dhl`, known)).toBeNull();
    expect(abbreviationBeforeCaret(';;dhl', known)).toBeNull();
  });

  it('does not fire before the abbreviation is complete, for unknown ones, or once typing went on', () => {
    expect(abbreviationBeforeCaret('Hello ;dh', known)).toBeNull();
    expect(abbreviationBeforeCaret('Hello ;ups', known)).toBeNull();
    expect(abbreviationBeforeCaret('Hello ;dhl ', known)).toBeNull();
    expect(abbreviationBeforeCaret('', known)).toBeNull();
  });

  it('finds the abbreviation at the end of a very long message', () => {
    const text = `${'Dear customer, '.repeat(2000)}\n;dhl`;
    expect(abbreviationBeforeCaret(text, known)).toEqual({ abbreviation: ';dhl', start: text.length - 4 });
  });
});

describe('checkAbbreviations', () => {
  it('reports malformed, duplicate and prefix abbreviations by template, never throwing', () => {
    const errors = checkAbbreviations([
      { templateId: 'return-label-dhl-pickup', title: 'DHL pickup', abbreviation: ';dhl' },
      { templateId: 'mine', title: 'My DHL reply', abbreviation: ';dhl' },
      { templateId: 'short', title: 'Short', abbreviation: ';dh' },
      { templateId: 'longer', title: 'Longer', abbreviation: ';dhl-x' },
      { templateId: 'caps', abbreviation: ';DHL' },
      { templateId: 'no-semicolon', abbreviation: 'dhl' },
      { templateId: 'too-long', abbreviation: `;${'a'.repeat(21)}` },
      { templateId: 'bare', abbreviation: ';' },
    ]);
    expect(errors.map((error) => [error.templateId, error.message])).toEqual([
      ['mine', ';dhl is already the abbreviation of “DHL pickup”'],
      ['caps', expect.stringMatching(/^";DHL" is not an abbreviation/)],
      ['no-semicolon', expect.stringMatching(/^"dhl" is not an abbreviation/)],
      ['too-long', expect.stringMatching(/is not an abbreviation/)],
      ['bare', expect.stringMatching(/is not an abbreviation/)],
      ['return-label-dhl-pickup', ';dhl can never be typed: ;dh (“Short”) expands first'],
      ['longer', ';dhl-x can never be typed: ;dh (“Short”) expands first'],
      ['longer', ';dhl-x can never be typed: ;dhl (“DHL pickup”) expands first'],
    ]);
  });

  it('accepts the built-in templates’ abbreviations: unique and prefix-free', () => {
    const list = builtinTemplates.flatMap((template) =>
      template.abbreviation ? [{ templateId: template.id, abbreviation: template.abbreviation }] : [],
    );
    expect(list.length).toBeGreaterThanOrEqual(10);
    expect(checkAbbreviations(list)).toEqual([]);
    const index = abbreviationIndex(builtinTemplates);
    expect(index.get(';dhl')).toBe('return-label-dhl-pickup');
    expect(index.get(';dsp')).toBe('return-label-dhl-service-point');
    expect(index.get(';photos')).toBe('photo-request-missing');
  });
});

describe('abbreviations in the template library', () => {
  const own: UserTemplate = {
    id: 'refund-sent',
    title: 'Refund sent',
    folder: 'Refunds',
    tags: ['refund'],
    abbreviation: ';refund',
    bodies: { 'en-gb': 'Hi {{first_name}}', 'en-us': 'Hi {{first_name}}' },
    updatedAt: 1,
  };
  const find = (library: ReturnType<typeof mergeLibrary>, id: string) => library.find((template) => template.id === id)!;

  it('carries the agent’s and the built-ins’ abbreviations through the merge', () => {
    const library = mergeLibrary(builtinTemplates, { userTemplates: [own], overrides: [] });
    expect(find(library, 'refund-sent').abbreviation).toBe(';refund');
    expect(find(library, 'return-label-dhl-pickup').abbreviation).toBe(';dhl');
    expect(contentOf(find(library, 'refund-sent')).abbreviation).toBe(';refund');
  });

  it('lets an edit change or remove a built-in’s abbreviation; an edit without one keeps the shipped one', () => {
    const shipped = builtinTemplate('return-label-dhl-pickup');
    const { abbreviation: _drop, ...older } = contentOf(shipped);
    const overrides = (edit: object) => ({
      userTemplates: [],
      overrides: [{ id: shipped.id, edit: { ...contentOf(shipped), ...edit }, hidden: false, updatedAt: 2 }],
    });
    expect(find(mergeLibrary(builtinTemplates, overrides({ abbreviation: ';pickup' })), shipped.id).abbreviation).toBe(';pickup');
    const removed = find(mergeLibrary(builtinTemplates, overrides({ abbreviation: null })), shipped.id);
    expect(removed.abbreviation).toBeUndefined();
    // Saving the content back (e.g. a new title) keeps it removed.
    expect(contentOf(removed).abbreviation).toBeNull();
    const fromOlderEdit = mergeLibrary(builtinTemplates, {
      userTemplates: [],
      overrides: [{ id: shipped.id, edit: older, hidden: false, updatedAt: 2 }],
    });
    expect(find(fromOlderEdit, shipped.id).abbreviation).toBe(';dhl');
    expect(find(mergeLibrary(builtinTemplates, EMPTY_LIBRARY), 'warranty-coverage').abbreviation).toBe(';warranty');
  });

  it('refuses a malformed abbreviation in the editor and in imports', () => {
    const { updatedAt: _u, id: _id, ...content } = own;
    expect(checkTemplateContent({ ...content, abbreviation: 'refund' })).toEqual({
      ok: false,
      errors: [expect.stringMatching(/^abbreviation: an abbreviation is “;” then/)],
    });
    expect(checkTemplateContent({ ...content, abbreviation: null }).ok).toBe(true);
    expect(checkTemplateContent(content).ok).toBe(true);
  });
});
