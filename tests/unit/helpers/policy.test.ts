import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { POLICY_FILES } from '@/utils/templates/define';
import { loadPolicy, POLICY_DIR, REPOSITORY_ROOT, runsOnCi } from './policy';

/**
 * The policy comparisons (categories.test.ts, policy-facts.test.ts, sources.test.ts) find the policy beside the
 * repository, say so when it is absent, and fail on CI when it is.
 */

describe('finding the policy for the wording tests', () => {
  const empty = mkdtempSync(join(tmpdir(), 'returndesk-no-policy-'));
  afterAll(() => rmSync(empty, { recursive: true, force: true }));

  it('looks in ../shared/policy from the repository root, wherever the tests are started', () => {
    expect(relative(REPOSITORY_ROOT, POLICY_DIR).split(/[\\/]/)).toEqual(['..', 'shared', 'policy']);
    expect(existsSync(join(REPOSITORY_ROOT, 'wxt.config.ts')), 'the root holds wxt.config.ts').toBe(true);
  });

  it('says so in the output when the policy is absent, and the comparisons are skipped', () => {
    const said: string[] = [];
    expect(loadPolicy(empty, {}, (message) => said.push(message))).toBeNull();
    expect(said).toHaveLength(1);
    expect(said[0]).toContain('../shared/policy');
    expect(said[0]).toContain('skipped');
  });

  it('fails under CI=true when the policy is absent', () => {
    expect(() => loadPolicy(empty, { CI: 'true' }, () => undefined)).toThrow(/CI must have it/);
    expect(runsOnCi({ CI: 'false' })).toBe(false);
    expect(runsOnCi({})).toBe(false);
  });

  it('reads every policy file when they are there', () => {
    const folder = mkdtempSync(join(tmpdir(), 'returndesk-policy-'));
    try {
      for (const name of POLICY_FILES) writeFileSync(join(folder, name), `text of ${name}`);
      const policy = loadPolicy(folder, { CI: 'true' });
      expect(Object.keys(policy ?? {}).sort()).toEqual([...POLICY_FILES].sort());
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
