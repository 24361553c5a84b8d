import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extensionPageUrl, launchWithProfile, requireExtensionBuild, type LaunchPlan } from '../../e2e/harness/launch';

/**
 * The launch steps both browser harnesses share (tests/e2e/harness/launch.ts), with a stand-in browser: a failed
 * launch or a close that fails must not leave a profile folder or a running browser behind.
 */

interface FakeBrowser {
  profileDir: string;
  closed: boolean;
  killed: boolean;
}

function plan(overrides: Partial<LaunchPlan<FakeBrowser, { browser: FakeBrowser; close(): Promise<void> }>> = {}) {
  let started: FakeBrowser | undefined;
  const steps: LaunchPlan<FakeBrowser, { browser: FakeBrowser; close(): Promise<void> }> = {
    browserName: 'Stand-in',
    profilePrefix: 'unit-launch',
    start: async (profileDir) => (started = { profileDir, closed: false, killed: false }),
    ready: async (browser, close) => ({ browser, close }),
    close: async (browser) => {
      browser.closed = true;
    },
    kill: (browser) => {
      browser.killed = true;
    },
    ...overrides,
  };
  return { steps, started: () => started };
}

describe('launchWithProfile', () => {
  it('starts the browser on a fresh profile folder, and its close closes the browser and deletes the folder', async () => {
    const { steps } = plan();
    const session = await launchWithProfile(steps);
    expect(path.basename(session.browser.profileDir)).toMatch(/^returndesk-unit-launch-/);
    expect(fs.existsSync(session.browser.profileDir)).toBe(true);
    await session.close();
    expect(session.browser.closed).toBe(true);
    expect(fs.existsSync(session.browser.profileDir)).toBe(false);
  });

  it('closes the browser and deletes the profile when getting ready fails, and throws that error', async () => {
    const { steps, started } = plan({
      ready: () => Promise.reject(new Error('the add-on did not install')),
    });
    await expect(launchWithProfile(steps)).rejects.toThrow('the add-on did not install');
    expect(started()?.closed).toBe(true);
    expect(fs.existsSync(started()!.profileDir)).toBe(false);
  });

  it('kills the browser when closing it fails', async () => {
    const { steps } = plan({ close: () => Promise.reject(new Error('no answer')) });
    const session = await launchWithProfile(steps);
    await session.close();
    expect(session.browser.killed).toBe(true);
    expect(fs.existsSync(session.browser.profileDir)).toBe(false);
  });

  it('keeps a profile the caller keeps across launches', async () => {
    const kept = fs.mkdtempSync(path.join(os.tmpdir(), 'returndesk-unit-kept-'));
    try {
      const { steps } = plan({ keptProfileDir: kept });
      const session = await launchWithProfile(steps);
      expect(session.browser.profileDir).toBe(kept);
      await session.close();
      expect(session.browser.closed).toBe(true);
      expect(fs.existsSync(kept)).toBe(true);
    } finally {
      fs.rmSync(kept, { recursive: true, force: true });
    }
  });
});

describe('requireExtensionBuild', () => {
  it('names the build command when the folder holds no extension', async () => {
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'returndesk-unit-nobuild-'));
    try {
      await expect(requireExtensionBuild(empty)).rejects.toThrow(/No extension build at .*npm run build:test/);
    } finally {
      fs.rmSync(empty, { recursive: true, force: true });
    }
  });
});

describe('extensionPageUrl', () => {
  it('joins the scheme, the extension host and the page path, with or without a leading slash', () => {
    expect(extensionPageUrl('moz-extension', 'abc', '/sidepanel.html')).toBe('moz-extension://abc/sidepanel.html');
    expect(extensionPageUrl('chrome-extension', 'xyz', 'options.html')).toBe('chrome-extension://xyz/options.html');
  });
});
