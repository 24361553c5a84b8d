import { z } from 'zod';
import type { AbbreviationOwner } from '../keyboard/abbreviations';
import { TEMPLATE_LOCALES, type TemplateDefinition, type TemplateLocale } from './define';
import { parseTemplate } from './render';
import { knownVariables } from './variables';
import { MAX_TITLE, templateContentSchema, TEMPLATE_ID, type TemplateContent } from './content-schema';

export { MAX_BODY, TEMPLATE_ID, templateBodiesSchema, templateContentSchema, type TemplateContent } from './content-schema';

/**
 * The agent's template library: the built-ins (code) merged with what the agent stored locally: their own
 * templates, and per built-in an override that edits it or hides it ("delete"; restoring removes the override, so
 * a built-in always comes back as shipped). Pure: the Dexie side is library-store.ts.
 */

/**
 * The agent's own templates and macros have ids starting with this, and no built-in's does (a meta test checks):
 * a built-in added in a later release can never take the id of something the agent made.
 */
export const USER_ID_PREFIX = 'my-';

export const isUserId = (id: string): boolean => id.startsWith(USER_ID_PREFIX);

/** `refund-sent` -> `my-refund-sent`; an id already in the agent's namespace stays as it is. */
export const inUserNamespace = (id: string): string => (isUserId(id) ? id : `${USER_ID_PREFIX}${id}`);

export const userTemplateSchema = templateContentSchema.extend({
  id: z.string().regex(TEMPLATE_ID, 'an id is lower-case words joined by hyphens, e.g. "my-reply"').max(100),
  updatedAt: z.number(),
});
export type UserTemplate = z.infer<typeof userTemplateSchema>;

/** A built-in changed by the agent: its edited content, or hidden. Both can be true (edited, then deleted). */
export const builtinOverrideSchema = z.strictObject({
  id: z.string().regex(TEMPLATE_ID).max(100),
  edit: templateContentSchema.nullable(),
  hidden: z.boolean(),
  updatedAt: z.number(),
});
export type BuiltinOverride = z.infer<typeof builtinOverrideSchema>;

export interface LibraryTemplate extends TemplateDefinition {
  /** 'team': pushed by the team's enterprise policy (utils/library/layers.ts), read-only. */
  source: 'builtin' | 'user' | 'team';
  /** A built-in the agent has edited (restore brings back the shipped text). */
  edited: boolean;
  /** A built-in the agent deleted; listed only in the editor, to restore it. */
  hidden: boolean;
  /** A built-in the team's policy hides: the agent cannot restore it. */
  hiddenByTeam?: boolean;
  /** The team template whose abbreviation took this one's (see utils/library/layers.ts). */
  shadowedBy?: string;
}

export interface StoredLibrary {
  userTemplates: readonly UserTemplate[];
  overrides: readonly BuiltinOverride[];
}

export const EMPTY_LIBRARY: StoredLibrary = { userTemplates: [], overrides: [] };

/** The templates that have an abbreviation, as its owners (a deleted built-in says so: restoring it brings it back). */
export function abbreviationOwners(templates: readonly LibraryTemplate[]): AbbreviationOwner[] {
  return templates.flatMap((template) =>
    template.abbreviation
      ? [
          {
            templateId: template.id,
            title: template.hidden ? `${template.title} (deleted built-in)` : template.title,
            abbreviation: template.abbreviation,
          },
        ]
      : [],
  );
}

/**
 * Built-ins in their shipped order (edited ones in place), then the agent's templates by title. A user template
 * whose id is a built-in's is ignored: imports refuse it, so it can only come from a damaged database.
 */
export function mergeLibrary(
  builtins: readonly TemplateDefinition[],
  stored: StoredLibrary,
  { includeHidden = false }: { includeHidden?: boolean } = {},
): LibraryTemplate[] {
  const overrides = new Map(stored.overrides.map((override) => [override.id, override]));
  const builtinIds = new Set(builtins.map((template) => template.id));
  const merged: LibraryTemplate[] = [];
  for (const builtin of builtins) {
    const override = overrides.get(builtin.id);
    const hidden = override?.hidden ?? false;
    if (hidden && !includeHidden) continue;
    const content = override?.edit ?? null;
    const { abbreviation: editedAbbreviation, ...edit } = content ?? {};
    const abbreviation = editedAbbreviation === undefined ? builtin.abbreviation : editedAbbreviation;
    const { abbreviation: _shipped, ...shipped } = builtin;
    merged.push({
      ...shipped,
      ...edit,
      ...(abbreviation ? { abbreviation } : {}),
      id: builtin.id,
      source: 'builtin',
      edited: content !== null,
      hidden,
    });
  }
  const own = stored.userTemplates
    .filter((template) => !builtinIds.has(template.id))
    .map(({ updatedAt: _updatedAt, abbreviation, ...template }) => ({
      ...template,
      ...(abbreviation ? { abbreviation } : {}),
      source: 'user' as const,
      edited: false,
      hidden: false,
    }))
    .sort((a, b) => a.title.localeCompare(b.title) || a.id.localeCompare(b.id));
  return [...merged, ...own];
}

export interface BodyProblem {
  locale: TemplateLocale;
  message: string;
  /** Character offset in that body. */
  index: number;
  line: number;
  column: number;
}

export function lineAndColumn(text: string, index: number): { line: number; column: number } {
  const before = text.slice(0, index).split('\n');
  return { line: before.length, column: (before[before.length - 1]?.length ?? 0) + 1 };
}

