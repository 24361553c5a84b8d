import type { Settings } from '../settings';
import type { TeamPolicy } from './team-policy';

/**
 * The agent's settings with what the team's policy fixes: the retention period within the team's bounds (at most
 * its period, at least its floor), the team's selector overrides over the agent's (per site, per part), and the
 * default reply language among the locales the team offers ('auto' otherwise). Used where settings act (purges,
 * the page reader); the options page keeps editing the agent's own values.
 */
export function withTeamPolicy(settings: Settings, policy: TeamPolicy): Settings {
  const floor = policy.retentionFloorDays ?? 1;
  const ceiling = policy.retentionDays ?? Number.POSITIVE_INFINITY;
  const selectorOverrides = { ...settings.selectorOverrides };
  for (const [site, parts] of Object.entries(policy.selectorOverrides ?? {})) selectorOverrides[site] = { ...selectorOverrides[site], ...parts };
  const offered = policy.locales;
  return {
    ...settings,
    retentionDays: Math.min(Math.max(settings.retentionDays, floor), ceiling),
    selectorOverrides,
    replyLocale: offered && settings.replyLocale !== 'auto' && !offered.includes(settings.replyLocale) ? 'auto' : settings.replyLocale,
  };
}
