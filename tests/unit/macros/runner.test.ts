// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { defineMacro, type MacroDefinition, type MacroStep } from '@/utils/macros/define';
import { runMacro, type MacroHost, type StepOutcome } from '@/utils/macros/runner';
import { setInterfaceLanguage } from '@/utils/i18n/translate';

const ok = <T>(value: T): StepOutcome<T> => ({ ok: true, value });
const fail = (reason: string): StepOutcome<never> => ({ ok: false, reason });

/** A host that records every call in order; any method can be replaced to fail or throw. */
function fakeHost(overrides: Partial<MacroHost> = {}) {
  const calls: string[] = [];
  const record =
    <A extends unknown[], T>(name: string, result: (...args: A) => StepOutcome<T>) =>
    async (...args: A) => {
      calls.push(args.length > 0 ? `${name}(${args.map((arg) => JSON.stringify(arg)).join(', ')})` : name);
      return result(...args);
    };
  const host: MacroHost = {
    checkPhotos: record('checkPhotos', () => ok(undefined)),
    readNumbers: record('readNumbers', () => ok(undefined)),
    renderTemplate: record('renderTemplate', (id: string) => ok(`text of ${id}`)),
    renderPhotoRequest: record('renderPhotoRequest', () => ok('please send the back')),
    waybill: record('waybill', () => ok('1234567890')),
    insertText: record('insertText', () => ok(undefined)),
    copyText: record('copyText', () => ok(undefined)),
    focusComposer: record('focusComposer', () => ok(undefined)),
    nextConversation: record('nextConversation', () => ok(undefined)),
  };
  for (const [name, replacement] of Object.entries(overrides)) {
    (host as unknown as Record<string, unknown>)[name] = async (...args: unknown[]) => {
      calls.push(name);
      return (replacement as (...a: unknown[]) => Promise<unknown>)(...args);
    };
  }
  return { host, calls };
}

const macro = (steps: MacroStep[], name = 'Test macro'): MacroDefinition => defineMacro({ id: 'test-macro', name, chord: null, steps });

const titles: Record<string, string> = { 'return-label-dhl-pickup': 'DHL Express pickup' };
const templateTitle = (id: string) => titles[id];

describe('each step kind calls the right host method', () => {
  it.each<[MacroStep, string[]]>([
    [{ kind: 'check-photos' }, ['checkPhotos']],
    [{ kind: 'read-numbers' }, ['readNumbers']],
    [{ kind: 'insert-template', templateId: 'imei-request' }, ['renderTemplate("imei-request")', 'insertText("text of imei-request")']],
    [{ kind: 'insert-photo-request' }, ['renderPhotoRequest', 'insertText("please send the back")']],
    [{ kind: 'copy-waybill' }, ['waybill', 'copyText("1234567890")']],
    [{ kind: 'focus-composer' }, ['focusComposer']],
    [{ kind: 'next-conversation' }, ['nextConversation']],
  ])('%j', async (step, expected) => {
    const { host, calls } = fakeHost();
    const result = await runMacro(macro([step]), host);
    expect(result).toEqual({ ok: true, macroId: 'test-macro', message: 'Test macro: done (1 step)' });
    expect(calls).toEqual(expected);
  });
});

