import { z } from 'zod';
import { freeTemplateId } from '../templates/library';
import { macroChordSchema, macroDefinitionSchema, macroIdSchema, type MacroDefinition } from './define';
import { builtinMacros } from './registry';

/**
 * The agent's macros: the built-ins (code) merged with what is stored locally: their own macros, and per built-in
 * an override that rebinds or hides it. Pure: the Dexie side is store.ts.
 */

export const userMacroSchema = macroDefinitionSchema.extend({ updatedAt: z.number() });
export type UserMacro = z.infer<typeof userMacroSchema>;

/**
 * A built-in rebound (chord, null = no shortcut) or hidden. Kept only while it differs from the shipped macro
 * (store.ts deletes it otherwise), so an unchanged built-in follows the shipped default in later releases.
 */
export const macroOverrideSchema = z.strictObject({
  id: macroIdSchema,
  chord: macroChordSchema,
  hidden: z.boolean(),
});
export type MacroOverride = z.infer<typeof macroOverrideSchema>;

export interface StoredMacros {
  userMacros: readonly UserMacro[];
  macroOverrides: readonly MacroOverride[];
}

export const EMPTY_MACROS: StoredMacros = { userMacros: [], macroOverrides: [] };

export interface LibraryMacro extends MacroDefinition {
  builtin: boolean;
  /** A built-in the agent hid; listed only when asked (the options page, to show it again). */
  hidden: boolean;
  /** Pushed by the team's enterprise policy (utils/library/layers.ts): read-only. */
  team?: boolean;
  /** A built-in the team's policy hides. */
  hiddenByTeam?: boolean;
  /** The team macro whose chord took this one's. */
  shadowedBy?: string;
}

/**
 * Built-ins in their shipped order (with the agent's chord), then the agent's macros by name. A user macro whose
 * id is a built-in's is ignored: saves and imports refuse it, so it can only come from a damaged database.
 */
export function mergeMacros(
  builtins: readonly MacroDefinition[],
  stored: StoredMacros,
  { includeHidden = false }: { includeHidden?: boolean } = {},
): LibraryMacro[] {
  const overrides = new Map(stored.macroOverrides.map((override) => [override.id, override]));
  const builtinIds = new Set(builtins.map((macro) => macro.id));
  const merged: LibraryMacro[] = [];
  for (const builtin of builtins) {
    const override = overrides.get(builtin.id);
    const hidden = override?.hidden ?? false;
    if (hidden && !includeHidden) continue;
    merged.push({ ...builtin, steps: [...builtin.steps], chord: override ? override.chord : builtin.chord, builtin: true, hidden });
  }
  const own = stored.userMacros
    .filter((macro) => !builtinIds.has(macro.id))
    .map(({ updatedAt: _updatedAt, ...macro }): LibraryMacro => ({ ...macro, builtin: false, hidden: false }))
    .sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
  return [...merged, ...own];
}

/** An id for a new macro named `name`, in the agent's namespace and not in `taken`: `my-name`, else `my-name-2`… */
export function freeMacroId(name: string, taken: ReadonlySet<string>): string {
  const all = new Set([...taken, ...builtinMacros.map((macro) => macro.id)]);
  return freeTemplateId(/[a-z0-9]/i.test(name) ? name : 'macro', all);
}
