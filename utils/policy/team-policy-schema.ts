import { z } from 'zod';
import { TEMPLATE_LOCALES } from '../templates/define';
import { templateContentSchema, TEMPLATE_ID } from '../templates/content-schema';
import { MACRO_STEP_KINDS, MAX_MACRO_DESCRIPTION, MAX_MACRO_NAME } from '../macros/define';
import { ABBREVIATION_PATTERN } from '../keyboard/abbreviations';
import { selectorMapSchema } from '../sites/define';

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
  kind: z.enum(MACRO_STEP_KINDS),
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
