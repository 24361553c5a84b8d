import { z } from 'zod';
import { TEMPLATE_LOCALES } from './define';
import type { ReturnDeskDatabase } from '../db';
import { builtinTemplates, hasBuiltinTemplate } from './registry';
import { macroDefinitionSchema } from '../macros/define';
import { unknownTemplateSteps } from '../macros/check';
import { hasBuiltinMacro } from '../macros/registry';
import { checkAbbreviations, type AbbreviationOwner } from '../keyboard/abbreviations';
import { macroOverrideSchema, userMacroSchema, type MacroOverride, type StoredMacros, type UserMacro } from '../macros/library';
import {
  abbreviationOwners,
  bodyProblems,
  inUserNamespace,
  builtinOverrideSchema,
  mergeLibrary,
  templateContentSchema,
  TEMPLATE_ID,
  USER_ID_PREFIX,
  userTemplateSchema,
  type BuiltinOverride,
  type StoredLibrary,
  type TemplateContent,
  type UserTemplate,
} from './library';
import { siteAdapters } from '../sites/registry';
import { TEACHABLE_PARTS, taughtSelectorsSchema, type TaughtSelectors } from '../sites/teach/taught-parts';
import { isValidSelector as acceptsSelector } from '../sites/teach/derive-selector';

/**
 * Template files an agent exports and a colleague imports: the agent's own templates and their changes to
 * built-ins, (version 2) the agent's own macros and their rebinding or hiding of built-in macros, and (version 3)
 * the parts the agent taught by pointing at a site's page (selectors only). Never usage counts or anything from a
 * conversation (templates hold `{{variables}}`, not values). Version 1 and 2 files still import; exports are always
 * version 3.
 *
 * An import is checked completely before anything is written: the size, JSON, every field (unknown fields and
 * wrong types refused, with the JSON path), ids (duplicates) and every body (unknown variables, unbalanced
 * sections, with line and column). The file's own templates and macros take ids in the agent's namespace (`my-…`,
 * see USER_ID_PREFIX): a file from a release before the namespace imports clear of every built-in, and a macro
 * step inserting one of them follows it. When written, the abbreviations are checked against the whole library as
 * it would then be (the agent's own templates included), naming both sides of a clash. It is written in one Dexie
 * transaction, so the library is never left half-imported, and it replaces nothing unless the agent said so.
 */

export const TEMPLATE_FILE_FORMAT = 'returndesk-templates';
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

const idSchema = z.string().regex(TEMPLATE_ID, 'an id is lower-case words joined by hyphens, e.g. "my-reply"').max(100);

export const TEMPLATE_FILE_VERSION = 3;

const fileHeaderSchema = z.looseObject({
  format: z.literal(TEMPLATE_FILE_FORMAT),
  version: z.union([z.literal(1), z.literal(2), z.literal(3)], {
    error: `a version this ReturnDesk reads: 1, 2 or ${TEMPLATE_FILE_VERSION}`,
  }),
});

const templatesV1Shape = {
  format: z.literal(TEMPLATE_FILE_FORMAT),
  exportedAt: z.string().optional(),
  templates: z.array(templateContentSchema.extend({ id: idSchema })).max(5000),
  overrides: z.array(z.strictObject({ id: idSchema, hidden: z.boolean(), edit: templateContentSchema.nullable() })).max(5000),
};

export const templateFileV1Schema = z.strictObject({ ...templatesV1Shape, version: z.literal(1) });

const templatesV2Shape = {
  ...templatesV1Shape,
  macros: z.array(macroDefinitionSchema).max(1000),
  macroOverrides: z.array(macroOverrideSchema).max(1000),
};

export const templateFileV2Schema = z.strictObject({ ...templatesV2Shape, version: z.literal(2) });

export const templateFileSchema = z.strictObject({
  ...templatesV2Shape,
  version: z.literal(3),
  /** Per site, per part: the selectors the agent taught by pointing (see utils/sites/teach). */
  taughtSelectors: taughtSelectorsSchema,
});
/** Always the current version: older files are read as ones with no macros and nothing taught. */
export type TemplateFile = z.infer<typeof templateFileSchema>;

/** What an export holds; `userMacros`/`macroOverrides`/`taughtSelectors` left out export none (a templates-only caller). */
export type TransferableLibrary = StoredLibrary & Partial<StoredMacros> & { taughtSelectors?: TaughtSelectors };

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
    taughtSelectors: stored.taughtSelectors ?? {},
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

