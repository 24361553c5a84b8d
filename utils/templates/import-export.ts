import { z } from 'zod';
import { TEMPLATE_LOCALES } from './define';
import type { ReturnDeskDatabase } from '../db';
import { builtinTemplates, hasBuiltinTemplate } from './registry';
import { macroDefinitionSchema } from '../macros/define';
import { unknownTemplateSteps } from '../macros/check';
import { hasBuiltinMacro } from '../macros/registry';
import { checkAbbreviations } from '../keyboard/abbreviations';
import {
  macroOverrideSchema,
  userMacroSchema,
  type MacroOverride,
  type StoredMacros,
  type UserMacro,
} from '../macros/library';
import {
  abbreviationOwners,
  bodyProblems,
  builtinOverrideSchema,
  mergeLibrary,
  templateContentSchema,
  TEMPLATE_ID,
  userTemplateSchema,
  type BuiltinOverride,
  type StoredLibrary,
  type TemplateContent,
  type UserTemplate,
} from './library';

/**
 * Template files an agent exports and a colleague imports: the agent's own templates and their changes to
 * built-ins, and (version 2) the agent's own macros and their rebinding or hiding of built-in macros. Never usage
 * counts or anything from a conversation (templates hold `{{variables}}`, not values). Version 1 files (templates
 * only) still import; exports are always version 2.
 *
 * An import is checked completely before anything is written: the size, JSON, every field (unknown fields and
 * wrong types refused, with the JSON path), ids (duplicates, a built-in's id used for a new template) and every
 * body (unknown variables, unbalanced sections, with line and column). It is then written in one Dexie
 * transaction, so the library is never left half-imported, and it replaces nothing unless the agent said so.
 */

export const TEMPLATE_FILE_FORMAT = 'returndesk-templates';
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

const idSchema = z.string().regex(TEMPLATE_ID, 'an id is lower-case words joined by hyphens, e.g. "my-reply"').max(100);

export const TEMPLATE_FILE_VERSION = 2;

const fileHeaderSchema = z.looseObject({
  format: z.literal(TEMPLATE_FILE_FORMAT),
  version: z.union([z.literal(1), z.literal(2)], { error: `a version this ReturnDesk reads: 1 or ${TEMPLATE_FILE_VERSION}` }),
});

const templatesV1Shape = {
  format: z.literal(TEMPLATE_FILE_FORMAT),
  exportedAt: z.string().optional(),
  templates: z.array(templateContentSchema.extend({ id: idSchema })).max(5000),
  overrides: z.array(z.strictObject({ id: idSchema, hidden: z.boolean(), edit: templateContentSchema.nullable() })).max(5000),
};

export const templateFileV1Schema = z.strictObject({ ...templatesV1Shape, version: z.literal(1) });

export const templateFileSchema = z.strictObject({
  ...templatesV1Shape,
  version: z.literal(2),
  macros: z.array(macroDefinitionSchema).max(1000),
  macroOverrides: z.array(macroOverrideSchema).max(1000),
});
/** Always the current version: a version 1 file is read as one with no macros. */
export type TemplateFile = z.infer<typeof templateFileSchema>;

/** What an export holds; `userMacros`/`macroOverrides` left out export none (a templates-only caller). */
export type TransferableLibrary = StoredLibrary & Partial<StoredMacros>;

/**
 * Every field the template content schema has (whatever fields it gains), without ids or timestamps, in the
 * schema's order: what a file carries for a template and what "unchanged" compares.
 */
const contentFieldsSchema = z.object(templateContentSchema.shape);
const contentFields = (template: TemplateContent): TemplateContent => contentFieldsSchema.parse(template);

export function exportTemplates(stored: TransferableLibrary, now = new Date()): TemplateFile {
  const content = contentFields;
  return {
    format: TEMPLATE_FILE_FORMAT,
    version: TEMPLATE_FILE_VERSION,
    exportedAt: now.toISOString(),
    templates: [...stored.userTemplates]
      .sort((a, b) => a.id.localeCompare(b.id))
      .map((template) => ({ id: template.id, ...content(template) })),
    overrides: [...stored.overrides]
      .sort((a, b) => a.id.localeCompare(b.id))
      .map((override) => ({ id: override.id, hidden: override.hidden, edit: override.edit ? content(override.edit) : null })),
    macros: [...(stored.userMacros ?? [])].sort((a, b) => a.id.localeCompare(b.id)).map(macroEntry),
    macroOverrides: [...(stored.macroOverrides ?? [])]
      .sort((a, b) => a.id.localeCompare(b.id))
      .map((override) => ({ id: override.id, chord: override.chord, hidden: override.hidden })),
  };
}

