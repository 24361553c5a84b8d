/**
 * `npm run lint:firefox`: Mozilla's `web-ext lint` on the Firefox store build, failing on any error and on any
 * warning not explained in scripts/lint/explained-warnings.ts (web-ext itself fails on errors only).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { EXPLAINED_LINT_WARNINGS, unexplainedLintFindings } from './lint/explained-warnings';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SOURCE = path.join(ROOT, '.output', 'firefox-mv3');

const findingSchema = z.object({
  code: z.string(),
  message: z.string(),
  file: z.string().optional(),
  line: z
    .number()
    .nullish()
    .transform((line) => line ?? undefined),
});
const reportSchema = z.object({
  summary: z.object({ errors: z.number(), warnings: z.number(), notices: z.number() }),
  errors: z.array(findingSchema),
  warnings: z.array(findingSchema),
});

function main(): number {
  if (!existsSync(path.join(SOURCE, 'manifest.json'))) {
    console.error(`No Firefox build at ${path.relative(ROOT, SOURCE)}: run \`npm run build\` first.`);
    return 2;
  }
  const webExt = path.join(ROOT, 'node_modules', '.bin', 'web-ext');
  const run = spawnSync(webExt, ['lint', '--source-dir', SOURCE, '--self-hosted', '--output', 'json', '--no-config-discovery'], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  // web-ext prints the JSON report on stdout (exit 1 when it has errors); anything else is a failure to run.
  const start = run.stdout.indexOf('{');
  const parsed = start >= 0 ? reportSchema.safeParse(safeJson(run.stdout.slice(start))) : null;
  if (!parsed?.success) {
    console.error(`web-ext lint did not produce a report (exit ${run.status}):\n${run.stderr || run.stdout}`.trim());
    return 2;
  }
  const report = parsed.data;
  const { errors, warnings, notices } = report.summary;
  console.log(`web-ext lint ${path.relative(ROOT, SOURCE)}: ${errors} errors, ${warnings} warnings, ${notices} notices`);
  for (const warning of report.warnings) console.log(`  ${warning.code.padEnd(24)} ${warning.file ?? ''}`);
  const problems = unexplainedLintFindings(report);
  if (problems.length > 0) {
    console.error(`\n${problems.length} finding(s) not explained:`);
    for (const problem of problems) console.error(`  ${problem}`);
    return 1;
  }
  console.log(
    `All ${report.warnings.length} warnings are third-party code explained in scripts/lint/explained-warnings.ts (${EXPLAINED_LINT_WARNINGS.length} entries).`,
  );
  return 0;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

process.exitCode = main();
