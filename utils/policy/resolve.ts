import type { ImportError } from '../templates/import-export';
import { checkTeamPolicy, EMPTY_TEAM_POLICY, type TeamPolicy } from './team-policy';

/**
 * Which team policy is in force. The browser's managed storage is the source; when what it holds fails the check,
 * the last policy that passed (kept in storage.local by the caller) stays in use and the failure is reported with
 * its paths. A policy removed by the administrator (managed storage empty) is a valid, empty policy: the team's
 * entries go.
 */

export interface TeamPolicyState {
  policy: TeamPolicy;
  /** What is wrong with the policy the browser holds now; null when it is in force. */
  problem: ImportError[] | null;
  /** The policy to keep as the last good one, when it changed (the caller writes it); null otherwise. */
  keep: TeamPolicy | null;
}

export function resolveTeamPolicy(managed: unknown, lastGood: unknown): TeamPolicyState {
  const current = checkTeamPolicy(managed);
  const previous = lastGood === undefined ? null : checkTeamPolicy(lastGood);
  const previousPolicy = previous?.ok ? previous.policy : EMPTY_TEAM_POLICY;
  if (current.ok) {
    const changed = JSON.stringify(current.policy) !== JSON.stringify(previous?.ok ? previous.policy : undefined);
    return { policy: current.policy, problem: null, keep: changed ? current.policy : null };
  }
  return { policy: previousPolicy, problem: current.errors, keep: null };
}

/** Whether a policy gives the agent anything from the team (the panel and options mark the team's parts then). */
export const hasTeamContent = (policy: TeamPolicy): boolean => Object.keys(policy).length > 0;