/** A macro as the file holds it: no `updatedAt`, fields in a fixed order so exports compare as text. */
function macroEntry(macro: UserMacro | TemplateFile['macros'][number]): TemplateFile['macros'][number] {
  return {
    id: macro.id,
    name: macro.name,
    ...(macro.description !== undefined ? { description: macro.description } : {}),
    chord: macro.chord,
    steps: macro.steps.map((step) => ({ ...step })),
  };
}

export function serializeTemplateFile(file: TemplateFile): string {
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** `$.templates[2].bodies["en-gb"]`: how the agent finds the place in the file. */
export function jsonPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((text, key) => {
    if (typeof key === 'number') return `${text}[${key}]`;
    const name = String(key);
    return /^[A-Za-z_$][\w$]*$/.test(name) ? `${text}.${name}` : `${text}[${JSON.stringify(name)}]`;
  }, '$');
}

export interface ImportError {
  path: string;
  message: string;
}

export type ParsedImport = { ok: true; file: TemplateFile } | { ok: false; errors: ImportError[] };

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

function zodErrors(error: z.ZodError): ImportError[] {
  return error.issues.flatMap((issue): ImportError[] => {
    if (issue.code === 'unrecognized_keys') {
      // A key of `bodies` is a locale: name it as one, with the locales this build writes.
      if (issue.path.at(-1) === 'bodies') {
        return issue.keys.map((key) => ({
          path: jsonPath([...issue.path, key]),
          message: `unknown locale "${key}": this version has bodies in ${TEMPLATE_LOCALES.join(', ')}`,
        }));
      }
      return issue.keys.map((key) => ({ path: jsonPath(issue.path), message: `unknown field "${key}"` }));
    }
    if (issue.code === 'invalid_type') {
      const found = (issue as { input?: unknown }).input;
      const got = found === undefined ? 'nothing' : found === null ? 'null' : Array.isArray(found) ? 'a list' : typeof found;
      return [{ path: jsonPath(issue.path), message: `expected ${issue.expected}, found ${got}` }];
    }
    return [{ path: jsonPath(issue.path), message: issue.message }];
  });
}

/**
 * Checks a file's text. `byteLength` is the file's size as the browser reports it (checked before reading it
 * at all); the text's own length is checked too, for callers that only have text.
 */
export function parseTemplateFile(text: string, byteLength = new TextEncoder().encode(text).length): ParsedImport {
  if (byteLength > MAX_IMPORT_BYTES) {
    return {
      ok: false,
      errors: [{ path: '$', message: `the file is ${megabytes(byteLength)}; a template file is at most ${megabytes(MAX_IMPORT_BYTES)}` }],
    };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, errors: [{ path: '$', message: `not valid JSON (${error instanceof Error ? error.message : String(error)})` }] };
  }
  const header = fileHeaderSchema.safeParse(json, { reportInput: true });
  if (!header.success) return { ok: false, errors: zodErrors(header.error) };
  const parsed =
    header.data.version === 1
      ? templateFileV1Schema
          .transform((file): TemplateFile => ({ ...file, version: 2, macros: [], macroOverrides: [] }))
          .safeParse(json, { reportInput: true })
      : templateFileSchema.safeParse(json, { reportInput: true });
  if (!parsed.success) return { ok: false, errors: zodErrors(parsed.error) };

  const errors: ImportError[] = [];
  const firstSeen = new Map<string, number>();
  parsed.data.templates.forEach((template, position) => {
    const path = `$.templates[${position}]`;
    if (hasBuiltinTemplate(template.id)) {
      errors.push({
        path: `${path}.id`,
        message: `"${template.id}" is a built-in template: a change to it belongs in "overrides"`,
      });
    }
    const earlier = firstSeen.get(template.id);
    if (earlier !== undefined) {
      errors.push({ path: `${path}.id`, message: `duplicate id "${template.id}" (also at $.templates[${earlier}])` });
    } else {
      firstSeen.set(template.id, position);
    }
    for (const problem of bodyProblems(template.bodies)) {
      errors.push({
        path: `${path}.bodies${jsonPath([problem.locale]).slice(1)}`,
        message: `line ${problem.line}, column ${problem.column}: ${problem.message}`,
      });
    }
  });
  const overrideSeen = new Map<string, number>();
  parsed.data.overrides.forEach((override, position) => {
    const path = `$.overrides[${position}]`;
    if (!hasBuiltinTemplate(override.id)) {
      errors.push({ path: `${path}.id`, message: `there is no built-in template "${override.id}"` });
    }
    const earlier = overrideSeen.get(override.id);
    if (earlier !== undefined) {
      errors.push({ path: `${path}.id`, message: `duplicate id "${override.id}" (also at $.overrides[${earlier}])` });
    } else {
      overrideSeen.set(override.id, position);
    }
    for (const problem of override.edit ? bodyProblems(override.edit.bodies) : []) {
      errors.push({
        path: `${path}.edit.bodies${jsonPath([problem.locale]).slice(1)}`,
        message: `line ${problem.line}, column ${problem.column}: ${problem.message}`,
      });
    }
  });
  errors.push(...macroErrors(parsed.data));
  errors.push(...abbreviationErrors(parsed.data));
  return errors.length > 0 ? { ok: false, errors } : { ok: true, file: parsed.data };
}