describe('two phases: prepare everything, then apply', () => {
  const dhl = macro(
    [
      { kind: 'read-numbers' },
      { kind: 'insert-template', templateId: 'return-label-dhl-pickup' },
      { kind: 'copy-waybill' },
      { kind: 'focus-composer' },
      { kind: 'next-conversation' },
    ],
    'DHL pickup',
  );

  it('gathers and renders in order, then inserts, copies, focuses and moves on in order', async () => {
    const { host, calls } = fakeHost();
    const result = await runMacro(dhl, host);
    expect(calls).toEqual([
      'readNumbers',
      'renderTemplate("return-label-dhl-pickup")',
      'waybill',
      'insertText("text of return-label-dhl-pickup")',
      'copyText("1234567890")',
      'focusComposer',
      'nextConversation',
    ]);
    expect(result.message).toBe('DHL pickup: done (5 steps)');
  });

  it('reports progress per step and phase', async () => {
    const { host } = fakeHost();
    const progress: string[] = [];
    await runMacro(dhl, host, { onStep: (index, phase) => progress.push(`${phase} ${index}`) });
    expect(progress).toEqual(['prepare 0', 'prepare 1', 'prepare 2', 'apply 1', 'apply 2', 'apply 3', 'apply 4']);
  });

  it('keeps running when the progress listener throws', async () => {
    const { host, calls } = fakeHost();
    const result = await runMacro(dhl, host, {
      onStep: () => {
        throw new Error('display gone');
      },
    });
    expect(result.ok).toBe(true);
    expect(calls).toContain('nextConversation');
  });
});

describe('stops at the first step that cannot run, and says which and why', () => {
  const pickup = macro(
    [{ kind: 'read-numbers' }, { kind: 'insert-template', templateId: 'return-label-dhl-pickup' }, { kind: 'focus-composer' }],
    'DHL pickup',
  );

  it('applies nothing when a prepare step fails, and names it for the agent', async () => {
    const { host, calls } = fakeHost({
      renderTemplate: async () => fail('the waybill number was not found in the attachments.'),
    });
    const result = await runMacro(pickup, host, { templateTitle });
    expect(calls).toEqual(['readNumbers', 'renderTemplate']);
    expect(result).toEqual({
      ok: false,
      macroId: 'test-macro',
      stepIndex: 1,
      stepLabel: 'Insert “DHL Express pickup”',
      phase: 'prepare',
      reason: 'the waybill number was not found in the attachments',
      message:
        'Stopped at step 2 of 3 (Insert “DHL Express pickup”): the waybill number was not found in the attachments. Nothing was inserted.',
    });
  });

  it('does not run later steps after a failed gathering step', async () => {
    const { host, calls } = fakeHost({ checkPhotos: async () => fail('no photos in this conversation') });
    const result = await runMacro(macro([{ kind: 'check-photos' }, { kind: 'insert-photo-request' }, { kind: 'focus-composer' }]), host);
    expect(calls).toEqual(['checkPhotos']);
    expect(result.message).toBe('Stopped at step 1 of 3 (Check the photos): no photos in this conversation. Nothing was inserted.');
  });

  it('says nothing was copied when a copy macro cannot find the waybill', async () => {
    const { host, calls } = fakeHost({ waybill: async () => fail('no DHL waybill on the attachments') });
    const result = await runMacro(macro([{ kind: 'read-numbers' }, { kind: 'copy-waybill' }]), host);
    expect(calls).not.toContain('copyText');
    expect(result.message).toBe('Stopped at step 2 of 2 (Copy the waybill number): no DHL waybill on the attachments. Nothing was copied.');
  });

  it('treats an empty rendered text as a failure instead of inserting nothing', async () => {
    const { host, calls } = fakeHost({ renderPhotoRequest: async () => ok('  \n') });
    const result = await runMacro(macro([{ kind: 'insert-photo-request' }]), host);
    expect(calls).toEqual(['renderPhotoRequest']);
    expect(result).toMatchObject({ ok: false, stepIndex: 0, reason: 'the photo request came out empty' });
  });

  it('stops at a failing apply step, naming it and what was already done', async () => {
    const { host, calls } = fakeHost({ focusComposer: async () => fail('the reply box is not on the page') });
    const result = await runMacro(pickup, host, { templateTitle });
    expect(calls).toEqual([
      'readNumbers',
      'renderTemplate("return-label-dhl-pickup")',
      'insertText("text of return-label-dhl-pickup")',
      'focusComposer',
    ]);
    expect(result).toMatchObject({ ok: false, stepIndex: 2, stepLabel: 'Focus the reply box', phase: 'apply' });
    expect(result.message).toBe(
      'Stopped at step 3 of 3 (Focus the reply box): the reply box is not on the page. Already done: Insert “DHL Express pickup”.',
    );
  });

  it('does not move to the next conversation when inserting failed', async () => {
    const { host, calls } = fakeHost({ insertText: async () => fail('the composer is read-only') });
    const result = await runMacro(macro([{ kind: 'insert-photo-request' }, { kind: 'next-conversation' }]), host);
    expect(calls).not.toContain('nextConversation');
    expect(result.message).toBe(
      'Stopped at step 1 of 2 (Insert the missing-photo request): the composer is read-only. Nothing was inserted.',
    );
  });

  it('turns a host that throws or rejects into a failure, never an exception', async () => {
    const { host } = fakeHost({
      readNumbers: () => {
        throw new Error('OCR worker crashed');
      },
    });
    const result = await runMacro(pickup, host);
    expect(result).toMatchObject({ ok: false, stepIndex: 0, reason: 'OCR worker crashed' });

    // A host whose promise rejects with a bare string (as extension APIs can): the reason still reaches the agent.
    // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors -- the non-Error reason is the case under test
    const rejecting = fakeHost({ insertText: () => Promise.reject('tab closed') }).host;
    await expect(runMacro(pickup, rejecting)).resolves.toMatchObject({ ok: false, stepIndex: 1, phase: 'apply', reason: 'tab closed' });
  });

  it('treats a malformed host answer as a failure with a reason', async () => {
    const { host } = fakeHost({ checkPhotos: async () => undefined as never });
    const result = await runMacro(macro([{ kind: 'check-photos' }]), host);
    expect(result).toMatchObject({ ok: false, reason: 'it gave no answer' });
  });

  it('refuses a step kind it does not know before doing anything', async () => {
    const { host, calls } = fakeHost();
    const result = await runMacro(macro([{ kind: 'delete-everything' } as never, { kind: 'focus-composer' }]), host);
    expect(calls).toEqual([]);
    expect(result).toMatchObject({ ok: false, stepIndex: 0, reason: '"delete-everything" is not a step ReturnDesk knows' });
  });
});

