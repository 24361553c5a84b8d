import { bodyProblems } from '../templates/library';
import { builtinTemplates, hasBuiltinTemplate } from '../templates/registry';
import { macroStepsSchema } from '../macros/define';
import { hasBuiltinMacro } from '../macros/registry';
import { unknownTemplateSteps } from '../macros/check';
import { parseChord } from '../keyboard/chords';
import { checkAbbreviations } from '../keyboard/abbreviations';
import { siteAdapters } from '../sites/registry';
import { jsonPath, zodErrors, type ImportError } from '../templates/import-export';
import { teamPolicySchema, type TeamMacro, type TeamPolicy } from './team-policy-schema';

/**
 * The whole check of a team policy (its shape is team-policy-schema.ts, kept apart so that storage can type the
 * stored policy without the template registry).
 */
export * from './team-policy-schema';

export type PolicyCheck = { ok: true; policy: TeamPolicy } | { ok: false; errors: ImportError[] };

/**
 * The shape (zod) and then what a shape cannot say: bodies use known variables, ids are unique, abbreviations are
 * unique and prefix-free among the team's own, chords parse, macro steps insert a template that exists, sites and
 * hidden ids are known, the floor is not above the period. Every error names its JSON path.
 */
export function checkTeamPolicy(raw: unknown): PolicyCheck {
  const parsed = teamPolicySchema.safeParse(raw ?? {}, { reportInput: true });
  if (!parsed.success) return { ok: false, errors: zodErrors(parsed.error) };
  const policy = parsed.data;
  const errors: ImportError[] = [];
  const templates = policy.templates ?? [];
  const macros = policy.macros ?? [];
  duplicates(templates, '$.templates', errors);
  duplicates(macros, '$.macros', errors);
  templates.forEach((template, position) => {
    for (const problem of bodyProblems(template.bodies)) {
      errors.push({
        path: `$.templates[${position}].bodies${jsonPath([problem.locale]).slice(1)}`,
        message: `line ${problem.line}, column ${problem.column}: ${problem.message}`,
      });
    }
  });
  const owners = templates.flatMap((template) =>
    template.abbreviation ? [{ templateId: template.id, title: template.title, abbreviation: template.abbreviation }] : [],
  );
  for (const problem of checkAbbreviations(owners)) {
    const position = templates.findIndex((template) => template.id === problem.templateId);
    errors.push({ path: `$.templates[${position}].abbreviation`, message: problem.message });
  }
  const templateIds = new Set([...builtinTemplates.map((template) => template.id), ...templates.map((template) => template.id)]);
  const chords = new Map<string, number>();
  macros.forEach((macro, position) => {
    const path = `$.macros[${position}]`;
    if (macro.chord !== undefined) {
      const chord = parseChord(macro.chord);
      if (!chord.ok) errors.push({ path: `${path}.chord`, message: chord.error });
      else if (chords.has(chord.text))
        errors.push({ path: `${path}.chord`, message: `${chord.text} is already the shortcut of $.macros[${chords.get(chord.text)}]` });
      else chords.set(chord.text, position);
    }
    const steps = macroStepsSchema.safeParse(macro.steps.map(stepOf));
    if (!steps.success)
      for (const error of zodErrors(steps.error)) errors.push({ path: `${path}.steps${error.path.slice(1)}`, message: error.message });
    macro.steps.forEach((step, index) => {
      if ((step.kind === 'insert-template') !== (step.templateId !== undefined)) {
        errors.push({ path: `${path}.steps[${index}].templateId`, message: 'templateId is given exactly for "insert-template" steps' });
      }
    });
    if (steps.success) {
      for (const { index, templateId } of unknownTemplateSteps(steps.data, templateIds)) {
        errors.push({
          path: `${path}.steps[${index}].templateId`,
          message: `there is no template "${templateId}" (neither built in nor the team's)`,
        });
      }
    }
  });
  (policy.hiddenBuiltins ?? []).forEach((id, position) => {
    if (!hasBuiltinTemplate(id) && !hasBuiltinMacro(id))
      errors.push({ path: `$.hiddenBuiltins[${position}]`, message: `there is no built-in template or macro "${id}"` });
  });
  for (const site of Object.keys(policy.selectorOverrides ?? {})) {
    if (!siteAdapters.some((adapter) => adapter.id === site)) {
      errors.push({
        path: `$.selectorOverrides${jsonPath([site]).slice(1)}`,
        message: `unknown site "${site}" (known: ${siteAdapters.map((adapter) => adapter.id).join(', ')})`,
      });
    }
  }
  if (policy.retentionDays !== undefined && policy.retentionFloorDays !== undefined && policy.retentionFloorDays > policy.retentionDays) {
    errors.push({
      path: '$.retentionFloorDays',
      message: `the floor (${policy.retentionFloorDays} days) is above the period (${policy.retentionDays} days)`,
    });
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, policy };
}

/** A flat policy step as the macro runner's step (the union), for the runner's own checks. */
export const stepOf = (step: TeamMacro['steps'][number]) =>
  step.kind === 'insert-template' ? { kind: step.kind, templateId: step.templateId } : { kind: step.kind };

function duplicates(entries: readonly { id: string }[], path: string, errors: ImportError[]): void {
  const seen = new Map<string, number>();
  entries.forEach((entry, position) => {
    const earlier = seen.get(entry.id);
    if (earlier !== undefined)
      errors.push({ path: `${path}[${position}].id`, message: `duplicate id "${entry.id}" (also at ${path}[${earlier}])` });
    else seen.set(entry.id, position);
  });
}
