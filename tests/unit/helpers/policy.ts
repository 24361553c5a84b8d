import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { POLICY_FILES, type PolicyFile } from '@/utils/templates/define';

/**
 * The platform's help articles, which live beside the repository (`../shared/policy` from its root) and are not
 * part of it. A user's clone has no such folder: the tests that compare wording with the policy are then skipped
 * and the run's output says so. On CI (`CI=true`) the folder must be there, so its absence fails the run instead
 * of passing quietly.
 */

/** The repository root, found from this file (tests/unit/helpers/), whatever folder the tests are started from. */
export const REPOSITORY_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
export const POLICY_DIR = resolve(REPOSITORY_ROOT, '..', 'shared', 'policy');

/** CI services set `CI=true` (some `CI=1`); `CI=false` or an empty value is a person's run. */
export function runsOnCi(env: Record<string, string | undefined> = process.env): boolean {
  return /^(true|1|yes)$/i.test(env.CI ?? '');
}

export function loadPolicy(
  policyDir: string = POLICY_DIR,
  env: Record<string, string | undefined> = process.env,
  warn: (message: string) => void = console.warn,
): Record<PolicyFile, string> | null {
  const paths = POLICY_FILES.map((name) => join(policyDir, name));
  if (paths.every((path) => existsSync(path))) {
    return Object.fromEntries(POLICY_FILES.map((name, index) => [name, readFileSync(paths[index]!, 'utf8')])) as Record<PolicyFile, string>;
  }
  const missing = POLICY_FILES.filter((_, index) => !existsSync(paths[index]!));
  const message = `policy not found: ${missing.join(', ')} missing from ../shared/policy (beside the repository root)`;
  if (runsOnCi(env)) throw new Error(`${message}: CI must have it, or the wording is never compared with the policy`);
  warn(`${message}: the tests that compare wording with the policy are skipped`);
  return null;
}

/** The policy's text as a body quotes it: curly quotes straightened, whitespace collapsed. */
export function normalisePolicyText(text: string): string {
  return text
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}
