import type { z } from 'zod';
import { macroDefinitionSchema, type MacroDefinition, type MacroStep } from './define';

/**
 * What the macro editor and imports accept: the shape (zod: empty name, no steps, "next conversation" not last,
 * malformed shortcut…) and then every template the steps insert. Errors read as sentences naming the step; a
 * bad candidate never throws. Duplicate or reserved shortcuts are the key map's business (utils/keyboard).
 */

export type MacroCheck = { ok: true; macro: MacroDefinition } | { ok: false; errors: string[] };

export interface MacroCheckContext {
  /** Every template a step may insert: built-ins and the agent's own. */
  templateIds: Iterable<string>;
}

function where(path: readonly PropertyKey[]): string {
  const [first, second] = path;
  if (first === 'steps' && typeof second === 'number') return `step ${second + 1}: `;
  if (first === 'chord') return 'shortcut: ';
  if (path.length === 0 || first === 'name' || first === 'steps') return '';
  return `${path.map(String).join('.')}: `;
}

export function describeMacroIssues(error: z.ZodError): string[] {
  return error.issues.flatMap((issue) => {
    if (issue.code === 'unrecognized_keys') return issue.keys.map((key) => `${where(issue.path)}unknown field "${key}"`);
    return [`${where(issue.path)}${issue.message}`];
  });
}

/** Steps that insert a template the library does not have, with their index. */
export function unknownTemplateSteps(steps: readonly MacroStep[], templateIds: Iterable<string>): { index: number; templateId: string }[] {
  const known = templateIds instanceof Set ? (templateIds as ReadonlySet<string>) : new Set(templateIds);
  return steps.flatMap((step, index) =>
    step.kind === 'insert-template' && !known.has(step.templateId) ? [{ index, templateId: step.templateId }] : [],
  );
}

export function checkMacro(candidate: unknown, context: MacroCheckContext): MacroCheck {
  const parsed = macroDefinitionSchema.safeParse(candidate);
  if (!parsed.success) return { ok: false, errors: describeMacroIssues(parsed.error) };
  const unknown = unknownTemplateSteps(parsed.data.steps, context.templateIds);
  if (unknown.length > 0) {
    return {
      ok: false,
      errors: unknown.map(({ index, templateId }) => `step ${index + 1}: there is no template "${templateId}"`),
    };
  }
  return { ok: true, macro: parsed.data };
}
