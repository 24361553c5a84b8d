/**
 * Runs the benchmarks in registry.ts and prints one table; the rows also go to .cache/bench-results.json.
 *
 *   npm run bench [-- --only photos-node[,other]] [--quick] [--list]
 *
 * A benchmark that cannot run here (no browser, no data) is listed as skipped with the reason and does not fail
 * the run; one that throws is listed as failed and the exit code is 1.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { BenchSkipped, type BenchContext, type BenchRow, type BenchUnit, type Benchmark } from './lib/define';
import { benchmarks } from './registry';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const RESULTS_FILE = path.join(REPO_ROOT, '.cache/bench-results.json');

const USAGE = `Usage: npm run bench [-- --only ID[,ID...]] [--quick] [--list]

  --only ID   run only these benchmarks (repeat or separate with commas)
  --quick     fewer runs per case
  --list      list the benchmarks and exit`;

export interface ResultRow extends BenchRow {
  benchmark: string;
  /** median / target; <= 1 meets the target; null without a target. */
  ratio: number | null;
  status: 'measured' | 'skipped' | 'failed';
}

function emptyRow(benchmark: Benchmark, status: 'skipped' | 'failed', notes: string): ResultRow {
  return {
    benchmark: benchmark.id,
    case: `(${status})`,
    n: 0,
    median: null,
    p90: null,
    unit: 'ms',
    target: null,
    ratio: null,
    status,
    notes,
  };
}

async function runOne(benchmark: Benchmark, context: BenchContext): Promise<ResultRow[]> {
  try {
    const reason = benchmark.unavailable ? await benchmark.unavailable(context) : null;
    if (reason) return [emptyRow(benchmark, 'skipped', reason)];
    const rows = await benchmark.run(context);
    return rows.map((row) => ({
      ...row,
      benchmark: benchmark.id,
      ratio: row.target && row.median !== null ? row.median / row.target : null,
      status: 'measured',
    }));
  } catch (error) {
    if (error instanceof BenchSkipped) return [emptyRow(benchmark, 'skipped', error.message)];
    return [emptyRow(benchmark, 'failed', error instanceof Error ? (error.stack ?? error.message) : String(error))];
  }
}

function formatValue(value: number | null, unit: BenchUnit): string {
  if (value === null) return '-';
  if (unit === 'MB') return `${Math.round(value)} MB`;
  if (unit === 'images') return `${Math.round(value)} wrong`;
  return `${value < 10 ? value.toFixed(2) : value.toFixed(1)} ms`;
}

function formatTable(rows: readonly ResultRow[]): string {
  const header = ['benchmark', 'case', 'n', 'median', 'p90', 'target', 'ratio', 'notes'];
  const cells = rows.map((row) => [
    row.benchmark,
    row.case,
    String(row.n),
    formatValue(row.median, row.unit),
    formatValue(row.p90, row.unit),
    formatValue(row.target, row.unit),
    row.ratio === null ? '-' : `${row.ratio.toFixed(2)} ${row.ratio <= 1 ? 'meets' : 'MISSES'}`,
    row.notes.split('\n')[0]!,
  ]);
  const widths = header.map((title, column) => Math.max(title.length, ...cells.map((line) => line[column]!.length)));
  const numeric = new Set([2, 3, 4, 5]);
  const line = (values: string[]) =>
    values
      .map((value, column) =>
        column === values.length - 1 ? value : numeric.has(column) ? value.padStart(widths[column]!) : value.padEnd(widths[column]!),
      )
      .join('  ');
  return [line(header), ...cells.map(line), '', 'ratio = median / target (<= 1 meets the target)'].join('\n');
}

async function main(argv: string[]): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      options: {
        only: { type: 'string', multiple: true },
        quick: { type: 'boolean' },
        list: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (values.list) {
    for (const benchmark of benchmarks) console.log(`${benchmark.id.padEnd(20)} ${benchmark.title}`);
    return 0;
  }
  const only = (values.only ?? [])
    .flatMap((value) => value.split(','))
    .map((id) => id.trim())
    .filter(Boolean);
  const unknown = only.filter((id) => !benchmarks.some((benchmark) => benchmark.id === id));
  if (unknown.length > 0) {
    console.error(`Unknown benchmark ${unknown.join(', ')}. Known: ${benchmarks.map((b) => b.id).join(', ')}.`);
    return 2;
  }
  const selected = only.length > 0 ? benchmarks.filter((benchmark) => only.includes(benchmark.id)) : benchmarks;
  const context: BenchContext = {
    repoRoot: REPO_ROOT,
    cacheDir: path.join(REPO_ROOT, '.cache/bench'),
    quick: values.quick ?? false,
    log: (message) => process.stderr.write(`${message}\n`),
  };

  const startedAt = new Date();
  const rows: ResultRow[] = [];
  for (const benchmark of selected) {
    context.log(`running ${benchmark.id}: ${benchmark.title}`);
    rows.push(...(await runOne(benchmark, context)));
  }
  console.log(formatTable(rows));
  for (const failed of rows.filter((row) => row.status === 'failed')) console.error(`\n${failed.benchmark} failed:\n${failed.notes}`);

  const cpus = os.cpus();
  fs.mkdirSync(path.dirname(RESULTS_FILE), { recursive: true });
  fs.writeFileSync(
    RESULTS_FILE,
    `${JSON.stringify(
      {
        startedAt: startedAt.toISOString(),
        durationMs: Date.now() - startedAt.getTime(),
        machine: {
          node: process.version,
          platform: `${process.platform} ${process.arch}`,
          cpus: cpus.length,
          cpuModel: cpus[0]?.model ?? null,
          loadAverage: os.loadavg(),
        },
        quick: context.quick,
        rows,
      },
      null,
      2,
    )}\n`,
  );
  console.log(`\nResults written to ${path.relative(process.cwd(), RESULTS_FILE)}`);
  return rows.some((row) => row.status === 'failed') ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exitCode = 1;
  },
);
