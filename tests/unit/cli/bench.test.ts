// @vitest-environment node
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { benchmarks } from '@/scripts/bench/registry';
import { median, percentile, repeat } from '@/scripts/bench/lib/stats';

const BENCH_DIR = path.resolve(__dirname, '../../../scripts/bench');
/** Files in scripts/bench/ that are the runner, not benchmarks. */
const RUNNER_FILES = ['index.ts', 'registry.ts'];

describe('benchmark registry', () => {
  it('registers every benchmark file, each under its file name, once', () => {
    const files = fs
      .readdirSync(BENCH_DIR)
      .filter((name) => name.endsWith('.ts') && !RUNNER_FILES.includes(name))
      .map((name) => name.replace(/\.ts$/, ''))
      .sort();
    const ids = benchmarks.map((benchmark) => benchmark.id);
    expect([...ids].sort(), 'each scripts/bench/<id>.ts must be added to registry.ts (helpers go in scripts/bench/lib/)').toEqual(files);
    expect(new Set(ids).size).toBe(ids.length);
    for (const benchmark of benchmarks) expect(benchmark.title.length, `${benchmark.id} needs a title`).toBeGreaterThan(0);
  });
});

describe('bench statistics', () => {
  it('takes the median and the nearest-rank p90', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(percentile([10, 20, 30, 40, 50, 60, 70, 80, 90, 100], 90)).toBe(90);
    expect(percentile([7], 90)).toBe(7);
    expect(median([])).toBeNull();
  });

  it('drops the warm-up runs', async () => {
    const samples = await repeat(3, 2, async (index) => ({ value: index }));
    expect(samples.value).toEqual([2, 3, 4]);
  });
});
