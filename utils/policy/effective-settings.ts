import { z } from 'zod';
import type { Settings } from '../settings';
import { selectorMapSchema } from '../sites/define';
import { TEMPLATE_LOCALES } from '../templates/define';
import type { TeamPolicy } from './team-policy';

/**
 * The settings part of a team policy, with a light schema: the content script reads the stored last good policy
 * (utils/extension/storage-items.ts) through this one, as the full check needs the template registry and the import
 * code, which the page's script does not load. Other keys are let through unread.
 */
export const teamSettingsSchema = z
  .looseObject({
    selectorOverrides: z.record(z.string().min(1).max(50), selectorMapSchema).optional(),
    retentionDays: z.number().int().min(1).max(3650).optional(),
    retentionFloorDays: z.number().int().min(1).max(3650).optional(),
    locales: z.array(z.enum(TEMPLATE_LOCALES)).optional(),
  })
  .transform(({ selectorOverrides, retentionDays, retentionFloorDays, locales }): TeamSettings => ({
    selectorOverrides,
    retentionDays,
    retentionFloorDays,
    locales,
  }));
export type TeamSettings = Pick<TeamPolicy, 'selectorOverrides' | 'retentionDays' | 'retentionFloorDays' | 'locales'>;

/**
 * The agent's settings with what the team's policy fixes: the retention period within the team's bounds (at most
 * its period, at least its floor), the team's selector overrides over the agent's (per site, per part), and the
 * default reply language among the locales the team offers ('auto' otherwise). Used where settings act (purges,
 * the page reader); the options page keeps editing the agent's own values.
 */
export function withTeamPolicy(settings: Settings, policy: TeamSettings): Settings {
  const floor = policy.retentionFloorDays ?? 1;
  const ceiling = policy.retentionDays ?? Number.POSITIVE_INFINITY;
  const selectorOverrides = { ...settings.selectorOverrides };
  for (const [site, parts] of Object.entries(policy.selectorOverrides ?? {}))
    selectorOverrides[site] = { ...selectorOverrides[site], ...parts };
  const offered = policy.locales;
  return {
    ...settings,
    retentionDays: Math.min(Math.max(settings.retentionDays, floor), ceiling),
    selectorOverrides,
    replyLocale: offered && settings.replyLocale !== 'auto' && !offered.includes(settings.replyLocale) ? 'auto' : settings.replyLocale,
  };
}
