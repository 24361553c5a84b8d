import { z } from 'zod';
import { selectorMapSchema } from './sites/define';
import { taughtSelectorsSchema, type TaughtSelectors } from './sites/teach/taught-parts';
import { TEMPLATE_LOCALES, type TemplateLocale } from './templates/define';
import { INTERFACE_LANGUAGE_SETTINGS, type InterfaceLanguageSetting } from './i18n/languages';

/**
 * All user settings in one schema. Reading repairs instead of failing: a bad field falls back to its default, the
 * rest is kept, and the repaired paths are reported so the options page can say what was reset.
 */

export const DEFAULT_SETTINGS = {
  /** Case data (snapshots, analyses, crops) older than this is purged. Templates and macros are never purged. */
  retentionDays: 30,
  /** Per site-adapter selector overrides, e.g. `{ "backoffice": { "composer": "textarea.reply" } }`. */
  selectorOverrides: {} as Record<string, Record<string, string>>,
  /** Extra origins an admin granted at runtime (options page), e.g. `https://support.example.com`. */
  extraOrigins: [] as string[],
  /** Parts the agent taught by pointing at the page, per site adapter, e.g. `{ "backoffice": { "composer": {...} } }`. */
  taughtSelectors: {} as TaughtSelectors,
  /**
   * Attachment hosts an administrator vouches for, e.g. `https://files.example.com`: the panel asks the browser
   * for all of them in one click and then fetches their attachments like the platform's own.
   */
  attachmentHosts: [] as string[],
  /** Reply language when a case does not tell (no country, unknown site); 'auto' means English. See templates/locale.ts. */
  replyLocale: 'auto' as 'auto' | TemplateLocale,
  /** The extension's own interface: the browser's language ('browser'), or English or French whatever the browser says. */
  interfaceLanguage: 'browser' as InterfaceLanguageSetting,
};

/** An https origin (no path): what an admin may allow as a site or vouch for as an attachment host. */
const httpsOrigin = z.string().regex(/^https:\/\/[a-z0-9.-]+(:\d+)?$/i);

/** What an admin typed (`https://media.example.com/some/path`) as an https origin, or null when it is not one. */
export function httpsOriginFrom(input: string): string | null {
  try {
    const { origin } = new URL(input.trim());
    return httpsOrigin.safeParse(origin).success ? origin : null;
  } catch {
    return null;
  }
}

export const settingsSchema = z.object({
  retentionDays: z.number().int().min(1).max(3650),
  selectorOverrides: z.record(z.string().min(1).max(50), selectorMapSchema),
  extraOrigins: z.array(httpsOrigin).max(50),
  attachmentHosts: z.array(httpsOrigin).max(50),
  taughtSelectors: taughtSelectorsSchema,
  replyLocale: z.enum(['auto', ...TEMPLATE_LOCALES]),
  interfaceLanguage: z.enum(INTERFACE_LANGUAGE_SETTINGS),
});
export type Settings = z.infer<typeof settingsSchema>;

export interface RepairedSettings {
  settings: Settings;
  /** Fields that were missing or invalid and now hold their default. Empty when the input was fine. */
  repaired: string[];
}

export function repairSettings(raw: unknown): RepairedSettings {
  const input = raw !== null && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  const settings = structuredClone<Settings>(DEFAULT_SETTINGS);
  const repaired: string[] = [];
  if (raw !== undefined && input !== raw) repaired.push('(whole settings object)');
  for (const key of Object.keys(settingsSchema.shape) as (keyof Settings)[]) {
    if (!(key in input)) continue; // missing is normal (new field): take the default silently
    const parsed = settingsSchema.shape[key].safeParse(input[key]);
    if (parsed.success) (settings as Record<string, unknown>)[key] = parsed.data;
    else repaired.push(key);
  }
  return { settings, repaired };
}
