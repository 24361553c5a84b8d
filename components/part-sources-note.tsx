import { SNAPSHOT_PARTS, type PartSource, type PartSources, type SnapshotPart } from '@/utils/sites/snapshot';

/** How the note names each source: short, since it sits under the header. */
export const PART_SOURCE_LABELS: Record<PartSource, string> = {
  data: 'page data',
  adapter: 'site selectors',
  structure: 'page structure',
  taught: 'taught',
};

/**
 * One compact line saying where the parts came from ("taught: messages, composer · site selectors: order"), so an
 * agent who taught a part sees it is in use, and one who sees a guess from the page's structure knows to check it.
 */
export function PartSourcesNote({ sources }: { sources: PartSources | undefined }) {
  if (!sources) return null;
  const groups = new Map<PartSource, SnapshotPart[]>();
  for (const part of SNAPSHOT_PARTS) {
    const source = sources[part];
    if (source) groups.set(source, [...(groups.get(source) ?? []), part]);
  }
  if (groups.size === 0) return null;
  const order = Object.keys(PART_SOURCE_LABELS) as PartSource[];
  return (
    <p class="hint part-sources" data-part-sources="">
      From{' '}
      {order
        .filter((source) => groups.has(source))
        .map((source) => `${PART_SOURCE_LABELS[source]}: ${groups.get(source)!.join(', ')}`)
        .join(' · ')}
    </p>
  );
}