/** Every body parsed against the known variables: unknown variables and unbalanced sections, with positions. */
export function bodyProblems(bodies: Partial<Record<TemplateLocale, string>>): BodyProblem[] {
  const problems: BodyProblem[] = [];
  for (const locale of TEMPLATE_LOCALES) {
    const body = bodies[locale];
    if (body === undefined) continue;
    const parsed = parseTemplate(body, knownVariables);
    if (parsed.ok) continue;
    for (const error of parsed.errors) {
      problems.push({ locale, message: error.message, index: error.index, ...lineAndColumn(body, error.index) });
    }
  }
  return problems;
}

export interface LocaleVariableGap {
  locale: TemplateLocale;
  variable: string;
  /** The written locales whose body does not use it: the same reply would say less (or more) there. */
  missingIn: TemplateLocale[];
}

/**
 * Variables one locale's body uses and another written locale's body does not ("{{waybill}}" in English only): a
 * warning, not an error, since a translation may word a fact differently, but usually a forgotten fact.
 */
export function localeVariableGaps(bodies: Partial<Record<TemplateLocale, string>>): LocaleVariableGap[] {
  const used = new Map<TemplateLocale, Set<string>>();
  for (const locale of TEMPLATE_LOCALES) {
    const body = bodies[locale];
    if (!body?.trim()) continue;
    const parsed = parseTemplate(body);
    if (parsed.ok) used.set(locale, new Set(parsed.variables.filter((name) => name !== '.')));
  }
  const gaps: LocaleVariableGap[] = [];
  for (const [locale, variables] of used) {
    for (const variable of variables) {
      const missingIn = [...used.keys()].filter((other) => !used.get(other)!.has(variable));
      if (missingIn.length > 0) gaps.push({ locale, variable, missingIn });
    }
  }
  return gaps;
}

export function describeBodyProblem(problem: BodyProblem): string {
  return `${problem.locale} body, line ${problem.line}, column ${problem.column}: ${problem.message}`;
}

export type ContentCheck = { ok: true; content: TemplateContent } | { ok: false; errors: string[] };

/** What the editor and imports accept: the shape (zod) and then every body. Errors read as sentences. */
export function checkTemplateContent(candidate: unknown): ContentCheck {
  const parsed = templateContentSchema.safeParse(candidate);
  if (!parsed.success) {
    return {
      ok: false,
      errors: parsed.error.issues.map((issue) => `${issue.path.length ? `${issue.path.join('.')}: ` : ''}${issue.message}`),
    };
  }
  const problems = bodyProblems(parsed.data.bodies);
  if (problems.length > 0) return { ok: false, errors: problems.map(describeBodyProblem) };
  return { ok: true, content: parsed.data };
}

/** Content of any library template, as the editor edits it. */
export function contentOf(template: Omit<TemplateDefinition, 'abbreviation'> & { abbreviation?: string | null }): TemplateContent {
  const bodies: Record<string, string> = {};
  for (const locale of TEMPLATE_LOCALES) {
    const body = template.bodies[locale];
    if (body !== undefined) bodies[locale] = body;
  }
  return {
    title: template.title,
    folder: template.folder,
    tags: [...template.tags],
    // null rather than absent: saving this content back must not bring back a built-in's removed abbreviation.
    abbreviation: template.abbreviation ?? null,
    bodies: bodies as TemplateContent['bodies'],
  };
}

/** An id in the agent's namespace not used yet: `my-<base>`, else `my-<base>-2`, `my-<base>-3`… */
export function freeTemplateId(base: string, taken: ReadonlySet<string>): string {
  const words =
    base
      .toLowerCase()
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'template';
  const slug = inUserNamespace(words).slice(0, 90).replace(/-+$/, '');
  if (!taken.has(slug)) return slug;
  for (let n = 2; ; n++) if (!taken.has(`${slug}-${n}`)) return `${slug}-${n}`;
}

/** A user template copied from any template (built-in or the agent's), titled "… (copy)", in the agent's namespace. */
export function duplicateTemplate(template: TemplateDefinition, taken: ReadonlySet<string>, now: number): UserTemplate {
  const content = contentOf(template);
  return {
    ...content,
    id: freeTemplateId(`${template.id}-copy`, taken),
    title: `${content.title} (copy)`.slice(0, MAX_TITLE),
    updatedAt: now,
  };
}

export interface TemplateUsage {
  id: string;
  count: number;
  lastUsedAt: number;
}

/**
 * The Replies list order: suggestions (in their order), then templates used most (then most recently), then the
 * library order.
 */
export function rankTemplates(
  library: readonly Pick<LibraryTemplate, 'id'>[],
  suggestedIds: readonly string[],
  usage: ReadonlyMap<string, TemplateUsage>,
): string[] {
  const present = new Set(library.map((template) => template.id));
  const suggested = suggestedIds.filter((id) => present.has(id));
  const rest = library
    .map((template, order) => ({ id: template.id, order, use: usage.get(template.id) }))
    .filter((entry) => !suggested.includes(entry.id))
    .sort((a, b) => (b.use?.count ?? 0) - (a.use?.count ?? 0) || (b.use?.lastUsedAt ?? 0) - (a.use?.lastUsedAt ?? 0) || a.order - b.order);
  return [...suggested, ...rest.map((entry) => entry.id)];
}

/** Folders present in a library, sorted, for the editor's filter. */
export function libraryFolders(library: readonly Pick<LibraryTemplate, 'folder'>[]): string[] {
  return [...new Set(library.map((template) => template.folder).filter(Boolean))].sort((a, b) => a.localeCompare(b));
}
