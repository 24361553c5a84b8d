import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { POLICY_FILES, type PolicyFile } from '@/utils/templates/define';

/**
 * The platform's help articles, which live beside the repository (`../shared/policy` from its root) and are not
 * part of it. A user's clone has no such folder: the tests that compare wording with the policy are then skipped
 * and say so. On CI the folder must be there, so its absence fails instead of passing quietly.
 */
export const POLICY_DIR = resolve(process.cwd(), '..', 'shared', 'policy');

export function loadPolicy(): Record<PolicyFile, string> | null {
  const paths = POLICY_FILES.map((name) => join(POLICY_DIR, name));
  if (paths.every((path) => existsSync(path))) {
    return Object.fromEntries(POLICY_FILES.map((name, index) => [name, readFileSync(paths[index]!, 'utf8')])) as Record<
      PolicyFile,
      string
    >;
  }
  const message = `policy not found at ${POLICY_DIR} (../shared/policy from the repository root)`;
  if (process.env.CI) throw new Error(`${message}: CI must have it`);
  console.warn(`${message}: the tests that compare wording with the policy are skipped`);
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
