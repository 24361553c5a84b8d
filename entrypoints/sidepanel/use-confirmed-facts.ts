import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import type { ConversationSnapshot, SnapshotPart } from '@/utils/sites/snapshot';
import { loadDecisions, updateDecisions } from '@/utils/db';
import { panelDatabase } from './database';

/**
 * The loose facts the agent confirmed for this case (kept with the case's other choices), applied to the snapshot
 * the panel renders replies and runs macros from. Page reads never carry confirmations: only this does.
 */
export function useConfirmedFacts(snapshot: ConversationSnapshot): { snapshot: ConversationSnapshot; confirm(part: SnapshotPart): void } {
  const [confirmed, setConfirmed] = useState<SnapshotPart[]>([]);
  const key = useMemo(() => ({ platform: snapshot.platform, folderId: snapshot.folderId }), [snapshot.platform, snapshot.folderId]);
  useEffect(() => {
    let live = true;
    setConfirmed([]);
    void loadDecisions(panelDatabase(), key)
      .then((decisions) => live && setConfirmed(decisions.confirmedFacts ?? []))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [key]);
  const confirm = useCallback(
    (part: SnapshotPart) => {
      setConfirmed((current) => (current.includes(part) ? current : [...current, part]));
      void updateDecisions(panelDatabase(), key, (current) => ({
        ...current,
        confirmedFacts: [...new Set([...(current.confirmedFacts ?? []), part])],
      })).catch(() => undefined);
    },
    [key],
  );
  const withConfirmations = useMemo(() => ({ ...snapshot, confirmedFacts: confirmed }), [snapshot, confirmed]);
  return { snapshot: withConfirmations, confirm };
}
