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
  if (!facts.finished) return `checking ${facts.progress.done} of ${facts.progress.total} photos`;
  return [
    `${facts.counts.received} of ${facts.counts.total}`,
    facts.counts.withProblem > 0 && `${facts.counts.withProblem} to retake`,
    facts.unreadable > 0 && `${facts.unreadable} unreadable`,
  ]
    .filter(Boolean)
    .join(' · ');
}
