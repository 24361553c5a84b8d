import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { POLICY_TEST_CHROME_ID, POLICY_TEST_GECKO_ID } from '@/utils/build-constants';
import { chromePolicyFile } from '@/utils/policy/policy-files';
import type { TeamPolicy } from '@/utils/policy/team-policy';
import { BROWSER_LABELS, playwrightTab, puppeteerTab, selectedBrowsers } from './harness/driver';
import { launchFirefox, openFirefoxExtensionPage, type FirefoxSession } from './harness/firefox';
import { documentIsMarked, markDocument } from './harness/navigation';
import { FIREFOX_PATH, REPO_ROOT } from './harness/paths';
import { startRequestRecorder, type RequestRecorder } from './harness/request-recorder';
import { useChromiumSuite } from './harness/suite';
import {
  expandTeamAbbreviation,
  expectRestrictedPolicyEnforced,
  expectTeamTemplateInUse,
  INVALID_PATH,
  invalidTeamPolicy,
  panelTeamEntry,
  RESERVED_CHORD_PROBLEM,
  restrictedTeamPolicy,
  teamPolicy,
  teamPolicyDriver,
  waitForOptionsPolicyProblem,
  waitForPanelTitle,
} from './scenarios/team-policy';

/**
 * The team's library from an enterprise policy (issue 18), in real browsers, with the policy-test build (a fixed
 * id the policy names). The checks are written once (scenarios/team-policy.ts); how the policy arrives truly
 * differs, so each browser has its own suite here:
 * - Chromium reads /etc/chromium/policies/managed/*.json (Debian's chromium), watches that folder and delivers a
 *   changed file to open pages as storage.onChanged (managed area) a few seconds later: the update and the broken
 *   policy are written while the panel is open, and reach it without a reload.
 * - Firefox ESR reads `distribution/policies.json` beside its binary (Debian: /usr/lib/firefox-esr/distribution/),
 *   `3rdparty` → `Extensions` → the add-on's id, once, at start-up, and never fires storage.onChanged for the
 *   managed area: a changed policy reaches the agent at the next start. So the update and the broken policy are
 *   tested across restarts of one profile, which keeps the add-on's storage (the last good team library lives in
 *   storage.local). `browser.policies.alternatePath` would avoid the system folder, but release builds honour it
 *   only under automation (checked: storage.managed stays empty with it).
 * Both write system files, so they need root (CI and these machines run as root), and run alone.
 */

const browsers = selectedBrowsers();

/** The part of Firefox's policies.json this test writes; the rest is kept as it is. */
interface PoliciesJson {
  policies?: { '3rdparty'?: { Extensions?: Record<string, unknown> } };
}

describe.runIf(browsers.includes('chromium'))(`${BROWSER_LABELS.chromium}, the team library from an enterprise policy`, () => {
  const POLICY_DIR = '/etc/chromium/policies/managed';
  const POLICY_FILE = path.join(POLICY_DIR, 'returndesk-policy-test.json');
  const writePolicy = (policy: TeamPolicy) =>
    fs.writeFileSync(POLICY_FILE, JSON.stringify(chromePolicyFile(policy, POLICY_TEST_CHROME_ID)));

  // Before the browser starts (hooks run in order), so the first policy is there at start-up.
  beforeAll(() => {
    fs.mkdirSync(POLICY_DIR, { recursive: true });
    writePolicy(teamPolicy('Team: goodwill voucher'));
  });
  const suite = useChromiumSuite({ extensionDir: path.join(REPO_ROOT, '.output/chrome-mv3-policy-test') });
  afterAll(() => fs.rmSync(POLICY_FILE, { force: true }));

  const driver = () =>
    teamPolicyDriver(() => {
      const { origin, session, conversationTab, panelTab } = suite();
      return {
        origin,
        conversation: playwrightTab(() => conversationTab),
        panel: playwrightTab(() => panelTab),
        newTab: async () => {
          const page = await session.context.newPage();
          return playwrightTab(() => page);
        },
        extensionUrl: (pagePath) => session.extensionUrl(pagePath),
      };
    });

  it("lists the team's template marked Team and read-only; it inserts, and its abbreviation expands", async () => {
    expect(suite().session.extensionId).toBe(POLICY_TEST_CHROME_ID);
    await expectTeamTemplateInUse(driver());
  });

  it('a changed policy file reaches the open panel without a reload', async () => {
    const team = driver();
    await team.openConversation();
    await waitForPanelTitle(team, 'Team: goodwill voucher', 30_000);
    await markDocument(team.panel.evaluate);
    writePolicy(teamPolicy('Team: goodwill voucher, updated'));
    await waitForPanelTitle(team, 'Team: goodwill voucher, updated', 60_000);
    expect(await documentIsMarked(team.panel.evaluate), 'the panel reloaded').toBe(true);
  });

  it('a policy failing the check is reported in the options page with its path; the last good library stays', async () => {
    const team = driver();
    await team.openConversation();
    await waitForPanelTitle(team, 'Team: goodwill voucher, updated', 30_000);
    await team.openOptions();
    writePolicy(invalidTeamPolicy());
    const problem = await waitForOptionsPolicyProblem(team, 60_000);
    expect(problem).toContain(INVALID_PATH);
    expect(problem).toContain(RESERVED_CHORD_PROBLEM);
    expect(problem).toMatch(/last good team library stays in use/);
    // The panel heard the same change and kept the previous team template.
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    expect(await panelTeamEntry(team)).toEqual({ title: 'Team: goodwill voucher, updated', team: true });
    expect(await expandTeamAbbreviation(team)).toMatch(/goodwill gesture/);
  });

  it('a policy turning off own templates and offering two languages: the panel and the options keep to it', async () => {
    writePolicy(restrictedTeamPolicy());
    await expectRestrictedPolicyEnforced(driver(), 60_000);
  });
});

