import { z } from 'zod';
import { TEMPLATE_LOCALES } from '../templates/define';
import { templateContentSchema, TEMPLATE_ID, bodyProblems } from '../templates/library';
import { builtinTemplates, hasBuiltinTemplate } from '../templates/registry';
import { macroStepsSchema, MAX_MACRO_DESCRIPTION, MAX_MACRO_NAME } from '../macros/define';
import { hasBuiltinMacro } from '../macros/registry';
import { unknownTemplateSteps } from '../macros/check';
import { parseChord } from '../keyboard/chords';
import { ABBREVIATION_PATTERN, checkAbbreviations } from '../keyboard/abbreviations';
import { selectorMapSchema } from '../sites/define';
import { siteAdapters } from '../sites/registry';
import { jsonPath, zodErrors, type ImportError } from '../templates/import-export';

/**
 * What an administrator pushes to every agent's browser through the browsers' enterprise policies (Chrome's
 * `3rdparty` extension policy, Firefox's `policies.json` → `3rdparty` → `Extensions`), read as `storage.managed`.
 * Each top-level key is one policy and every one is optional: a team may push only its templates, or only a
 * retention period. The shape stays inside what Chrome's managed schema can say (no null, no unions), so
 * `public/managed-schema.json` is generated from this schema (chrome-schema.ts) and the two never drift.
 *
 * The team's templates and macros are the export file's (utils/templates/import-export.ts) entries, with ids in
 * the team's namespace (`team-…`): neither a built-in nor an agent's own (`my-…`) can ever take one.
 */

export const TEAM_ID_PREFIX = 'team-';
const teamId = (what: string) =>
  z
    .string()
    .regex(TEMPLATE_ID, `${what} id is lower-case words joined by hyphens, e.g. "team-refund-sent"`)
    .regex(/^team-/, `${what} id starts with "team-" (the team's namespace)`)
    .max(100);

/** A template as the export file carries it, without null (Chrome's schema has no null): absent means none. */
export const teamTemplateSchema = templateContentSchema.extend({
  id: teamId('a template'),
  folder: templateContentSchema.shape.folder.optional(),
  tags: templateContentSchema.shape.tags.optional(),
  abbreviation: z
    .string()
    .regex(ABBREVIATION_PATTERN, 'an abbreviation is “;” then 1 to 20 lower-case letters, digits or hyphens')
    .optional(),
});
export type TeamTemplate = z.infer<typeof teamTemplateSchema>;

/** A macro step kept flat (Chrome's schema has no unions): `kind` plus `templateId` for insert-template. */
const teamStepSchema = z.strictObject({
  kind: z.enum([
    'check-photos',
    'read-numbers',
    'insert-template',
    'insert-photo-request',
    'copy-waybill',
    'focus-composer',
    'next-conversation',
  ]),
  templateId: z.string().regex(TEMPLATE_ID).max(100).optional(),
});

export const teamMacroSchema = z.strictObject({
  id: teamId('a macro'),
  name: z.string().trim().min(1, 'the name is empty').max(MAX_MACRO_NAME),
  description: z.string().trim().max(MAX_MACRO_DESCRIPTION).optional(),
  /** A key chord on the platform page ("Alt+7"); absent: no shortcut. */
  chord: z.string().max(50).optional(),
  steps: z.array(teamStepSchema).min(1).max(20),
});
export type TeamMacro = z.infer<typeof teamMacroSchema>;

export const teamPolicySchema = z.strictObject({
  templates: z.array(teamTemplateSchema).max(5000).optional().describe("The team's reply templates (read-only for agents)."),
  macros: z.array(teamMacroSchema).max(1000).optional().describe("The team's macros (read-only for agents)."),
  hiddenBuiltins: z
    .array(z.string().regex(TEMPLATE_ID).max(100))
    .max(500)
    .optional()
    .describe('Ids of built-in templates and macros agents do not see.'),
  allowOwnTemplates: z.boolean().optional().describe('Whether agents may write, import and use templates of their own (default true).'),
  selectorOverrides: z
    .record(z.string().min(1).max(50), selectorMapSchema)
    .optional()
    .describe("Per site adapter, per part: the CSS selector to read it with (wins over the agent's)."),
  retentionDays: z.number().int().min(1).max(3650).optional().describe('Case data is deleted after at most this many days without use.'),
  retentionFloorDays: z
    .number()
    .int()
    .min(1)
    .max(3650)
    .optional()
    .describe('Agents may not set a retention period shorter than this many days.'),
  locales: z.array(z.enum(TEMPLATE_LOCALES)).min(1).max(TEMPLATE_LOCALES.length).optional().describe('Reply languages offered to agents.'),
});
export type TeamPolicy = z.infer<typeof teamPolicySchema>;

export const EMPTY_TEAM_POLICY: TeamPolicy = {};

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
