import { useEffect, useState } from 'preact/hooks';
import { builtinTemplates } from '@/utils/templates/registry';
import { mergeLibrary, EMPTY_LIBRARY, type LibraryTemplate, type TemplateUsage } from '@/utils/templates/library';
import { watchLibraryChanges } from '@/utils/templates/library-store';
import { loadTemplateUsage } from '@/utils/templates/usage';
import type { Shadowed } from '@/utils/library/layers';
import { watchTeamPolicy } from '@/utils/extension/team-policy';
import { loadLayeredTemplates } from '@/utils/extension/layered-library';
import type { ImportError } from '@/utils/templates/import-export';
import { panelDatabase } from './database';

/**
 * The layered library (the team's from the enterprise policy, the agent's own, the built-ins with the agent's
 * edits) and usage counts. Starts from the built-ins so the list is usable at once; reloads when the options page
 * announces a change and when the administrator's policy changes (storage.onChanged, managed area).
 */
export function useTemplateLibrary() {
  const [library, setLibrary] = useState<LibraryTemplate[]>(() => mergeLibrary(builtinTemplates, EMPTY_LIBRARY));
  const [usage, setUsage] = useState<Map<string, TemplateUsage>>(new Map());
  const [shadowed, setShadowed] = useState<Shadowed[]>([]);
  const [policyProblem, setPolicyProblem] = useState<ImportError[] | null>(null);
  useEffect(() => {
    let live = true;
    const reload = () => {
      const db = panelDatabase();
      void Promise.all([loadLayeredTemplates(db), loadTemplateUsage(db)])
        .then(([layered, used]) => {
          if (!live) return;
          setLibrary(layered.templates);
          setShadowed(layered.shadowed);
          setPolicyProblem(layered.team.problem);
          setUsage(used);
        })
        // The built-ins stay listed when the database cannot be read.
        .catch(() => undefined);
    };
    reload();
    const unwatch = watchLibraryChanges(reload);
    const unwatchTeam = watchTeamPolicy(reload);
    return () => {
      live = false;
      unwatch();
      unwatchTeam();
    };
  }, []);
  return { library, usage, setUsage, shadowed, policyProblem };
}
