import { describeStep, type MacroDefinition, type MacroStep } from './define';
import { macroText, t } from '../i18n/translate';

/**
 * Runs a macro against a host (the side panel provides one; tests provide fakes). Pure: no browser APIs.
 *
 * Nothing half-sent: phase 1 (prepare) runs the steps in order, gathering (check photos, read numbers) and
 * rendering every text the macro will insert or copy; only when every step prepared does phase 2 (apply) perform
 * the effects in order (insert, copy, focus, next conversation). The first step that cannot run stops the macro,
 * and the result names it and says why. A host that throws is a failed step, never an exception out of runMacro.
 */

/**
 * `note`: what a step that succeeded left out, in the agent's words ("inserted without a DHL waybill: none was read
 * from the attachments"). A macro with notes reports them instead of "done", so it never claims more than it did.
 */
export type StepOutcome<T> = { ok: true; value: T; note?: string } | { ok: false; reason: string };

export interface MacroHost {
  /** Waits for the photo check of the open conversation. */
  checkPhotos(): Promise<StepOutcome<void>>;
  /** Waits for the numbers read from the attachments. */
  readNumbers(): Promise<StepOutcome<void>>;
  /** The full text, or why not (unknown template, which values are missing); a note names optional facts left out. */
  renderTemplate(templateId: string): Promise<StepOutcome<string>>;
  /** Fails with a reason when nothing is missing. */
  renderPhotoRequest(): Promise<StepOutcome<string>>;
  /** The DHL waybill (or tracking number) read, or why not. */
  waybill(): Promise<StepOutcome<string>>;
  insertText(text: string): Promise<StepOutcome<void>>;
  copyText(text: string): Promise<StepOutcome<void>>;
  focusComposer(): Promise<StepOutcome<void>>;
  nextConversation(): Promise<StepOutcome<void>>;
}

export type MacroPhase = 'prepare' | 'apply';

export type MacroRunResult =
  | { ok: true; macroId: string; message: string }
  | {
      ok: false;
      macroId: string;
      /** 0-based; the message counts from 1. */
      stepIndex: number;
      stepLabel: string;
      /** Prepare: nothing was applied. Apply: the steps before it were. */
      phase: MacroPhase;
      reason: string;
      message: string;
    };

export interface RunMacroOptions {
  /** Called before each step runs in a phase: every step that gathers or renders (prepare), then every step with an effect (apply). */
  onStep?: (index: number, phase: MacroPhase) => void;
  /** Template titles for step labels; the id is shown otherwise. */
  templateTitle?: (id: string) => string | undefined;
}

type Effect = () => Promise<StepOutcome<unknown>>;

interface StepPlan {
  /** Phase 1: gathers or renders, resolving to the effect phase 2 applies (null: nothing to apply). */
  prepare?: () => Promise<StepOutcome<Effect | null>>;
  /** Phase 2 effect of a step with nothing to prepare. */
  effect?: Effect;
}

function nonEmptyText(outcome: StepOutcome<string>, emptyReason: string): StepOutcome<string> {
  if (!outcome.ok) return outcome;
  return typeof outcome.value === 'string' && outcome.value.trim() !== '' ? outcome : { ok: false, reason: emptyReason };
}

function planStep(step: MacroStep, host: MacroHost): StepPlan {
  const insertWhenRendered =
    (render: () => Promise<StepOutcome<string>>, emptyReason: string) => async (): Promise<StepOutcome<Effect | null>> => {
      const rendered = nonEmptyText(await attempt(render), emptyReason);
      return rendered.ok ? { ok: true, value: () => host.insertText(rendered.value), note: rendered.note } : rendered;
    };
  switch (step.kind) {
    case 'check-photos':
      return { prepare: async () => gathered(await attempt(() => host.checkPhotos())) };
    case 'read-numbers':
      return { prepare: async () => gathered(await attempt(() => host.readNumbers())) };
    case 'insert-template':
      return { prepare: insertWhenRendered(() => host.renderTemplate(step.templateId), 'the template came out empty') };
    case 'insert-photo-request':
      return { prepare: insertWhenRendered(() => host.renderPhotoRequest(), 'the photo request came out empty') };
    case 'copy-waybill':
      return {
        prepare: async () => {
          const waybill = nonEmptyText(await attempt(() => host.waybill()), 'no waybill number was read');
          return waybill.ok ? { ok: true, value: () => host.copyText(waybill.value.trim()) } : waybill;
        },
      };
    case 'focus-composer':
      return { effect: () => host.focusComposer() };
    case 'next-conversation':
      return { effect: () => host.nextConversation() };
  }
  const kind = String((step as { kind: unknown }).kind);
  return { prepare: async () => ({ ok: false, reason: `"${kind}" is not a step ReturnDesk knows` }) };
}

