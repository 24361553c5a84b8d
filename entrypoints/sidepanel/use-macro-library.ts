import { useEffect, useState } from 'preact/hooks';
import { builtinMacros } from '@/utils/macros/registry';
import { EMPTY_MACROS, mergeMacros, type LibraryMacro } from '@/utils/macros/library';
import { loadStoredMacros, watchMacroChanges } from '@/utils/macros/store';
import { layerMacros } from '@/utils/library/layers';
import { loadTeamPolicy, watchTeamPolicy } from '@/utils/extension/team-policy';
import { panelDatabase } from './database';

/**
 * The agent's macros in layers (the team's first, then built-ins with their chords and the agent's own). Starts
 * from the built-ins so shortcuts work at once; reloads when the options page or the team's policy changes them.
 */
export function useMacroLibrary(): LibraryMacro[] {
  const [macros, setMacros] = useState<LibraryMacro[]>(() => mergeMacros(builtinMacros, EMPTY_MACROS));
  useEffect(() => {
    let live = true;
    const reload = () =>
      void Promise.all([loadStoredMacros(panelDatabase()), loadTeamPolicy()])
        .then(([stored, team]) => live && setMacros(layerMacros(builtinMacros, stored, team.policy).macros))
        // The built-ins stay available when the database cannot be read.
        .catch(() => undefined);
    reload();
    const unwatch = watchMacroChanges(reload);
    const unwatchTeam = watchTeamPolicy(reload);
    return () => {
      live = false;
      unwatch();
      unwatchTeam();
    };
  }, []);
  return macros;
}
