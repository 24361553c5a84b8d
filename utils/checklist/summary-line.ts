import { t } from '../i18n/translate';

/**
 * The Photos section in one line, shown beside its heading so a folded section still says how the set stands:
 * "5 of 7 · 2 to retake · 1 unreadable", or how far the check is while it runs.
 */
export interface PhotoSummaryFacts {
  counts: { received: number; total: number; withProblem: number };
  /** Attachments that could not be opened (they may hold a shot). */
  unreadable: number;
  progress: { done: number; total: number };
  finished: boolean;
}

export function photoSummaryLine(facts: PhotoSummaryFacts): string | null {
  if (facts.progress.total === 0) return null;
  if (!facts.finished) return t('photos.summary.checking', { done: facts.progress.done, total: facts.progress.total });
  return [
    t('photos.receivedOf', { received: facts.counts.received, total: facts.counts.total }),
    facts.counts.withProblem > 0 && t('photos.summary.toRetake', { count: facts.counts.withProblem }),
    facts.unreadable > 0 && t('photos.summary.unreadable', { count: facts.unreadable }),
  ]
    .filter(Boolean)
    .join(' · ');
}
