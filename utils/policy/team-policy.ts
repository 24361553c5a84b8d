import { bodyProblems } from '../templates/library';
import { builtinTemplates, hasBuiltinTemplate } from '../templates/registry';
import { macroStepsSchema } from '../macros/define';
import { hasBuiltinMacro } from '../macros/registry';
import { unknownTemplateSteps } from '../macros/check';
import { parseChord } from '../keyboard/chords';
import { buildPageKeyMap } from '../keyboard/keymap';
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
 * unique and prefix-free among the team's own, chords parse and are free on the page, macro steps insert a template
 * that exists, sites and hidden ids are known, the floor is not above the period. Every error names its JSON path.
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
      const unusable = chord.ok ? unusableChord(macro, chord.text) : null;
      if (!chord.ok) errors.push({ path: `${path}.chord`, message: chord.error });
      else if (unusable) errors.push({ path: `${path}.chord`, message: unusable });
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

/**
 * Why a team macro's chord could never run it on the page, or null: a chord the browser, the desktop or the
 * composer keeps (RESERVED_CHORDS), one that would fire while typing, or a key ReturnDesk's own page commands use.
 * The page's key map would leave such a macro unbound without a word; the check says it first. (Browser shortcuts
 * an agent sets on their own machine are not known here: the options page reports those.)
 */
function unusableChord(macro: TeamMacro, chord: string): string | null {
  const { errors } = buildPageKeyMap({ macros: [{ id: macro.id, name: macro.name, chord }], manifestChords: [] });
  const problem = errors[0];
  return problem ? `${problem.message}: the macro would have no shortcut on the page; choose another chord` : null;
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
