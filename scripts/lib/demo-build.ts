import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BUILD_DIRS, REPO_ROOT } from '../../tests/e2e/harness/paths';

/** What the extension build reads: a change to any of these makes the demo build stale. */
const BUILD_INPUTS = [
  'entrypoints',
  'components',
  'utils',
  'public',
  'assets',
  'wxt.config.ts',
  'package.json',
  'package-lock.json',
  'tsconfig.json',
];

function newestModification(target: string): number {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(target);
  } catch {
    return 0;
  }
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of fs.readdirSync(target)) newest = Math.max(newest, newestModification(path.join(target, entry)));
  return newest;
}

/** Why the demo builds must be (re)built, or undefined when they are up to date. */
export function demoBuildStaleness(): string | undefined {
  const manifests = [BUILD_DIRS.chromeDemo, BUILD_DIRS.firefoxDemo].map((dir) => path.join(dir, 'manifest.json'));
  const missing = manifests.find((manifest) => !fs.existsSync(manifest));
  if (missing) return `${path.relative(REPO_ROOT, missing)} is missing`;
  const builtAt = Math.min(...manifests.map((manifest) => fs.statSync(manifest).mtimeMs));
  const changed = BUILD_INPUTS.find((input) => newestModification(path.join(REPO_ROOT, input)) > builtAt);
  return changed ? `${changed} changed since the last demo build` : undefined;
}

/** Runs `npm run build:test` with its output in a log file; on failure the log's tail goes into the error. */
export async function buildDemo(log: (line: string) => void): Promise<void> {
  const logFile = path.join(os.tmpdir(), `returndesk-demo-build-${process.pid}.log`);
  const output = fs.openSync(logFile, 'w');
  const started = Date.now();
  log(`Building the demo extension (npm run build:test; log: ${logFile}) ...`);
  const code = await new Promise<number>((resolve, reject) => {
    const child = spawn('npm', ['run', 'build:test'], { cwd: REPO_ROOT, stdio: ['ignore', output, output] });
    child.on('error', reject);
    child.on('exit', (exitCode) => resolve(exitCode ?? 1));
  });
  fs.closeSync(output);
  if (code !== 0) {
    const tail = fs.readFileSync(logFile, 'utf8').trim().split('\n').slice(-25).join('\n');
    throw new Error(`npm run build:test failed (exit ${code}):\n${tail}`);
  }
  log(`Built in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
}