/**
 * Abbreviations in the library the file describes (built-ins with its changes, plus its templates) must stay
 * unique and prefix-free, or typing one in the composer could not say which reply is meant.
 */
function abbreviationErrors(file: TemplateFile): ImportError[] {
  const library = mergeLibrary(builtinTemplates, {
    userTemplates: file.templates.map((template) => ({ ...template, updatedAt: 0 })),
    overrides: file.overrides.map((override): BuiltinOverride => ({ ...override, updatedAt: 0 })),
  });
  return checkAbbreviations(abbreviationOwners(library)).map((problem) => {
    const position = file.templates.findIndex((template) => template.id === problem.templateId);
    const override = file.overrides.findIndex((candidate) => candidate.id === problem.templateId);
    const path = position >= 0 ? `$.templates[${position}].abbreviation` : override >= 0 ? `$.overrides[${override}].edit.abbreviation` : '$';
    return { path, message: problem.message };
  });
}

/**
 * Ids (taken by a built-in, duplicated) and the templates steps insert: a built-in or one in the same file (an
 * export carries every template of the agent's, so a macro never depends on what the importer happens to have).
 */
function macroErrors(file: TemplateFile): ImportError[] {
  const errors: ImportError[] = [];
  const templateIds = new Set([...builtinTemplates.map((template) => template.id), ...file.templates.map((template) => template.id)]);
  const macroSeen = new Map<string, number>();
  file.macros.forEach((macro, position) => {
    const path = `$.macros[${position}]`;
    if (hasBuiltinMacro(macro.id)) {
      errors.push({ path: `${path}.id`, message: `"${macro.id}" is a built-in macro: a change to it belongs in "macroOverrides"` });
    }
    const earlier = macroSeen.get(macro.id);
    if (earlier !== undefined) {
      errors.push({ path: `${path}.id`, message: `duplicate id "${macro.id}" (also at $.macros[${earlier}])` });
    } else {
      macroSeen.set(macro.id, position);
    }
    for (const { index, templateId } of unknownTemplateSteps(macro.steps, templateIds)) {
      errors.push({
        path: `${path}.steps[${index}].templateId`,
        message: `there is no template "${templateId}" (neither built in nor in this file)`,
      });
    }
  });
  const overrideSeen = new Map<string, number>();
  file.macroOverrides.forEach((override, position) => {
    const path = `$.macroOverrides[${position}]`;
    if (!hasBuiltinMacro(override.id)) errors.push({ path: `${path}.id`, message: `there is no built-in macro "${override.id}"` });
    const earlier = overrideSeen.get(override.id);
    if (earlier !== undefined) {
      errors.push({ path: `${path}.id`, message: `duplicate id "${override.id}" (also at $.macroOverrides[${earlier}])` });
    } else {
      overrideSeen.set(override.id, position);
    }
  });
  return errors;
}

export function describeImportError(error: ImportError): string {
  return `${error.path}: ${error.message}`;
}

/** How a macro or built-in macro change is named in an ImportPlan: template and macro ids may coincide. */
export const MACRO_PLAN_PREFIX = 'macro:';

export interface ImportPlan {
  /** Ids of templates and overrides the library does not have yet; macros and their overrides as `macro:<id>`. */
  added: string[];
  /** Ids that exist with different content: replaced only when the agent confirms. */
  conflicts: string[];
  /** Ids already exactly as in the file. */
  unchanged: string[];
}

const sameContent = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const comparableTemplate = (template: TemplateContent) => contentFields(template);
const comparableOverride = (override: Pick<BuiltinOverride, 'hidden' | 'edit'>) => ({
  hidden: override.hidden,
  edit: override.edit ? comparableTemplate(override.edit) : null,
});

const comparableMacro = (macro: UserMacro | TemplateFile['macros'][number]) => macroEntry(macro);
const comparableMacroOverride = (override: MacroOverride) => ({ chord: override.chord, hidden: override.hidden });