describe('a macro that left something out says so instead of "done"', () => {
  it('names what the reply was inserted without', async () => {
    const { host } = fakeHost({
      renderTemplate: async () => ({
        ok: true,
        value: 'Book a DHL pickup.',
        note: 'inserted without a DHL waybill: none was read from the attachments',
      }),
    });
    const result = await runMacro(
      macro([{ kind: 'read-numbers' }, { kind: 'insert-template', templateId: 'return-label-dhl-pickup' }], 'DHL pickup'),
      host,
    );
    expect(result.ok).toBe(true);
    expect(result.message).toBe('DHL pickup: inserted without a DHL waybill: none was read from the attachments.');
    expect(result.message).not.toMatch(/done/);
  });
});

describe('in a French interface', () => {
  const pickup = macro(
    [{ kind: 'read-numbers' }, { kind: 'insert-template', templateId: 'return-label-dhl-pickup' }, { kind: 'focus-composer' }],
    'DHL pickup',
  );

  it('names the step where it stopped and what was not done in French (the host’s reason stays as given)', async () => {
    setInterfaceLanguage('fr');
    try {
      const { host } = fakeHost({ renderTemplate: async () => fail('le numéro est introuvable') });
      const result = await runMacro(pickup, host, { templateTitle });
      expect(result.message).toBe(
        'Arrêtée à l’étape 2 sur 3 (Insérer « DHL Express pickup ») : le numéro est introuvable. Rien n’a été inséré.',
      );
      const done = await runMacro(pickup, fakeHost().host, { templateTitle });
      expect(done.message).toBe('DHL pickup : terminée (3 étapes)');
    } finally {
      setInterfaceLanguage('en');
    }
  });
});