function gathered(outcome: StepOutcome<void>): StepOutcome<Effect | null> {
  return outcome.ok ? { ok: true, value: null } : outcome;
}

/** Runs one host call; a throw, a rejection or a malformed answer becomes a failure with a reason. */
async function attempt<T>(call: () => Promise<StepOutcome<T>>): Promise<StepOutcome<T>> {
  try {
    const outcome = await call();
    if (outcome && typeof outcome === 'object' && outcome.ok) return outcome;
    const reason = outcome && typeof outcome === 'object' && 'reason' in outcome ? outcome.reason : undefined;
    return { ok: false, reason: typeof reason === 'string' ? reason : t('macroRun.noAnswer') };
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
}

/** "the waybill was not found." → "the waybill was not found": the message adds its own full stop. */
function cleanReason(reason: string): string {
  const cleaned = reason.trim().replace(/[.\s]+$/, '');
  return cleaned || 'it could not run (no reason given)';
}

function notify(onStep: RunMacroOptions['onStep'], index: number, phase: MacroPhase) {
  try {
    onStep?.(index, phase);
  } catch {
    // Progress display is best effort: a broken listener must not stop (or half-run) the macro.
  }
}

/** "Nothing was inserted.", as far as this macro would have inserted or copied anything. */
function nothingDone(steps: readonly MacroStep[]): string {
  const inserts = steps.some((step) => step.kind === 'insert-template' || step.kind === 'insert-photo-request');
  const copies = steps.some((step) => step.kind === 'copy-waybill');
  if (inserts && copies) return t('macroRun.nothingInsertedOrCopied');
  if (inserts) return t('macroRun.nothingInserted');
  return copies ? t('macroRun.nothingCopied') : t('macroRun.nothingChanged');
}

export async function runMacro(macro: MacroDefinition, host: MacroHost, options: RunMacroOptions = {}): Promise<MacroRunResult> {
  const { steps } = macro;
  const labels = steps.map((step) => describeStep(step, options.templateTitle));
  const stopped = (index: number, phase: MacroPhase, rawReason: string, outcome: string): MacroRunResult => {
    const reason = cleanReason(rawReason);
    const stepLabel = labels[index] ?? t('macroRun.step', { index: index + 1 });
    return {
      ok: false,
      macroId: macro.id,
      stepIndex: index,
      stepLabel,
      phase,
      reason,
      message: t('macroRun.stopped', { index: index + 1, total: steps.length, step: stepLabel, reason, outcome }),
    };
  };

  const effects: (Effect | null)[] = [];
  const notes: string[] = [];
  for (const [index, step] of steps.entries()) {
    const plan = attemptPlan(step, host);
    if (!plan.ok) return stopped(index, 'prepare', plan.reason, nothingDone(steps));
    const { prepare, effect } = plan.value;
    if (!prepare) {
      effects.push(effect ?? null);
      continue;
    }
    notify(options.onStep, index, 'prepare');
    const prepared = await attempt(prepare);
    if (!prepared.ok) return stopped(index, 'prepare', prepared.reason, nothingDone(steps));
    if (typeof prepared.note === 'string' && prepared.note.trim()) notes.push(cleanReason(prepared.note));
    effects.push(prepared.value);
  }

  const applied: string[] = [];
  for (const [index, effect] of effects.entries()) {
    if (!effect) continue;
    notify(options.onStep, index, 'apply');
    const outcome = await attempt(effect);
    if (!outcome.ok) {
      const before = applied.length > 0 ? t('macroRun.alreadyDone', { steps: applied.join('; ') }) : nothingDone(steps);
      return stopped(index, 'apply', outcome.reason, before);
    }
    applied.push(labels[index]!);
  }
  const name = macroText(macro.id, 'name', macro.name);
  if (notes.length > 0) return { ok: true, macroId: macro.id, message: t('macroRun.doneWithNotes', { name, notes: notes.join('; ') }) };
  return { ok: true, macroId: macro.id, message: t('macroRun.done', { name, count: steps.length }) };
}

/** Planning only reads the step, but a step from damaged data may not even be an object. */
function attemptPlan(step: MacroStep, host: MacroHost): StepOutcome<StepPlan> {
  try {
    return { ok: true, value: planStep(step, host) };
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
}