/** `current` without macros (a templates-only caller) plans every macro in the file as new. */
export function planImport(current: TransferableLibrary, file: TemplateFile): ImportPlan {
  const plan: ImportPlan = { added: [], conflicts: [], unchanged: [] };
  const templates = new Map(current.userTemplates.map((template) => [template.id, template]));
  const overrides = new Map(current.overrides.map((override) => [override.id, override]));
  for (const template of file.templates) {
    const existing = templates.get(template.id);
    if (!existing) plan.added.push(template.id);
    else if (sameContent(comparableTemplate(existing), comparableTemplate(template))) plan.unchanged.push(template.id);
    else plan.conflicts.push(template.id);
  }
  for (const override of file.overrides) {
    const existing = overrides.get(override.id);
    if (!existing) plan.added.push(override.id);
    else if (sameContent(comparableOverride(existing), comparableOverride(override))) plan.unchanged.push(override.id);
    else plan.conflicts.push(override.id);
  }
  const macros = new Map((current.userMacros ?? []).map((macro) => [macro.id, macro]));
  for (const macro of file.macros) {
    const existing = macros.get(macro.id);
    const key = `${MACRO_PLAN_PREFIX}${macro.id}`;
    if (!existing) plan.added.push(key);
    else if (sameContent(comparableMacro(existing), comparableMacro(macro))) plan.unchanged.push(key);
    else plan.conflicts.push(key);
  }
  const macroOverrides = new Map((current.macroOverrides ?? []).map((override) => [override.id, override]));
  for (const override of file.macroOverrides) {
    const existing = macroOverrides.get(override.id);
    const key = `${MACRO_PLAN_PREFIX}${override.id}`;
    if (!existing) plan.added.push(key);
    else if (sameContent(comparableMacroOverride(existing), comparableMacroOverride(override))) plan.unchanged.push(key);
    else plan.conflicts.push(key);
  }
  return plan;
}

/** What to do with ids that exist with other content; no choice means refuse the import if there are any. */
export type ConflictChoice = 'replace' | 'keep-mine';

export class ImportNeedsConfirmation extends Error {
  constructor(readonly conflicts: string[]) {
    const noun = conflicts.some((id) => id.startsWith(MACRO_PLAN_PREFIX)) ? 'template or macro' : 'template';
    super(`${conflicts.length} ${noun}${conflicts.length === 1 ? '' : 's'} would be replaced: ${conflicts.join(', ')}`);
  }
}

/**
 * Writes a checked file in one transaction. The plan is made again inside the transaction, so a change made in
 * another tab since the agent confirmed is not silently overwritten.
 */
export async function applyImport(
  db: ReturnDeskDatabase,
  file: TemplateFile,
  choice: ConflictChoice | null,
  now = Date.now(),
): Promise<ImportPlan> {
  return db.transaction('rw', [db.userTemplates, db.templateOverrides, db.userMacros, db.macroOverrides], async () => {
    const current: TransferableLibrary = {
      userTemplates: (await db.userTemplates.toArray()).flatMap((row) => {
        const parsed = userTemplateSchema.safeParse(row);
        return parsed.success ? [parsed.data] : [];
      }),
      overrides: (await db.templateOverrides.toArray()).flatMap((row) => {
        const parsed = builtinOverrideSchema.safeParse(row);
        return parsed.success ? [parsed.data] : [];
      }),
      userMacros: (await db.userMacros.toArray()).flatMap((row) => {
        const parsed = userMacroSchema.safeParse(row);
        return parsed.success ? [parsed.data] : [];
      }),
      macroOverrides: (await db.macroOverrides.toArray()).flatMap((row) => {
        const parsed = macroOverrideSchema.safeParse(row);
        return parsed.success ? [parsed.data] : [];
      }),
    };
    const plan = planImport(current, file);
    if (plan.conflicts.length > 0 && choice === null) throw new ImportNeedsConfirmation(plan.conflicts);
    const write = new Set([...plan.added, ...(choice === 'replace' ? plan.conflicts : [])]);
    const templates: UserTemplate[] = file.templates
      .filter((template) => write.has(template.id))
      .map((template) => userTemplateSchema.parse({ ...template, updatedAt: now }));
    const overrides: BuiltinOverride[] = file.overrides
      .filter((override) => write.has(override.id))
      .map((override) => builtinOverrideSchema.parse({ ...override, updatedAt: now }));
    const macros: UserMacro[] = file.macros
      .filter((macro) => write.has(`${MACRO_PLAN_PREFIX}${macro.id}`))
      .map((macro) => userMacroSchema.parse({ ...macro, updatedAt: now }));
    const macroOverrides: MacroOverride[] = file.macroOverrides
      .filter((override) => write.has(`${MACRO_PLAN_PREFIX}${override.id}`))
      .map((override) => macroOverrideSchema.parse(override));
    await db.userTemplates.bulkPut(templates);
    await db.templateOverrides.bulkPut(overrides);
    await db.userMacros.bulkPut(macros);
    await db.macroOverrides.bulkPut(macroOverrides);
    return plan;
  });
}
