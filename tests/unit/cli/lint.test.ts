// @vitest-environment node
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXPLAINED_LINT_WARNINGS, unexplainedLintFindings, type LintFinding } from '@/scripts/lint/explained-warnings';

const warning = (code: string, file: string): LintFinding => ({ code, message: `${code} message`, file, line: 1 });
/** What `web-ext lint` reports on today's Firefox build. */
const TODAY = [
  warning('DANGEROUS_EVAL', 'chunks/sidepanel-CawQIBXs.js'),
  warning('DANGEROUS_EVAL', 'tesseract/worker.min.js'),
  warning('UNSAFE_VAR_ASSIGNMENT', 'chunks/style-C52NFm_B.js'),
  warning('UNSAFE_VAR_ASSIGNMENT', 'content-scripts/platform.js'),
];

describe('the web-ext lint gate', () => {
  it("passes today's report: four third-party warnings, each explained", () => {
    expect(unexplainedLintFindings({ errors: [], warnings: TODAY })).toEqual([]);
  });

  it('fails on any error', () => {
    const problems = unexplainedLintFindings({
      errors: [{ code: 'MANIFEST_FIELD_INVALID', message: 'bad', file: 'manifest.json' }],
      warnings: TODAY,
    });
    expect(problems).toEqual(['error MANIFEST_FIELD_INVALID at manifest.json: bad']);
  });

  it('fails on a warning of a new kind, or a known kind in a file of ours', () => {
    const problems = unexplainedLintFindings({
      errors: [],
      warnings: [
        ...TODAY,
        warning('UNSAFE_VAR_ASSIGNMENT', 'chunks/options-8lIVHQAx.js'),
        warning('MANIFEST_PERMISSIONS', 'manifest.json'),
      ],
    });
    expect(problems).toHaveLength(2);
    expect(problems[0]).toContain('chunks/options-8lIVHQAx.js');
    expect(problems[1]).toContain('not explained');
  });

  it('fails when a chunk that holds explained third-party code gains one more of the same kind', () => {
    const problems = unexplainedLintFindings({
      errors: [],
      warnings: [...TODAY, warning('UNSAFE_VAR_ASSIGNMENT', 'content-scripts/platform.js')],
    });
    expect(problems).toEqual([
      expect.stringMatching(/^warning UNSAFE_VAR_ASSIGNMENT at content-scripts\/platform\.js:1: more than the 1 explained/),
    ]);
  });

  it('is matched by the README, which names every explained warning and their number', () => {
    const readme = readFileSync(join(process.cwd(), 'README.md'), 'utf8');
    const total = EXPLAINED_LINT_WARNINGS.reduce((sum, entry) => sum + entry.count, 0);
    expect(readme).toContain(`\`web-ext lint\` reports 0 errors\nand ${total} warnings`);
    for (const entry of EXPLAINED_LINT_WARNINGS) expect(readme).toContain(`| \`${entry.code}\` |`);
  });
});
