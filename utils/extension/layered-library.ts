import type { ReturnDeskDatabase } from '../db';
import { builtinTemplates } from '../templates/registry';
import { loadStoredLibrary } from '../templates/library-store';
import { builtinMacros } from '../macros/registry';
import { loadStoredMacros } from '../macros/store';
import { layerMacros, layerTemplates, type LayeredMacros, type LayeredTemplates } from '../library/layers';
import { EMPTY_TEAM_POLICY } from '../policy/team-policy';
import type { TeamPolicyState } from '../policy/resolve';
import { loadTeamPolicy } from './team-policy';

/**
 * The library every extension page uses, in layers: the team's policy (utils/library/layers.ts) over what the
 * agent stored and the built-ins. A policy that cannot be read counts as none; the stored rows as before.
 */

type TeamSource = () => Promise<TeamPolicyState>;
const teamOrNone = (source: TeamSource): Promise<TeamPolicyState> =>
  source().catch(() => ({ policy: EMPTY_TEAM_POLICY, problem: null, keep: null }));

export async function loadLayeredTemplates(
  db: ReturnDeskDatabase,
  options: { includeHidden?: boolean } = {},
  teamSource: TeamSource = loadTeamPolicy,
): Promise<LayeredTemplates & { unreadable: number; team: TeamPolicyState }> {
  const [stored, team] = await Promise.all([loadStoredLibrary(db), teamOrNone(teamSource)]);
  return { ...layerTemplates(builtinTemplates, stored, team.policy, options), unreadable: stored.unreadable, team };
}

export async function loadLayeredMacros(
  db: ReturnDeskDatabase,
  options: { includeHidden?: boolean } = {},
  teamSource: TeamSource = loadTeamPolicy,
): Promise<LayeredMacros & { unreadable: number; team: TeamPolicyState }> {
  const [stored, team] = await Promise.all([loadStoredMacros(db), teamOrNone(teamSource)]);
  return { ...layerMacros(builtinMacros, stored, team.policy, options), unreadable: stored.unreadable, team };
}
