// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { contentOfDraft, draftAbbreviationErrors, type TemplateDraft } from '@/utils/templates/template-draft';
import { EMPTY_LIBRARY, mergeLibrary } from '@/utils/templates/library';
import { builtinTemplates } from '@/utils/templates/registry';

const draft = (overrides: Partial<TemplateDraft> = {}): TemplateDraft => ({
  id: 'my-thanks',
  stored: false,
  title: 'Thanks',
  folder: ' Misc ',
  tags: 'thanks, , polite ',
  abbreviation: ' ',
  bodies: { 'en-gb': 'Thank you.', 'en-us': '', 'fr-fr': '' },
  ...overrides,
});

describe('contentOfDraft (what the template form saves)', () => {
  it('trims the folder, splits the tags, keeps empty English bodies (reported as empty) and drops other empty ones', () => {
    expect(contentOfDraft(draft())).toEqual({
      title: 'Thanks',
      folder: 'Misc',
      tags: ['thanks', 'polite'],
      abbreviation: null,
      bodies: { 'en-gb': 'Thank you.', 'en-us': '' },
    });
  });
});

describe('draftAbbreviationErrors', () => {
  const library = mergeLibrary(builtinTemplates, EMPTY_LIBRARY);
  const taken = library.find((template) => template.abbreviation)!;

  it('refuses an abbreviation another template has, and accepts none or a free one', () => {
    expect(draftAbbreviationErrors(draft({ abbreviation: taken.abbreviation! }), library).join('\n')).toContain(taken.title);
    expect(draftAbbreviationErrors(draft(), library)).toEqual([]);
    expect(draftAbbreviationErrors(draft({ abbreviation: ';zzthanks' }), library)).toEqual([]);
  });

  it('lets a template keep its own abbreviation', () => {
    expect(draftAbbreviationErrors(draft({ id: taken.id, abbreviation: taken.abbreviation! }), library)).toEqual([]);
  });
});
