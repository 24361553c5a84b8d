/**
 * The contract of one benchmark: a file `scripts/bench/<id>.ts` whose default export is `defineBenchmark({...})`,
 * listed in `scripts/bench/registry.ts`. `run()` returns rows; the runner adds the benchmark id and the ratio to
 * the target, prints one table and writes `.cache/bench-results.json`.
 */

export type BenchUnit = 'ms' | 'MB' | 'images';

export interface BenchRow {
  /** What was measured, e.g. "12 MP JPEG: decode + downscale". */
  case: string;
  /** Number of measured runs (warm-up runs excluded). */
  n: number;
  median: number | null;
  p90: number | null;
  unit: BenchUnit;
  /** The goal for the median, in the same unit; null when there is none (a breakdown, a note). */
  target: number | null;
  notes: string;
}

export interface BenchContext {
  /** Absolute path of the repository. */
  repoRoot: string;
  /** Where a benchmark may keep generated inputs between runs (`.cache/bench/`). */
  cacheDir: string;
  /** Fewer runs, for a quick look (`--quick`). */
  quick: boolean;
  /** Progress for the person waiting (stderr); not part of the results. */
  log(message: string): void;
}

export interface Benchmark {
  /** Same as the file name. */
  id: string;
  title: string;
  /**
   * Null when the benchmark can run here, else why not (no browser, no data...). A benchmark that cannot run
   * is reported as skipped with this reason and never fails the run.
   */
  unavailable?(context: BenchContext): Promise<string | null>;
  run(context: BenchContext): Promise<BenchRow[]>;
}

export function defineBenchmark(benchmark: Benchmark): Benchmark {
  return benchmark;
}

/**
 * Thrown from run() when something it needs turns out to be missing only once it has started: reported as
 * skipped, like unavailable().
 */
export class BenchSkipped extends Error {}
