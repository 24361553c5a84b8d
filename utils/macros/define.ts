import { z } from 'zod';
import { parseChord } from '../keyboard/chords';
import { TEMPLATE_ID } from '../templates/content-schema';
import { t } from '../i18n/translate';

/**
 * A macro: a named list of steps the side panel runs (runner.ts), bindable to a key chord on the platform page.
 * One file per built-in under builtin/, registered in registry.ts; the agent's own macros live in Dexie
 * (store.ts). Every action that does something (palette, shortcuts) is such a list, so the runner is the one
 * executor and "stop at the first step that cannot run" holds everywhere.
 */

export const MACRO_STEP_KINDS = [
  'check-photos',
  'read-numbers',
  'insert-template',
  'insert-photo-request',
  'copy-waybill',
  'focus-composer',
  'next-conversation',
] as const;
export type MacroStepKind = (typeof MACRO_STEP_KINDS)[number];

export const MACRO_ID = TEMPLATE_ID;
export const MAX_MACRO_NAME = 100;
export const MAX_MACRO_DESCRIPTION = 500;
/** Far above any real flow; keeps a damaged or hostile import from queuing thousands of effects. */
export const MAX_MACRO_STEPS = 20;

export const macroIdSchema = z
  .string()
  .regex(MACRO_ID, 'an id is lower-case words joined by hyphens, e.g. "my-macro"')
  .max(100, 'an id is at most 100 characters');

export const macroStepSchema = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({ kind: z.literal('check-photos') }),
    z.strictObject({ kind: z.literal('read-numbers') }),
    z.strictObject({
      kind: z.literal('insert-template'),
      templateId: z
        .string()
        .regex(TEMPLATE_ID, 'a template id is lower-case words joined by hyphens, e.g. "return-label-dhl-pickup"')
        .max(100, 'a template id is at most 100 characters'),
    }),
    z.strictObject({ kind: z.literal('insert-photo-request') }),
    z.strictObject({ kind: z.literal('copy-waybill') }),
    z.strictObject({ kind: z.literal('focus-composer') }),
    z.strictObject({ kind: z.literal('next-conversation') }),
  ],
  { error: () => `the step kind is one of ${MACRO_STEP_KINDS.join(', ')}` },
);
export type MacroStep = z.infer<typeof macroStepSchema>;

export const macroStepsSchema = z
  .array(macroStepSchema)
  .min(1, 'a macro needs at least one step')
  .max(MAX_MACRO_STEPS, `a macro has at most ${MAX_MACRO_STEPS} steps`)
  .superRefine((steps, context) => {
    steps.forEach((step, index) => {
      // Once the conversation changes, later steps would act on another customer's case.
      if (step.kind === 'next-conversation' && index !== steps.length - 1) {
        context.addIssue({
          code: 'custom',
          path: [index],
          message: '"Go to the next conversation" can only be the last step: later steps would act on another conversation',
        });
      }
    });
  });

/** A chord as the agent typed it ("alt+1"), stored in normal form ("Alt+1"); null when unbound. */
export const macroChordSchema = z
  .string()
  .max(50, 'a shortcut is at most 50 characters')
  .nullable()
  .transform((chord, context) => {
    if (chord === null) return null;
    const parsed = parseChord(chord);
    if (parsed.ok) return parsed.text;
    context.issues.push({ code: 'custom', message: parsed.error, input: chord });
    return z.NEVER;
  });

export const macroDefinitionSchema = z.strictObject({
  id: macroIdSchema,
  name: z.string().trim().min(1, 'the name is empty').max(MAX_MACRO_NAME, `a name is at most ${MAX_MACRO_NAME} characters`),
  description: z.string().trim().max(MAX_MACRO_DESCRIPTION, `a description is at most ${MAX_MACRO_DESCRIPTION} characters`).optional(),
  chord: macroChordSchema,
  steps: macroStepsSchema,
});

export interface MacroDefinition {
  /** Same as the file name for built-ins. */
  id: string;
  name: string;
  description?: string;
  /** Normal form (formatChord), or null when the macro has no shortcut. */
  chord: string | null;
  steps: MacroStep[];
}

export function defineMacro(macro: MacroDefinition): MacroDefinition {
  return macro;
}

/** The step as the agent reads it in the editor, progress and error messages, in the interface's language: "Insert “DHL Express pickup”". */
export function describeStep(step: MacroStep, templateTitle?: (id: string) => string | undefined): string {
  if (step.kind === 'insert-template')
    return t('macroStep.insert-template', { title: templateTitle?.(step.templateId) ?? step.templateId });
  if (MACRO_STEP_KINDS.includes(step.kind)) return t(`macroStep.${step.kind}`);
  // Only reachable with data that skipped the schema; still worth a readable label in an error message.
  return t('macroStep.unknown', { kind: String((step as { kind: unknown }).kind) });
}
