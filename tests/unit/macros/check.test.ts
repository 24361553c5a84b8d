// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { checkMacro } from '@/utils/macros/check';
import { describeStep, type MacroStep } from '@/utils/macros/define';

const templateIds = ['return-label-dhl-pickup', 'imei-request'];
const valid = {
  id: 'dhl-and-next',
  name: 'DHL and next',
  chord: 'Alt+9',
  steps: [{ kind: 'read-numbers' }, { kind: 'insert-template', templateId: 'return-label-dhl-pickup' }, { kind: 'next-conversation' }],
};
const errorsOf = (candidate: unknown) => {
  const checked = checkMacro(candidate, { templateIds });
  return checked.ok ? [] : checked.errors;
};

describe('checkMacro', () => {
  it('accepts a valid macro and stores its shortcut in normal form', () => {
    const checked = checkMacro({ ...valid, chord: 'alt+shift+d' }, { templateIds });
    expect(checked).toEqual({ ok: true, macro: { ...valid, chord: 'Alt+Shift+D' } });
    expect(checkMacro({ ...valid, chord: null }, { templateIds: new Set(templateIds) }).ok).toBe(true);
  });

  it('names steps that insert a template the library does not have', () => {
    expect(
      errorsOf({
        ...valid,
        steps: [
          { kind: 'insert-template', templateId: 'no-such-reply' },
          { kind: 'insert-template', templateId: 'imei-request' },
        ],
      }),
    ).toEqual(['step 1: there is no template "no-such-reply"']);
  });

  it('refuses an empty name and a macro without steps', () => {
    expect(errorsOf({ ...valid, name: '   ' })).toEqual(['the name is empty']);
    expect(errorsOf({ ...valid, steps: [] })).toEqual(['a macro needs at least one step']);
  });

  it('refuses "next conversation" anywhere but last', () => {
    expect(errorsOf({ ...valid, steps: [{ kind: 'next-conversation' }, { kind: 'focus-composer' }] })).toEqual([
      'step 1: "Go to the next conversation" can only be the last step: later steps would act on another conversation',
    ]);
  });

  it("refuses a malformed shortcut with the chord parser's reason", () => {
    expect(errorsOf({ ...valid, chord: 'Alt+' })).toEqual(['shortcut: "Alt+" has an empty part (a stray "+")']);
    expect(errorsOf({ ...valid, chord: 'Hyper+K' })).toEqual(['shortcut: "Hyper" is not a modifier (Ctrl, Alt, Shift, Meta)']);
  });

  it('refuses unknown step kinds and unknown fields, naming the step', () => {
    const errors = errorsOf({ ...valid, steps: [{ kind: 'send-message' }, { kind: 'focus-composer', when: 'always' }] });
    expect(errors).toHaveLength(2);
    expect(errors[0]).toMatch(/^step 1: the step kind is one of check-photos, read-numbers, insert-template/);
    expect(errors[1]).toBe('step 2: unknown field "when"');
  });

  it('returns errors instead of throwing for anything that is not a macro', () => {
    for (const candidate of [null, undefined, 42, 'macro', [], { steps: 'all' }]) {
      const checked = checkMacro(candidate, { templateIds });
      expect(checked.ok).toBe(false);
      if (!checked.ok) expect(checked.errors.length).toBeGreaterThan(0);
    }
  });
});

describe('describeStep', () => {
  it.each<[MacroStep, string]>([
    [{ kind: 'check-photos' }, 'Check the photos'],
    [{ kind: 'read-numbers' }, 'Read the numbers'],
    [{ kind: 'insert-template', templateId: 'return-label-dhl-pickup' }, 'Insert “DHL Express pickup”'],
    [{ kind: 'insert-template', templateId: 'my-own' }, 'Insert “my-own”'],
    [{ kind: 'insert-photo-request' }, 'Insert the missing-photo request'],
    [{ kind: 'copy-waybill' }, 'Copy the waybill number'],
    [{ kind: 'focus-composer' }, 'Focus the reply box'],
    [{ kind: 'next-conversation' }, 'Go to the next conversation'],
  ])('%j reads "%s"', (step, label) => {
    expect(describeStep(step, (id) => (id === 'return-label-dhl-pickup' ? 'DHL Express pickup' : undefined))).toBe(label);
  });
});