export function zodErrors(error: z.ZodError): ImportError[] {
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
export function parseTemplateFile(
  text: string,
  byteLength = new TextEncoder().encode(text).length,
  isValidSelector: (selector: string) => boolean = acceptsSelector,
): ParsedImport {
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
          .transform((file): TemplateFile => ({ ...file, version: 3, macros: [], macroOverrides: [], taughtSelectors: {} }))
          .safeParse(json, { reportInput: true })
      : header.data.version === 2
        ? templateFileV2Schema
            .transform((file): TemplateFile => ({ ...file, version: 3, taughtSelectors: {} }))
            .safeParse(json, { reportInput: true })
        : templateFileSchema.safeParse(json, { reportInput: true });
  if (!parsed.success) return { ok: false, errors: zodErrors(parsed.error) };
  const file = intoUserNamespace(parsed.data);

  const errors: ImportError[] = [];
  const firstSeen = new Map<string, number>();
  file.templates.forEach((template, position) => {
    const path = `$.templates[${position}]`;
    if (template.id.length > MAX_ID_LENGTH)
      errors.push({ path: `${path}.id`, message: `an id is at most ${MAX_ID_LENGTH - USER_ID_PREFIX_LENGTH} characters` });
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
  file.overrides.forEach((override, position) => {
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
  errors.push(...macroErrors(file));
  errors.push(...abbreviationErrors(file));
  errors.push(...taughtErrors(file, isValidSelector));
  return errors.length > 0 ? { ok: false, errors } : { ok: true, file };
}

const MAX_ID_LENGTH = 100;
const USER_ID_PREFIX_LENGTH = USER_ID_PREFIX.length;

/**
 * The file's templates and macros under ids in the agent's namespace, and the macro steps inserting the file's
 * templates with them. A step inserts the file's own template when the file has one with that id, even where a
 * built-in has the same id: the file was made when that id was the agent's.
 */
function intoUserNamespace(file: TemplateFile): TemplateFile {
  const own = new Set(file.templates.map((template) => template.id));
  return {
    ...file,
    templates: file.templates.map((template) => ({ ...template, id: inUserNamespace(template.id) })),
    macros: file.macros.map((macro) => ({
      ...macro,
      id: inUserNamespace(macro.id),
      steps: macro.steps.map((step) =>
        step.kind === 'insert-template' && own.has(step.templateId) ? { ...step, templateId: inUserNamespace(step.templateId) } : step,
      ),
    })),
  };
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
  return checkAbbreviations(abbreviationOwners(library)).map((problem) => ({
    path: abbreviationPath(file, problem),
    message: problem.message,
  }));
}

/**
 * Where in the file an abbreviation problem is: the template or override it is reported on, else (a template
 * outside the file that the file's shorter abbreviation now shadows) the file's entry whose abbreviation causes it.
 */
function abbreviationPath(file: TemplateFile, problem: { templateId: string; abbreviation: string }): string {
  const template = file.templates.findIndex((candidate) => candidate.id === problem.templateId);
  if (template >= 0) return `$.templates[${template}].abbreviation`;
  const override = file.overrides.findIndex((candidate) => candidate.id === problem.templateId);
  if (override >= 0) return `$.overrides[${override}].edit.abbreviation`;
  const causes = (abbreviation: string | null | undefined) => !!abbreviation && problem.abbreviation.startsWith(abbreviation);
  const shadowing = file.templates.findIndex((candidate) => causes(candidate.abbreviation));
  if (shadowing >= 0) return `$.templates[${shadowing}].abbreviation`;
  const shadowingOverride = file.overrides.findIndex((candidate) => causes(candidate.edit?.abbreviation));
  return shadowingOverride >= 0 ? `$.overrides[${shadowingOverride}].edit.abbreviation` : '$';
}

/**
 * The abbreviation clashes an import would bring into the library as it is now (the agent's own templates and
 * changes to built-ins included, which the file alone cannot know): `written` holds the ids the import writes.
 * Clashes already in the library are not the import's; each problem names the template that has the abbreviation.
 */
export function abbreviationClashesWithLibrary(current: StoredLibrary, file: TemplateFile, written: ReadonlySet<string>): ImportError[] {
  const templates = file.templates.filter((template) => written.has(template.id));
  const overrides = file.overrides.filter((override) => written.has(override.id));
  const writtenIds = new Set([...templates, ...overrides].map((entry) => entry.id));
  const after: StoredLibrary = {
    userTemplates: [
      ...current.userTemplates.filter((template) => !writtenIds.has(template.id)),
      ...templates.map((template) => ({ ...template, updatedAt: 0 })),
    ],
    overrides: [
      ...current.overrides.filter((override) => !writtenIds.has(override.id)),
      ...overrides.map((override) => ({ ...override, updatedAt: 0 })),
    ],
  };
  // What the file writes goes last, so a duplicate is reported on it and names the template already holding it.
  const problems = (library: StoredLibrary) => {
    const owners = abbreviationOwners(mergeLibrary(builtinTemplates, library));
    const ordered: AbbreviationOwner[] = [
      ...owners.filter((owner) => !writtenIds.has(owner.templateId)),
      ...owners.filter((owner) => writtenIds.has(owner.templateId)),
    ];
    return checkAbbreviations(ordered);
  };
  const key = (problem: { templateId: string; message: string }) => `${problem.templateId}\n${problem.message}`;
  const already = new Set(problems(current).map(key));
  return problems(after)
    .filter((problem) => !already.has(key(problem)))
    .map((problem) => ({ path: abbreviationPath(file, problem), message: problem.message }));
}

/** An import refused when it is written, for what only the library at that moment shows (abbreviation clashes). */
export class ImportRejected extends Error {
  constructor(readonly errors: ImportError[]) {
    super(errors.map(describeImportError).join('; '));
    this.name = 'ImportRejected';
  }
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
    if (macro.id.length > MAX_ID_LENGTH)
      errors.push({ path: `${path}.id`, message: `an id is at most ${MAX_ID_LENGTH - USER_ID_PREFIX_LENGTH} characters` });
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

/** Taught selectors name a known site and are CSS the browser accepts. */
function taughtErrors(file: TemplateFile, isValidSelector: (selector: string) => boolean): ImportError[] {
  const errors: ImportError[] = [];
  for (const [adapterId, parts] of Object.entries(file.taughtSelectors)) {
    const path = `$.taughtSelectors${jsonPath([adapterId]).slice(1)}`;
    if (!siteAdapters.some((adapter) => adapter.id === adapterId)) {
      errors.push({ path, message: `unknown site "${adapterId}" (known: ${siteAdapters.map((adapter) => adapter.id).join(', ')})` });
      continue;
    }
    for (const part of TEACHABLE_PARTS) {
      const selector = parts[part]?.selector;
      if (selector !== undefined && !isValidSelector(selector)) {
        errors.push({ path: `${path}.${part}.selector`, message: `"${selector}" is not a valid CSS selector` });
      }
    }
  }
  return errors;
}

/** How a taught part is named in an ImportPlan: `taught:backoffice.composer`. */
export const TAUGHT_PLAN_PREFIX = 'taught:';

const taughtEntries = (taught: TaughtSelectors) =>
  Object.entries(taught).flatMap(([adapterId, parts]) =>
    TEACHABLE_PARTS.flatMap((part) => {
      const entry = parts[part];
      return entry ? [{ key: `${TAUGHT_PLAN_PREFIX}${adapterId}.${part}`, adapterId, part, entry }] : [];
    }),
  );

/**
 * The taught selectors after an import: the file's new parts added, its different ones only when the agent chose
 * to replace. Taught selectors live in settings, not in the database: the caller saves the result.
 */
export function importTaughtSelectors(current: TaughtSelectors, file: TemplateFile, choice: ConflictChoice | null): TaughtSelectors {
  const next: TaughtSelectors = structuredClone(current);
  for (const { adapterId, part, entry } of taughtEntries(file.taughtSelectors)) {
    const existing = next[adapterId]?.[part];
    if (existing && existing.selector !== entry.selector && choice !== 'replace') continue;
    next[adapterId] = { ...next[adapterId], [part]: existing?.selector === entry.selector ? existing : entry };
  }
  return next;
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
  for (const { key, adapterId, part, entry } of taughtEntries(file.taughtSelectors)) {
    const existing = current.taughtSelectors?.[adapterId]?.[part];
    if (!existing) plan.added.push(key);
    else if (existing.selector === entry.selector) plan.unchanged.push(key);
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
  /** The taught selectors in settings now, so the plan counts the file's as new, unchanged or conflicting. */
  currentTaught: TaughtSelectors = {},
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
      taughtSelectors: currentTaught,
    };
    const plan = planImport(current, file);
    if (plan.conflicts.length > 0 && choice === null) throw new ImportNeedsConfirmation(plan.conflicts);
    const write = new Set([...plan.added, ...(choice === 'replace' ? plan.conflicts : [])]);
    const clashes = abbreviationClashesWithLibrary(current, file, write);
    if (clashes.length > 0) throw new ImportRejected(clashes);
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
