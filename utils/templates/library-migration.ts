import type { Transaction } from 'dexie';
import { freeTemplateId, isUserId } from './library';
import { hasBuiltinTemplate } from './registry';

/**
 * Moves the agent's templates and macros made before ids had a namespace into it (`refund` -> `my-refund`), so a
 * built-in shipped later can never take their id. A template whose id a built-in has since taken was unreadable
 * (left out of the library and of exports): it comes back under its new id. What points at a renamed template
 * follows it: its usage count and the macro steps that insert it. A step naming a built-in's id keeps the built-in,
 * which is what the library showed while the clash lasted.
 *
 * A Dexie upgrade (utils/db.ts, schema version 6): rows are moved as they are, without the schemas, so nothing in
 * them is lost even if it no longer fits.
 */

interface Row {
  id?: unknown;
  steps?: unknown;
}

/** Old id -> new id for every row outside the namespace; new ids avoid every id already stored. */
function renames(rows: readonly Row[]): Map<string, string> {
  const ids = rows.flatMap((row) => (typeof row.id === 'string' ? [row.id] : []));
  const taken = new Set(ids);
  const moved = new Map<string, string>();
  for (const id of ids) {
    if (isUserId(id)) continue;
    const next = freeTemplateId(id, taken);
    taken.add(next);
    moved.set(id, next);
  }
  return moved;
}

export async function moveUserIdsIntoNamespace(transaction: Transaction): Promise<void> {
  const templates = transaction.table('userTemplates');
  const usage = transaction.table('templateUsage');
  const macros = transaction.table('userMacros');

  const templateRows = (await templates.toArray()) as Row[];
  const renamedTemplates = renames(templateRows);
  for (const row of templateRows) {
    const next = typeof row.id === 'string' ? renamedTemplates.get(row.id) : undefined;
    if (!next) continue;
    const old = row.id as string;
    await templates.delete(old);
    await templates.add({ ...row, id: next });
    // A built-in's usage row counts the built-in: it stays.
    const used = hasBuiltinTemplate(old) ? undefined : ((await usage.get(old)) as Row | undefined);
    if (used) {
      await usage.delete(old);
      await usage.put({ ...used, id: next });
    }
  }

  const macroRows = (await macros.toArray()) as Row[];
  const renamedMacros = renames(macroRows);
  for (const row of macroRows) {
    if (typeof row.id !== 'string') continue;
    const steps = Array.isArray(row.steps)
      ? row.steps.map((step: unknown) => {
          const templateId = (step as { templateId?: unknown } | null)?.templateId;
          const next = typeof templateId === 'string' && !hasBuiltinTemplate(templateId) ? renamedTemplates.get(templateId) : undefined;
          return next ? { ...(step as object), templateId: next } : step;
        })
      : row.steps;
    const id = renamedMacros.get(row.id) ?? row.id;
    if (id !== row.id) await macros.delete(row.id);
    await macros.put({ ...row, id, steps });
  }
}
