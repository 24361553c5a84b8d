import type { ReturnDeskDatabase } from '../db';
import { problemsAdding } from '../keyboard/abbreviations';
import { builtinTemplate, builtinTemplates, hasBuiltinTemplate } from './registry';
import {
  abbreviationOwners,
  builtinOverrideSchema,
  checkTemplateContent,
  contentOf,
  mergeLibrary,
  userTemplateSchema,
  type BuiltinOverride,
  type LibraryTemplate,
  type StoredLibrary,
  type TemplateContent,
  type UserTemplate,
} from './library';

/**
 * The template library in IndexedDB (extension pages only). Rows are parsed on read; a row that no longer fits
 * is left out and counted, never half-used. Every write validates the template first (bodies included).
 */

export interface LoadedLibrary extends StoredLibrary {
  /** Rows that could not be read (damaged or from a future version). */
  unreadable: number;
}

export async function loadStoredLibrary(db: ReturnDeskDatabase): Promise<LoadedLibrary> {
  const [templateRows, overrideRows] = await Promise.all([db.userTemplates.toArray(), db.templateOverrides.toArray()]);
  const userTemplates: UserTemplate[] = [];
  const overrides: BuiltinOverride[] = [];
  let unreadable = 0;
  for (const row of templateRows) {
    const parsed = userTemplateSchema.safeParse(row);
    if (parsed.success && !hasBuiltinTemplate(parsed.data.id)) userTemplates.push(parsed.data);
    else unreadable++;
  }
  for (const row of overrideRows) {
    const parsed = builtinOverrideSchema.safeParse(row);
    if (parsed.success && hasBuiltinTemplate(parsed.data.id)) overrides.push(parsed.data);
    else unreadable++;
  }
  return { userTemplates, overrides, unreadable };
}

export async function loadLibrary(
  db: ReturnDeskDatabase,
  options: { includeHidden?: boolean } = {},
): Promise<{ templates: LibraryTemplate[]; unreadable: number }> {
  const stored = await loadStoredLibrary(db);
  return { templates: mergeLibrary(builtinTemplates, stored, options), unreadable: stored.unreadable };
}

export class TemplateRejected extends Error {
  constructor(readonly errors: string[]) {
    super(errors.join('\n'));
  }
}

function validContent(content: TemplateContent): TemplateContent {
  const checked = checkTemplateContent(content);
  if (!checked.ok) throw new TemplateRejected(checked.errors);
  return checked.content;
}

/** Saves an edit: a built-in's becomes (or replaces) its override; anything else is the agent's template. */
export async function saveTemplate(db: ReturnDeskDatabase, id: string, content: TemplateContent, now = Date.now()) {
  const checked = validContent(content);
  if (hasBuiltinTemplate(id)) {
    await db.transaction('rw', db.templateOverrides, async () => {
      const current = builtinOverrideSchema.safeParse(await db.templateOverrides.get(id));
      await db.templateOverrides.put(
        builtinOverrideSchema.parse({ id, edit: checked, hidden: current.success ? current.data.hidden : false, updatedAt: now }),
      );
    });
    return;
  }
  await db.userTemplates.put(userTemplateSchema.parse({ ...checked, id, updatedAt: now }));
}

export async function addUserTemplate(db: ReturnDeskDatabase, template: UserTemplate): Promise<void> {
  const parsed = userTemplateSchema.parse(template);
  validContent(contentOf(parsed));
  if (hasBuiltinTemplate(parsed.id)) throw new TemplateRejected([`"${parsed.id}" is a built-in template's id`]);
  await db.transaction('rw', db.userTemplates, async () => {
    if (await db.userTemplates.get(parsed.id)) throw new TemplateRejected([`a template "${parsed.id}" already exists`]);
    await db.userTemplates.add(parsed);
  });
}

/** Deletes the agent's template, or hides a built-in (keeping any edit, so restoring is a separate choice). */
export async function deleteTemplate(db: ReturnDeskDatabase, id: string, now = Date.now()): Promise<void> {
  if (!hasBuiltinTemplate(id)) {
    await db.transaction('rw', db.userTemplates, db.templateUsage, async () => {
      await db.userTemplates.delete(id);
      await db.templateUsage.delete(id);
    });
    return;
  }
  await db.transaction('rw', db.templateOverrides, async () => {
    const current = builtinOverrideSchema.safeParse(await db.templateOverrides.get(id));
    await db.templateOverrides.put({ id, edit: current.success ? current.data.edit : null, hidden: true, updatedAt: now });
  });
}

/**
 * A built-in back as shipped: shown again, edits dropped. Refused when its shipped abbreviation now clashes with
 * another template's (the agent may have cleared it here and given it to their own reply): the composer could no
 * longer tell which reply is meant, so the agent changes the other template first.
 */
export async function restoreBuiltin(db: ReturnDeskDatabase, id: string): Promise<void> {
  const shipped = builtinTemplate(id);
  await db.transaction('rw', db.userTemplates, db.templateOverrides, async () => {
    if (shipped.abbreviation) {
      const library = mergeLibrary(builtinTemplates, await loadStoredLibrary(db), { includeHidden: true });
      const others = abbreviationOwners(library.filter((template) => template.id !== id));
      const clashes = problemsAdding(others, { templateId: id, title: shipped.title, abbreviation: shipped.abbreviation });
      if (clashes.length > 0) {
        throw new TemplateRejected(clashes.map((clash) => `Not restored: the shipped abbreviation clashes. ${clash.message}`));
      }
    }
    await db.templateOverrides.delete(id);
  });
}

/**
 * Extension pages (options, panel) share an origin, so a BroadcastChannel tells an open panel that the library
 * changed in the options page, and the options page that a template was used.
 */
const CHANNEL = 'returndesk-template-library';

export function announceLibraryChange(): void {
  if (typeof BroadcastChannel === 'undefined') return;
  const channel = new BroadcastChannel(CHANNEL);
  channel.postMessage('changed');
  channel.close();
}

/** Calls `listener` on every change announced by another page; returns the unsubscribe function. */
export function watchLibraryChanges(listener: () => void): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => undefined;
  const channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = () => listener();
  return () => channel.close();
}
