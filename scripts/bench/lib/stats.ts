/** Small statistics and timing helpers shared by the benchmarks. */

/** Nearest-rank percentile (p in 0..100) of the values; null for none. */
export function percentile(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))]!;
}

/** Middle value (mean of the two middle ones for an even count); null for none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/**
 * Calls `step` warmup + runs times and returns what each measured call reported. `step` returns its own
 * measurements (named times in ms) so one call can time several phases of the same work.
 */
export async function repeat<K extends string>(
  runs: number,
  warmup: number,
  step: (index: number) => Promise<Record<K, number>>,
): Promise<Record<K, number[]>> {
  const samples = {} as Record<K, number[]>;
  for (let index = 0; index < warmup + runs; index++) {
    const measured = await step(index);
    if (index < warmup) continue;
    for (const [key, value] of Object.entries(measured) as [K, number][]) (samples[key] ??= []).push(value);
  }
  return samples;
}

export const mb = (bytes: number): number => bytes / 1024 / 1024;
