import { hammingDistance } from './metrics';
import { THRESHOLDS } from './thresholds';

export interface HashedPhoto {
  id: string;
  /** 64-bit dHash (PhotoMetrics.dHash). */
  dHash: string;
  /** 256-bit dHash (PhotoMetrics.dHashFine); when both photos have it, it must agree too. */
  dHashFine?: string;
}

export interface DuplicateOptions {
  maxDistance?: number;
  maxFineDistance?: number;
}

export function areDuplicates(a: HashedPhoto, b: HashedPhoto, options: DuplicateOptions = {}): boolean {
  const maxDistance = options.maxDistance ?? THRESHOLDS.duplicateMaxDistance;
  const maxFineDistance = options.maxFineDistance ?? THRESHOLDS.duplicateMaxFineDistance;
  if (hammingDistance(a.dHash, b.dHash) > maxDistance) return false;
  if (a.dHashFine && b.dHashFine && hammingDistance(a.dHashFine, b.dHashFine) > maxFineDistance) return false;
  return true;
}

/**
 * Groups of photos that are the same picture (sent twice, forwarded, re-compressed). Single linkage: A~B and B~C
 * put A, B and C together. Only groups of two or more are returned, each in input order (so the first id is the
 * earliest copy when the input is in conversation order), groups ordered by their first member.
 */
export function findDuplicateGroups(photos: readonly HashedPhoto[], options: DuplicateOptions = {}): string[][] {
  const parent = photos.map((_, index) => index);
  const root = (index: number): number => {
    let current = index;
    while (parent[current] !== current) current = parent[current] = parent[parent[current]!]!;
    return current;
  };
  for (let i = 0; i < photos.length; i++) {
    for (let j = i + 1; j < photos.length; j++) {
      if (!areDuplicates(photos[i]!, photos[j]!, options)) continue;
      const [a, b] = [root(i), root(j)];
      // The smaller index stays the root, so a group is named by its earliest photo.
      if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
    }
  }
  const groups = new Map<number, string[]>();
  photos.forEach((photo, index) => {
    const key = root(index);
    groups.set(key, [...(groups.get(key) ?? []), photo.id]);
  });
  return [...groups.entries()]
    .filter(([, ids]) => ids.length > 1)
    .sort(([a], [b]) => a - b)
    .map(([, ids]) => ids);
}

/** For each later copy, the id of the earliest copy in its group. */
export function duplicateOfMap(groups: readonly (readonly string[])[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const [first, ...rest] of groups) {
    if (first === undefined) continue;
    for (const id of rest) map.set(id, first);
  }
  return map;
}
