import { SNAPSHOT_PARTS, type PartSource, type PartSources, type SnapshotPart } from '@/utils/sites/snapshot';
import { t } from '@/utils/i18n/translate';

/** The sources in the order the note names them (short names, since it sits under the header). */
const SOURCE_ORDER: readonly PartSource[] = ['data', 'adapter', 'structure', 'taught'];

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
  return (
    <p class="hint part-sources" data-part-sources="">
      {t('sources.from', {
        list: SOURCE_ORDER.filter((source) => groups.has(source))
          .map((source) => `${t(`sources.${source}`)}: ${groups.get(source)!.join(', ')}`)
          .join(' · '),
      })}
    </p>
  );
}
