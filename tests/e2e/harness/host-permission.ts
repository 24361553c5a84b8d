import { execFileSync } from 'node:child_process';
import { expect, it } from 'vitest';
import { describeInBrowsers, type BrowserName, type BrowserSuiteOptions, type Driver } from './driver';
import { describeRequests } from './request-recorder';

/**
 * Allowing an attachment host from the panel, the one step where the browsers truly differ. Chromium shows its real
 * permission prompt, answered with X key events (xdotool): the browser runs headed, so it needs a display (Xvfb;
 * `bash scripts/test.sh` provides one). Firefox grants optional permissions without a prompt under
 * `extensions.webextOptionalPermissionPrompts: false`, so allowing is the panel's click alone.
 */

const hasDisplay = Boolean(process.env.DISPLAY);

/** The suites `describeInBrowsers` needs for tests that allow a host. */
export const HOST_PERMISSION_SUITES: BrowserSuiteOptions = {
  chromium: hasDisplay ? { headless: false, viewport: null } : {},
  firefox: { prefs: { 'extensions.webextOptionalPermissionPrompts': false } },
};

/** True where the test cannot answer the browser's prompt: Chromium without an X display. */
export const cannotAnswerPrompt = (browser: BrowserName): boolean => browser === 'chromium' && !hasDisplay;

/** Chromium's prompt keys: Shift+Tab moves from Deny (the default button) to Allow, Space presses it. */
export const ALLOW_KEYS = ['shift+Tab', 'space'];
/** Return presses the prompt's default button, Deny. */
export const DENY_KEYS = ['Return'];

/**
 * Clicks the panel's button named `buttonName` (a trusted click: permissions.request needs the user gesture) and, in
 * Chromium, answers the prompt with `promptKeys`.
 */
export async function clickAllowHost(driver: Driver, buttonName: string, promptKeys: string[] = ALLOW_KEYS): Promise<void> {
  if (driver.browser === 'firefox') return driver.panel.click('button', buttonName, { exact: false });
  // The X input focus for the window (there is no window manager under Xvfb).
  execFileSync('xdotool', ['mousemove', '700', '400', 'click', '1']);
  await driver.panel.click('button', buttonName, { exact: false });
  // The prompt's buttons ignore input for a moment after it opens (Chromium's guard against click-jacking).
  await new Promise((resolve) => setTimeout(resolve, 1500));
  execFileSync('xdotool', ['key', ...promptKeys]);
}

/**
 * One test, declared in both browsers, of a scenario that allows an attachment host; then nothing may have gone off
 * 127.0.0.1. Skipped in Chromium without a display, where the prompt cannot be answered.
 */
export function describeHostScenario(title: string, test: string, scenario: (driver: Driver) => Promise<void>): void {
  describeInBrowsers(
    title,
    (use, browser) => {
      it.skipIf(cannotAnswerPrompt(browser))(test, async () => {
        const driver = use();
        await scenario(driver);
        expect(driver.recorder.leaks(), describeRequests(driver.recorder.leaks())).toEqual([]);
      });
    },
    HOST_PERMISSION_SUITES,
  );
}
