import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * The shared folder beside the repository (`../shared`: the platform's policy, real images). A user's clone has
 * none, and then the tests that compare against it say so and skip; CI has it, so there they must run: under CI a
 * missing folder fails the run instead of passing without comparing anything.
 */
export const SHARED_DIR = resolve(process.cwd(), '..', 'shared');

export function sharedPath(...parts: string[]): string {
  return join(SHARED_DIR, ...parts);
}

/**
 * True when every file is there. When one is missing: under CI this throws (the comparison must not be skipped
 * there); elsewhere it prints which file is missing and returns false, for `describe.skipIf(!…)`.
 */
export function sharedFilesPresent(what: string, paths: readonly string[]): boolean {
  const missing = paths.filter((path) => !existsSync(path));
  if (missing.length === 0) return true;
  const message = `${what}: not compared, ${missing.join(', ')} is missing (../shared is beside the repository only in CI and on the team's machines)`;
  if (process.env.CI) throw new Error(`${message}. CI must have ../shared.`);
  console.warn(`[skipped] ${message}`);
  return false;
}
