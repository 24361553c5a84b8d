/**
 * `web-ext lint` findings we accept, each with the reason. Anything else fails `npm run lint:firefox` (and so the
 * test command): an error, a warning of another kind, one in another file, or more of a known kind than counted
 * here (which is how a warning of our own hiding in a chunk that also holds third-party code still shows up).
 * The README's lint table lists the same entries; a unit test keeps the two in step.
 */

export interface ExplainedWarning {
  /** addons-linter's code, e.g. `DANGEROUS_EVAL`. */
  code: string;
  /** The file the linter names, relative to the extension's root. Chunk names carry a content hash. */
  file: RegExp;
  /** How many of them that file may have. */
  count: number;
  /** Whose code it is and why it is harmless; shown when the gate fails. */
  why: string;
}

export const EXPLAINED_LINT_WARNINGS: readonly ExplainedWarning[] = [
  {
    code: 'DANGEROUS_EVAL',
    file: /^tesseract\/worker\.min\.js$/,
    count: 1,
    why: 'tesseract.js worker: regenerator-runtime falls back to Function() only where globalThis is missing; the CSP refuses it anyway',
  },
  {
    code: 'DANGEROUS_EVAL',
    file: /^chunks\/sidepanel-[\w-]+\.js$/,
    count: 1,
    why: 'the same regenerator-runtime fallback, from tesseract.js bundled into the panel',
  },
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    file: /^chunks\/style-[\w-]+\.js$/,
    count: 1,
    why: "Preact's dangerouslySetInnerHTML support (panel and options), which ReturnDesk never uses",
  },
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    file: /^content-scripts\/platform\.js$/,
    count: 1,
    why: "Preact's dangerouslySetInnerHTML support in the content script's overlay, which ReturnDesk never uses",
  },
];

/** One finding as `web-ext lint --output json` reports it (only the fields we read). */
export interface LintFinding {
  code: string;
  message: string;
  file?: string;
  line?: number;
}

export interface LintReport {
  errors: LintFinding[];
  warnings: LintFinding[];
}

/** What fails the gate, one readable line each; empty when the report holds only explained warnings. */
export function unexplainedLintFindings(report: LintReport, explained = EXPLAINED_LINT_WARNINGS): string[] {
  const where = (finding: LintFinding) => `${finding.file ?? '(no file)'}${finding.line ? `:${finding.line}` : ''}`;
  const problems = report.errors.map((error) => `error ${error.code} at ${where(error)}: ${error.message}`);
  const used = new Map<ExplainedWarning, number>();
  for (const warning of report.warnings) {
    const allowance = explained.find((entry) => entry.code === warning.code && entry.file.test(warning.file ?? ''));
    const seen = allowance ? (used.get(allowance) ?? 0) + 1 : 0;
    if (allowance && seen <= allowance.count) {
      used.set(allowance, seen);
      continue;
    }
    problems.push(
      allowance
        ? `warning ${warning.code} at ${where(warning)}: more than the ${allowance.count} explained in this file (${allowance.why})`
        : `warning ${warning.code} at ${where(warning)}: ${warning.message} (not explained in scripts/lint/explained-warnings.ts)`,
    );
  }
  return problems;
}
