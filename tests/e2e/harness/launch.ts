import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { killProcessesMentioning, withTimeout } from './bounded';

/**
 * What launching a browser with ReturnDesk loaded is in both browsers: an unpacked build that must exist, a
 * profile folder of its own, the same time limits, window size and signal handling, and a close that always ends
 * (the browser killed if it does not answer, its leftover processes too) and deletes the profile. chromium.ts and
 * firefox.ts keep what differs: switches or prefs, how the extension is installed, how its id is known.
 */

/** The options both browsers' launchers take. */
export interface CommonLaunchOptions {
  /** An unpacked build, e.g. `.output/chrome-mv3-demo` or `.output/firefox-mv3-demo`. */
  extensionDir: string;
  headless: boolean;
  /** Page viewport; `null` lets headed windows size themselves. */
  viewport?: { width: number; height: number } | null;
  /**
   * Let the automation library close the browser on Ctrl+C (its default, right for tests). A launcher that shuts
   * down in its own order passes false: the library's handler would otherwise exit the process midway (code 130).
   */
  closeOnSignals?: boolean;
}

/** What both launchers' sessions give, beside their browser's own objects. */
export interface LaunchedSession {
  /** The address of one of the extension's pages, e.g. `sidepanel.html`. */
  extensionUrl(pagePath: string): string;
  /** Closes the browser within a bounded time (kills it if it does not answer) and deletes the profile. */
  close(): Promise<void>;
}

export const LAUNCH_TIMEOUT_MS = 60_000;
const CLOSE_TIMEOUT_MS = 20_000;

/** A closed loopback port: services pointed here fail at once, without leaving the machine. */
export const DEAD_END = 'http://127.0.0.1:9';

/** The launch settings Playwright and puppeteer both name the same way, from the common options. */
export function commonLaunchSettings(options: CommonLaunchOptions): {
  headless: boolean;
  timeout: number;
  handleSIGINT: boolean;
  handleSIGTERM: boolean;
  handleSIGHUP: boolean;
} {
  const handleSignals = options.closeOnSignals ?? true;
  return {
    headless: options.headless,
    timeout: LAUNCH_TIMEOUT_MS,
    handleSIGINT: handleSignals,
    handleSIGTERM: handleSignals,
    handleSIGHUP: handleSignals,
  };
}

/** The viewport to give pages: the option, or 1280 × 900 when none was given. */
export function viewportOf(options: CommonLaunchOptions): { width: number; height: number } | null {
  return options.viewport === undefined ? { width: 1280, height: 900 } : options.viewport;
}

/** The build's absolute path; fails saying how to make it when it has no manifest. */
export async function requireExtensionBuild(extensionDir: string): Promise<string> {
  const absolute = path.resolve(extensionDir);
  await fs.access(path.join(absolute, 'manifest.json')).catch(() => {
    throw new Error(`No extension build at ${absolute}: run \`npm run build:test\` (demo) or \`npm run build\`.`);
  });
  return absolute;
}

/** The address of an extension page: `scheme://host/pagePath`. */
export function extensionPageUrl(scheme: 'chrome-extension' | 'moz-extension', host: string, pagePath: string): string {
  return `${scheme}://${host}/${pagePath.replace(/^\//, '')}`;
}

/** How one browser starts, gets ready and stops; `launchWithProfile` does the rest. */
export interface LaunchPlan<Handle, Session> {
  /** "Chromium", "Firefox": for error messages. */
  browserName: string;
  /** A fresh profile is made in the system's temporary folder under this prefix and deleted at close. */
  profilePrefix: string;
  /** A profile kept across launches instead (the caller made it and deletes it). */
  keptProfileDir?: string;
  /** Starts the browser on the profile. */
  start(profileDir: string): Promise<Handle>;
  /** Finishes the launch (finds or installs the extension) and builds the session, whose `close` is given. */
  ready(handle: Handle, close: () => Promise<void>): Promise<Session>;
  /** Closes the browser politely. */
  close(handle: Handle): Promise<void>;
  /** Ends the browser when closing did not answer in time (leftover processes are killed by profile either way). */
  kill?(handle: Handle): void;
}

/**
 * Launches a browser on a profile of its own and returns its session. Whatever fails after the profile exists
 * (start, install, first page) closes what was started and deletes the profile before the error is thrown.
 */
export async function launchWithProfile<Handle, Session>(plan: LaunchPlan<Handle, Session>): Promise<Session> {
  const profileDir = plan.keptProfileDir ?? (await fs.mkdtemp(path.join(os.tmpdir(), `returndesk-${plan.profilePrefix}-`)));
  let handle: Handle | undefined;
  const close = async () => {
    if (handle !== undefined) {
      const open = handle;
      handle = undefined;
      await withTimeout(plan.close(open), CLOSE_TIMEOUT_MS, `closing ${plan.browserName}`).catch(() => plan.kill?.(open));
    }
    killProcessesMentioning(profileDir);
    if (!plan.keptProfileDir) await fs.rm(profileDir, { recursive: true, force: true, maxRetries: 3 }).catch(() => undefined);
  };
  try {
    handle = await plan.start(profileDir);
    return await plan.ready(handle, close);
  } catch (error) {
    await close();
    throw error;
  }
}
