import { useEffect, useState } from 'preact/hooks';
import { builtinMacros } from '@/utils/macros/registry';
import { EMPTY_MACROS, mergeMacros, type LibraryMacro } from '@/utils/macros/library';
import { loadMacros, watchMacroChanges } from '@/utils/macros/store';
import { panelDatabase } from './database';

/**
 * The agent's macros (built-ins with their chords, and their own), from IndexedDB. Starts from the built-ins so
 * shortcuts work at once; reloads when the options page announces a change.
 */
export function useMacroLibrary(): LibraryMacro[] {
  const [macros, setMacros] = useState<LibraryMacro[]>(() => mergeMacros(builtinMacros, EMPTY_MACROS));
  useEffect(() => {
    let live = true;
    const reload = () =>
      void loadMacros(panelDatabase())
        .then((loaded) => live && setMacros(loaded.macros))
        // The built-ins stay available when the database cannot be read.
        .catch(() => undefined);
    reload();
    const unwatch = watchMacroChanges(reload);
    return () => {
      live = false;
      unwatch();
    };
  }, []);
  return macros;
}
