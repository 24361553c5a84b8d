import type { ReturnDeskDatabase } from '../db';
import { builtinTemplates } from '../templates/registry';
import { checkMacro } from './check';
import { macroChordSchema, type MacroDefinition } from './define';
import {
  macroOverrideSchema,
  mergeMacros,
  userMacroSchema,
  type LibraryMacro,
  type MacroOverride,
  type StoredMacros,
  type UserMacro,
} from './library';
import { builtinMacros, getBuiltinMacro, hasBuiltinMacro } from './registry';

/**
 * Macros in IndexedDB (extension pages only). Rows are parsed on read; a row that no longer fits is left out and
 * counted, never half-used. Every write validates first: a user macro against the templates that exist.
 */

export interface LoadedMacros extends StoredMacros {
  /** Rows that could not be read (damaged or from a future version). */
  unreadable: number;
}

export async function loadStoredMacros(db: ReturnDeskDatabase): Promise<LoadedMacros> {
  const [macroRows, overrideRows] = await Promise.all([db.userMacros.toArray(), db.macroOverrides.toArray()]);
  const userMacros: UserMacro[] = [];
  const macroOverrides: MacroOverride[] = [];
  let unreadable = 0;
  for (const row of macroRows) {
    const parsed = userMacroSchema.safeParse(row);
    if (parsed.success && !hasBuiltinMacro(parsed.data.id)) userMacros.push(parsed.data);
    else unreadable++;
  }
  for (const row of overrideRows) {
    const parsed = macroOverrideSchema.safeParse(row);
    if (parsed.success && hasBuiltinMacro(parsed.data.id)) macroOverrides.push(parsed.data);
    else unreadable++;
  }
  return { userMacros, macroOverrides, unreadable };
}

/** Built-ins (rebound, hidden ones only with `includeHidden`) then the agent's macros by name. */
export async function loadMacros(
  db: ReturnDeskDatabase,
  options: { includeHidden?: boolean } = {},
): Promise<{ macros: LibraryMacro[]; unreadable: number }> {
  const stored = await loadStoredMacros(db);
  return { macros: mergeMacros(builtinMacros, stored, options), unreadable: stored.unreadable };
}

export class MacroRejected extends Error {
  constructor(readonly errors: string[]) {
    super(errors.join('\n'));
  }
}

/** Built-in template ids and the agent's own (hidden built-ins count: they can be restored). */
async function templateIds(db: ReturnDeskDatabase): Promise<Set<string>> {
  const own = await db.userTemplates.toCollection().primaryKeys();
  return new Set([...builtinTemplates.map((template) => template.id), ...own]);
}

/** Creates or replaces the agent's macro; refuses a built-in's id and steps inserting templates that do not exist. */
export async function saveUserMacro(db: ReturnDeskDatabase, macro: MacroDefinition, now = Date.now()): Promise<UserMacro> {
  return db.transaction('rw', db.userMacros, db.userTemplates, async () => {
    const checked = checkMacro(macro, { templateIds: await templateIds(db) });
    if (!checked.ok) throw new MacroRejected(checked.errors);
    if (hasBuiltinMacro(checked.macro.id)) {
      throw new MacroRejected([`"${checked.macro.id}" is a built-in macro's id: choose another`]);
    }
    const row = userMacroSchema.parse({ ...checked.macro, updatedAt: now });
    await db.userMacros.put(row);
    return row;
  });
}

export async function deleteUserMacro(db: ReturnDeskDatabase, id: string): Promise<void> {
  await db.userMacros.delete(id);
}

/** Writes a built-in's override, or deletes it when it matches the shipped macro again. */
async function putOverride(db: ReturnDeskDatabase, builtin: MacroDefinition, override: MacroOverride): Promise<void> {
  if (override.chord === builtin.chord && !override.hidden) await db.macroOverrides.delete(builtin.id);
  else await db.macroOverrides.put(macroOverrideSchema.parse(override));
}

async function currentOverride(db: ReturnDeskDatabase, builtin: MacroDefinition): Promise<MacroOverride> {
  const parsed = macroOverrideSchema.safeParse(await db.macroOverrides.get(builtin.id));
  return parsed.success ? parsed.data : { id: builtin.id, chord: builtin.chord, hidden: false };
}

/** Binds (or, with null, unbinds) any macro. The chord is stored in normal form ("alt+1" → "Alt+1"). */
export async function setMacroChord(db: ReturnDeskDatabase, id: string, chord: string | null, now = Date.now()): Promise<void> {
  const parsedChord = macroChordSchema.safeParse(chord);
  if (!parsedChord.success) throw new MacroRejected(parsedChord.error.issues.map((issue) => `shortcut: ${issue.message}`));
  const builtin = getBuiltinMacro(id);
  if (builtin) {
    await db.transaction('rw', db.macroOverrides, async () => {
      await putOverride(db, builtin, { ...(await currentOverride(db, builtin)), chord: parsedChord.data });
    });
    return;
  }
  await db.transaction('rw', db.userMacros, async () => {
    const parsed = userMacroSchema.safeParse(await db.userMacros.get(id));
    if (!parsed.success) throw new MacroRejected([`there is no macro "${id}"`]);
    await db.userMacros.put({ ...parsed.data, chord: parsedChord.data, updatedAt: now });
  });
}

/** Hides a built-in (its shortcut stops working) or shows it again, keeping any rebinding. */
export async function setBuiltinHidden(db: ReturnDeskDatabase, id: string, hidden: boolean): Promise<void> {
  const builtin = getBuiltinMacro(id);
  if (!builtin) throw new MacroRejected([`there is no built-in macro "${id}"`]);
  await db.transaction('rw', db.macroOverrides, async () => {
    await putOverride(db, builtin, { ...(await currentOverride(db, builtin)), hidden });
  });
}

/** A built-in back as shipped: shown, with its default shortcut. */
export async function resetBuiltinMacro(db: ReturnDeskDatabase, id: string): Promise<void> {
  await db.macroOverrides.delete(id);
}

/**
 * Extension pages share an origin, so a BroadcastChannel tells an open panel (which binds the chords) that the
 * options page changed the macros.
 */
const CHANNEL = 'returndesk-macros';

export function announceMacroChange(): void {
  if (typeof BroadcastChannel === 'undefined') return;
  const channel = new BroadcastChannel(CHANNEL);
  channel.postMessage('changed');
  channel.close();
}

/** Calls `listener` on every change announced by another page; returns the unsubscribe function. */
export function watchMacroChanges(listener: () => void): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => undefined;
  const channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = () => listener();
  return () => channel.close();
}
