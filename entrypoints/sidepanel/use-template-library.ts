import { useEffect, useState } from 'preact/hooks';
import { builtinTemplates } from '@/utils/templates/registry';
import { mergeLibrary, EMPTY_LIBRARY, type LibraryTemplate, type TemplateUsage } from '@/utils/templates/library';
import { loadLibrary, watchLibraryChanges } from '@/utils/templates/library-store';
import { loadTemplateUsage } from '@/utils/templates/usage';
import { panelDatabase } from './database';

/**
 * The merged library (built-ins with the agent's edits, and their own templates) and usage counts, from IndexedDB.
 * Starts from the built-ins so the list is usable at once; reloads when the options page announces a change.
 */
export function useTemplateLibrary() {
  const [library, setLibrary] = useState<LibraryTemplate[]>(() => mergeLibrary(builtinTemplates, EMPTY_LIBRARY));
  const [usage, setUsage] = useState<Map<string, TemplateUsage>>(new Map());
  useEffect(() => {
    let live = true;
    const reload = () => {
      const db = panelDatabase();
      void Promise.all([loadLibrary(db), loadTemplateUsage(db)])
        .then(([loaded, used]) => {
          if (!live) return;
          setLibrary(loaded.templates);
          setUsage(used);
        })
        // The built-ins stay listed when the database cannot be read.
        .catch(() => undefined);
    };
    reload();
    const unwatch = watchLibraryChanges(reload);
    return () => {
      live = false;
      unwatch();
    };
  }, []);
  return { library, usage, setUsage };
}

