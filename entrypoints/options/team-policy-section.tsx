import { useEffect, useState } from 'preact/hooks';
import { StatusMessage } from '@/components/status-message';
import { loadTeamPolicy, watchTeamPolicy } from '@/utils/extension/team-policy';
import { loadLayeredMacros, loadLayeredTemplates } from '@/utils/extension/layered-library';
import { hasTeamContent, type TeamPolicyState } from '@/utils/policy/resolve';
import type { Shadowed } from '@/utils/library/layers';
import { describeImportError } from '@/utils/templates/import-export';
import { optionsDatabase } from './options-database';

/**
 * What the team's enterprise policy gives this browser (README, "Rolling out to a team"): how many templates and
 * macros, the settings it fixes, which of the agent's abbreviations and chords it took, and, when the policy the
 * browser holds fails the check, every failing path, with the last good team library still in use.
 */
export function TeamPolicySection() {
  const [state, setState] = useState<TeamPolicyState | null>(null);
  const [shadowed, setShadowed] = useState<Shadowed[]>([]);
  useEffect(() => {
    let live = true;
    const refresh = () =>
      void Promise.all([loadTeamPolicy(), loadLayeredTemplates(optionsDatabase()), loadLayeredMacros(optionsDatabase())])
        .then(([team, templates, macros]) => {
          if (!live) return;
          setState(team);
          setShadowed([...templates.shadowed, ...macros.shadowed]);
        })
        .catch(() => undefined);
    refresh();
    const stop = watchTeamPolicy(refresh);
    return () => {
      live = false;
      stop();
    };
  }, []);
  if (!state || (!state.problem && !hasTeamContent(state.policy))) return null;
  const { policy, problem } = state;
  const count = (n: number | undefined, noun: string) => `${n ?? 0} ${noun}${n === 1 ? '' : 's'}`;
  return (
    <section aria-labelledby="team-policy-heading" class="team-policy">
      <h2 id="team-policy-heading">Your team's library</h2>
      {problem && (
        <div role="alert" class="team-policy__problem">
          <StatusMessage tone="error">
            Your team's policy could not be used; {hasTeamContent(policy) ? 'the last good team library stays in use' : 'no team library is in use'}. Ask
            your administrator to fix:
          </StatusMessage>
          <ul class="errors" aria-label="Problems in the team policy">
            {problem.map((error) => (
              <li key={`${error.path}${error.message}`}>{describeImportError(error)}</li>
            ))}
          </ul>
        </div>
      )}
      {hasTeamContent(policy) && (
        <p class="hint">
          From your organisation's policy: {count(policy.templates?.length, 'template')}, {count(policy.macros?.length, 'macro')} (read-only, marked
          “Team”)
          {policy.hiddenBuiltins?.length ? `, ${count(policy.hiddenBuiltins.length, 'built-in')} hidden` : ''}
          {policy.allowOwnTemplates === false ? ', no templates of your own' : ''}
          {policy.retentionDays !== undefined ? `, case data kept at most ${policy.retentionDays} days` : ''}
          {policy.retentionFloorDays !== undefined ? ` and at least ${policy.retentionFloorDays}` : ''}
          {policy.locales ? `, replies in ${policy.locales.join(', ')}` : ''}.
        </p>
      )}
      {shadowed.length > 0 && (
        <ul class="warnings" aria-label="Taken by your team">
          {shadowed.map((entry) => (
            <li key={`${entry.kind}:${entry.id}`}>{entry.message}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
