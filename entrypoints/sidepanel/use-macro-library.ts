import { useEffect, useState } from 'preact/hooks';
import { builtinMacros } from '@/utils/macros/registry';
import { EMPTY_MACROS, mergeMacros, type LibraryMacro } from '@/utils/macros/library';
import { watchMacroChanges } from '@/utils/macros/store';
import { watchTeamPolicy } from '@/utils/extension/team-policy';
import { loadLayeredMacros } from '@/utils/extension/layered-library';
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
      void loadLayeredMacros(panelDatabase())
        .then((layered) => live && setMacros(layered.macros))
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
