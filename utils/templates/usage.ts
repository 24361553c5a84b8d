import { z } from 'zod';
import type { ReturnDeskDatabase } from '../db';
import type { TemplateUsage } from './library';
import { interfaceIntlLocale, t } from '../i18n/translate';

/**
 * How often and when the agent inserted each template, kept on this computer only (never exported: it describes
 * the agent's work, not the library). Used to rank the Replies list after the suggestions.
 */

export const templateUsageSchema = z.strictObject({
  id: z.string().min(1),
  count: z.number().int().min(0),
  lastUsedAt: z.number(),
});

/** One more use, read-modify-write in one transaction so two panels inserting at once both count. */
export async function recordTemplateUse(db: ReturnDeskDatabase, id: string, now = Date.now()): Promise<TemplateUsage> {
  return db.transaction('rw', db.templateUsage, async () => {
    const current = templateUsageSchema.safeParse(await db.templateUsage.get(id));
    const next: TemplateUsage = { id, count: (current.success ? current.data.count : 0) + 1, lastUsedAt: now };
    await db.templateUsage.put(next);
    return next;
  });
}

/** Every template's usage; unreadable rows are skipped (they only affect the order of the list). */
export async function loadTemplateUsage(db: ReturnDeskDatabase): Promise<Map<string, TemplateUsage>> {
  const usage = new Map<string, TemplateUsage>();
  for (const row of await db.templateUsage.toArray()) {
    const parsed = templateUsageSchema.safeParse(row);
    if (parsed.success) usage.set(parsed.data.id, parsed.data);
  }
  return usage;
}

/** "used 3 times, last 22 Nov 2026" for the list; "never used" when there is no row (in the interface's language). */
export function describeUsage(usage: TemplateUsage | undefined, locale = interfaceIntlLocale()): string {
  if (!usage || usage.count === 0) return t('templates.neverUsed');
  const when = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(new Date(usage.lastUsedAt));
  return t('templates.used', { count: usage.count, date: when });
}
