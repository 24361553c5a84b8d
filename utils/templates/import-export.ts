import { z } from 'zod';
import type { ReturnDeskDatabase } from '../db';
import { hasBuiltinTemplate } from './registry';
import {
  bodyProblems,
  builtinOverrideSchema,
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
 * built-ins. Never usage counts or anything from a conversation (templates hold `{{variables}}`, not values).
 *
 * An import is checked completely before anything is written: the size, JSON, every field (unknown fields and
 * wrong types refused, with the JSON path), ids (duplicates, a built-in's id used for a new template) and every
 * body (unknown variables, unbalanced sections, with line and column). It is then written in one Dexie
 * transaction, so the library is never left half-imported, and it replaces nothing unless the agent said so.
 */

export const TEMPLATE_FILE_FORMAT = 'returndesk-templates';
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

const idSchema = z.string().regex(TEMPLATE_ID, 'an id is lower-case words joined by hyphens, e.g. "my-reply"').max(100);

export const templateFileSchema = z.strictObject({
  format: z.literal(TEMPLATE_FILE_FORMAT),
  version: z.literal(1),
  exportedAt: z.string().optional(),
  templates: z.array(templateContentSchema.extend({ id: idSchema })).max(5000),
  overrides: z.array(z.strictObject({ id: idSchema, hidden: z.boolean(), edit: templateContentSchema.nullable() })).max(5000),
});
export type TemplateFile = z.infer<typeof templateFileSchema>;

export function exportTemplates(stored: StoredLibrary, now = new Date()): TemplateFile {
  const content = (template: TemplateContent): TemplateContent => ({
    title: template.title,
    folder: template.folder,
    tags: [...template.tags],
    bodies: { ...template.bodies },
  });
  return {
    format: TEMPLATE_FILE_FORMAT,
    version: 1,
    exportedAt: now.toISOString(),
    templates: [...stored.userTemplates]
      .sort((a, b) => a.id.localeCompare(b.id))
      .map((template) => ({ id: template.id, ...content(template) })),
    overrides: [...stored.overrides]
      .sort((a, b) => a.id.localeCompare(b.id))
      .map((override) => ({ id: override.id, hidden: override.hidden, edit: override.edit ? content(override.edit) : null })),
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
  const parsed = templateFileSchema.safeParse(json, { reportInput: true });
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
  return errors.length > 0 ? { ok: false, errors } : { ok: true, file: parsed.data };
}

export function describeImportError(error: ImportError): string {
  return `${error.path}: ${error.message}`;
}

export interface ImportPlan {
  /** Ids of templates and overrides the library does not have yet. */
  added: string[];
  /** Ids that exist with different content: replaced only when the agent confirms. */
  conflicts: string[];
  /** Ids already exactly as in the file. */
  unchanged: string[];
}

const sameContent = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const comparableTemplate = ({ title, folder, tags, bodies }: TemplateContent) => ({ title, folder, tags, bodies });
const comparableOverride = (override: Pick<BuiltinOverride, 'hidden' | 'edit'>) => ({
  hidden: override.hidden,
  edit: override.edit ? comparableTemplate(override.edit) : null,
});

export function planImport(current: StoredLibrary, file: TemplateFile): ImportPlan {
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
  return plan;
}

/** What to do with ids that exist with other content; no choice means refuse the import if there are any. */
export type ConflictChoice = 'replace' | 'keep-mine';

export class ImportNeedsConfirmation extends Error {
  constructor(readonly conflicts: string[]) {
    super(`${conflicts.length} template${conflicts.length === 1 ? '' : 's'} would be replaced: ${conflicts.join(', ')}`);
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
  return db.transaction('rw', db.userTemplates, db.templateOverrides, async () => {
    const current: StoredLibrary = {
      userTemplates: (await db.userTemplates.toArray()).flatMap((row) => {
        const parsed = userTemplateSchema.safeParse(row);
        return parsed.success ? [parsed.data] : [];
      }),
      overrides: (await db.templateOverrides.toArray()).flatMap((row) => {
        const parsed = builtinOverrideSchema.safeParse(row);
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
    await db.userTemplates.bulkPut(templates);
    await db.templateOverrides.bulkPut(overrides);
    return plan;
  });
}
