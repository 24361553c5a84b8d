import { execFile } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from './harness/paths';

/**
 * The README's main command, headless, in both browsers: `scripts/demo.ts --headless` opens the list, a
 * conversation and the panel, and must end with the panel's header read and four screenshots. It starts its own
 * demo platform and browser, as a person running it would.
 */

function runDemo(browser: 'chromium' | 'firefox', out: string): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [path.join(REPO_ROOT, 'node_modules/tsx/dist/cli.mjs'), 'scripts/demo.ts', '--headless', '--browser', browser, '--out', out],
      { cwd: REPO_ROOT, timeout: 180_000, env: { ...process.env, DISPLAY: '' } },
      (error, stdout, stderr) =>
        resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, output: `${stdout}${stderr}` }),
    );
  });
}

describe.each(['chromium', 'firefox'] as const)('the headless demo walk in %s', (browser) => {
  it('opens a conversation from the list, shows the panel beside it and writes four screenshots', { timeout: 200_000 }, async () => {
    const out = await mkdtemp(path.join(tmpdir(), `returndesk-demo-${browser}-`));
    try {
      const { code, output } = await runDemo(browser, out);
      const summary = await readFile(path.join(out, 'summary.md'), 'utf8').catch(() => output);
      expect(summary).toContain('- Result: OK');
      expect(summary).toMatch(/Sections: Replies, Photos, Numbers/);
      expect(code, output).toBe(0);
      expect((await readdir(out)).filter((file) => file.endsWith('.png'))).toHaveLength(4);
    } finally {
      await rm(out, { recursive: true, force: true });
    }
  });
});
