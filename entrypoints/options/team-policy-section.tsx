import { useEffect, useState } from 'preact/hooks';
import { StatusMessage } from '@/components/status-message';
import { loadTeamPolicy, watchTeamPolicy } from '@/utils/extension/team-policy';
import { loadLayeredMacros, loadLayeredTemplates } from '@/utils/extension/layered-library';
import { hasTeamContent, type TeamPolicyState } from '@/utils/policy/resolve';
import { unboundTeamMacros, type Shadowed } from '@/utils/library/layers';
import { describeKeyMapError, type PageKeyMapError } from '@/utils/keyboard/keymap';
import { describeImportError } from '@/utils/templates/import-export';
import { formatList, t } from '@/utils/i18n/translate';
import { optionsDatabase } from './options-database';
import { isMacPlatform, loadBrowserCommands, manifestChordsOf } from './shortcuts-section';

/**
 * What the team's enterprise policy gives this browser (README, "Rolling out to a team"): how many templates and
 * macros, the settings it fixes, which of the agent's abbreviations and chords it took, the team macros a browser
 * shortcut on this machine leaves without their chord, and, when the policy the browser holds fails the check,
 * every failing path (a chord the browsers keep among them), with the last good team library still in use.
 */
export function TeamPolicySection() {
  const [state, setState] = useState<TeamPolicyState | null>(null);
  const [shadowed, setShadowed] = useState<Shadowed[]>([]);
  const [unbound, setUnbound] = useState<PageKeyMapError[]>([]);
  useEffect(() => {
    let live = true;
    const refresh = () =>
      void Promise.all([
        loadTeamPolicy(),
        loadLayeredTemplates(optionsDatabase()),
        loadLayeredMacros(optionsDatabase()),
        loadBrowserCommands().catch(() => []),
      ])
        .then(([team, templates, macros, commands]) => {
          if (!live) return;
          setState(team);
          setShadowed([...templates.shadowed, ...macros.shadowed]);
          setUnbound(unboundTeamMacros(macros.macros, manifestChordsOf(commands, { mac: isMacPlatform() })));
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
  return (
    <section aria-labelledby="team-policy-heading" class="team-policy">
      <h2 id="team-policy-heading">{t('teamPolicy.title')}</h2>
      {problem && (
        <div role="alert" class="team-policy__problem">
          <StatusMessage tone="error">
            {t(hasTeamContent(policy) ? 'teamPolicy.problemKeepsLastGood' : 'teamPolicy.problemNoLibrary')}
          </StatusMessage>
          <ul class="errors" aria-label={t('teamPolicy.problemsLabel')}>
            {problem.map((error) => (
              <li key={`${error.path}${error.message}`}>{describeImportError(error)}</li>
            ))}
          </ul>
        </div>
      )}
      {hasTeamContent(policy) && (
        <p class="hint">
          {t('teamPolicy.from', {
            templates: t('teamPolicy.templates', { count: policy.templates?.length ?? 0 }),
            macros: t('teamPolicy.macros', { count: policy.macros?.length ?? 0 }),
          })}
          {policy.hiddenBuiltins?.length ? t('teamPolicy.builtinsHidden', { count: policy.hiddenBuiltins.length }) : ''}
          {policy.allowOwnTemplates === false ? t('teamPolicy.noOwnTemplates') : ''}
          {policy.retentionDays !== undefined ? t('teamPolicy.retention', { count: policy.retentionDays }) : ''}
          {policy.retentionFloorDays !== undefined ? t('teamPolicy.retentionFloor', { days: policy.retentionFloorDays }) : ''}
          {policy.locales ? t('teamPolicy.locales', { list: formatList(policy.locales) }) : ''}.
        </p>
      )}
      {unbound.length > 0 && (
        <div class="team-policy__unbound">
          <StatusMessage tone="warning">{t('teamPolicy.unboundMacros')}</StatusMessage>
          <ul class="warnings" aria-label={t('teamPolicy.unboundMacrosLabel')}>
            {unbound.map((error) => (
              <li key={`${error.command}:${error.chord}`}>{describeKeyMapError(error)}</li>
            ))}
          </ul>
        </div>
      )}
      {shadowed.length > 0 && (
        <ul class="warnings" aria-label={t('teamPolicy.takenByTeam')}>
          {shadowed.map((entry) => (
            <li key={`${entry.kind}:${entry.id}`}>{entry.message}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