describe.runIf(browsers.includes('firefox'))(`${BROWSER_LABELS.firefox}, the team library from policies.json`, () => {
  const POLICIES_FILE = path.join(path.dirname(fs.realpathSync(FIREFOX_PATH)), 'distribution', 'policies.json');
  let original: string | null = null;
  let recorder: RequestRecorder | undefined;
  let session: FirefoxSession | undefined;
  const profile = { dir: '', uuid: randomUUID() };
  const tabs: { conversation?: Page; panel?: Page } = {};

  /** Our add-on's entry added to whatever policies.json holds (restored afterwards). */
  const writePolicy = (policy: TeamPolicy) => {
    const document = original ? (JSON.parse(original) as PoliciesJson) : {};
    const thirdParty = ((document.policies ??= {})['3rdparty'] ??= {});
    thirdParty.Extensions = { ...thirdParty.Extensions, [POLICY_TEST_GECKO_ID]: policy };
    fs.writeFileSync(POLICIES_FILE, JSON.stringify(document));
  };

  /** Firefox reads the policy at start-up only: each test writes it, then starts the browser again on the same profile. */
  const restartWith = async (policy: TeamPolicy) => {
    writePolicy(policy);
    await session?.close();
    session = await launchFirefox({
      extensionDir: path.join(REPO_ROOT, '.output/firefox-mv3-policy-test'),
      headless: true,
      proxyPort: recorder!.port,
      keptProfile: profile,
    });
    tabs.conversation = (await session.browser.pages())[0] ?? (await session.browser.newPage());
    tabs.panel = await session.browser.newPage();
  };

  beforeAll(async () => {
    original = fs.existsSync(POLICIES_FILE) ? fs.readFileSync(POLICIES_FILE, 'utf8') : null;
    fs.mkdirSync(path.dirname(POLICIES_FILE), { recursive: true });
    profile.dir = fs.mkdtempSync(path.join(os.tmpdir(), 'returndesk-firefox-policy-'));
    recorder = await startRequestRecorder();
  });
  afterAll(async () => {
    await session?.close();
    await recorder?.close();
    if (original === null) fs.rmSync(POLICIES_FILE, { force: true });
    else fs.writeFileSync(POLICIES_FILE, original);
    fs.rmSync(profile.dir, { recursive: true, force: true });
  });

  const driver = () =>
    teamPolicyDriver(() => {
      const origin = inject('demoOrigin');
      if (!origin) throw new Error(`The demo platform is not running: ${inject('demoPlatformError')}`);
      const running = session!;
      const openExtensionPage = (page: Page, url: string) =>
        openFirefoxExtensionPage(running, page, url.slice(running.extensionUrl('').length), recorder!.launchpadUrl);
      const { conversation, panel } = tabs as Required<typeof tabs>;
      return {
        origin,
        conversation: puppeteerTab(() => conversation, openExtensionPage),
        panel: puppeteerTab(() => panel, openExtensionPage),
        newTab: async () => {
          const page = await running.browser.newPage();
          return puppeteerTab(() => page, openExtensionPage);
        },
        extensionUrl: (pagePath) => running.extensionUrl(pagePath),
      };
    });

  it("lists the team's template marked Team and read-only; it inserts, and its abbreviation expands", async () => {
    await restartWith(teamPolicy('Team: goodwill voucher'));
    await expectTeamTemplateInUse(driver());
  });

  it('a changed policies.json reaches the agent at the next start (Firefox reads it at start-up only)', async () => {
    await restartWith(teamPolicy('Team: goodwill voucher, updated'));
    const team = driver();
    await team.openConversation();
    await waitForPanelTitle(team, 'Team: goodwill voucher, updated', 30_000);
  });

  it('a policy failing the check is reported in the options page with its path; the last good library stays', async () => {
    await restartWith(invalidTeamPolicy());
    const team = driver();
    await team.openOptions();
    const problem = await waitForOptionsPolicyProblem(team, 30_000);
    expect(problem).toContain(INVALID_PATH);
    expect(problem).toContain(RESERVED_CHORD_PROBLEM);
    expect(problem).toMatch(/last good team library stays in use/);
    await team.openConversation();
    await waitForPanelTitle(team, 'Team: goodwill voucher, updated', 30_000);
    expect(await panelTeamEntry(team)).toEqual({ title: 'Team: goodwill voucher, updated', team: true });
    expect(await expandTeamAbbreviation(team)).toMatch(/goodwill gesture/);
  });

  it('a policy turning off own templates and offering two languages: the panel and the options keep to it', async () => {
    await restartWith(restrictedTeamPolicy());
    await expectRestrictedPolicyEnforced(driver(), 30_000);
  });
});
