// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { checkDraft, chordProblems, storedChordConflicts, type MacroContext, type MacroDraft } from '@/utils/macros/draft-check';
import { EMPTY_MACROS, mergeMacros } from '@/utils/macros/library';
import { builtinMacros } from '@/utils/macros/registry';

const context: MacroContext = {
  macros: mergeMacros(builtinMacros, EMPTY_MACROS),
  templateIds: new Set(['dhl-pickup']),
  manifestChords: [],
};

const draft = (overrides: Partial<MacroDraft> = {}): MacroDraft => ({
  id: 'my-pickup',
  name: 'Pickup and next',
  description: '',
  chord: '',
  steps: [{ step: { kind: 'insert-template', templateId: 'dhl-pickup' } }, { step: { kind: 'next-conversation' } }],
  ...overrides,
});

describe('checkDraft (the macro editor’s save check)', () => {
  it('gives the macro a draft describes, without an empty description or chord', () => {
    const checked = checkDraft(draft(), context);
    expect(checked).toEqual({
      ok: true,
      macro: {
        id: 'my-pickup',
        name: 'Pickup and next',
        chord: null,
        steps: [{ kind: 'insert-template', templateId: 'dhl-pickup' }, { kind: 'next-conversation' }],
      },
    });
  });

  it('asks to choose the template of an insert step instead of calling its empty id malformed', () => {
    const checked = checkDraft(draft({ steps: [{ step: { kind: 'insert-template', templateId: '' } }] }), context);
    expect(checked).toEqual({ ok: false, errors: ['step 1: choose the template to insert'] });
  });

  it('refuses a chord another macro holds, naming it', () => {
    const checked = checkDraft(draft({ chord: 'Alt+1' }), context);
    expect(checked.ok).toBe(false);
    expect(checked.ok ? [] : checked.errors.join('\n')).toMatch(/^shortcut: .*Request missing photos/m);
  });
});

describe('chordProblems', () => {
  it('names a malformed chord, and accepts a free one or none', () => {
    expect(chordProblems('my-pickup', 'Pickup', 'Alt+Alt', context)).toHaveLength(1);
    expect(chordProblems('my-pickup', 'Pickup', 'Alt+7', context)).toEqual([]);
    expect(chordProblems('my-pickup', 'Pickup', '  ', context)).toEqual([]);
  });

  it('lets a macro keep its own chord', () => {
    expect(chordProblems('request-missing-photos', 'Request missing photos', 'Alt+1', context)).toEqual([]);
  });
});

describe('storedChordConflicts', () => {
  it('finds two stored macros on one chord, and none among the built-ins', () => {
    expect(storedChordConflicts(context.macros, [])).toEqual([]);
    const clash = [
      ...context.macros,
      { id: 'my-clash', name: 'Clash', chord: 'Alt+1', steps: [{ kind: 'focus-composer' as const }], builtin: false, hidden: false },
    ];
    expect(storedChordConflicts(clash, []).length).toBeGreaterThan(0);
  });
});
