import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { POLICY_TEST_GECKO_ID } from '@/utils/build-constants';
import type { TeamPolicy } from '@/utils/policy/team-policy';
import { poll } from './harness/bounded';
import { launchFirefox, openFirefoxExtensionPage, type FirefoxSession } from './harness/firefox';
import { COMPOSER } from './harness/keyboard';
import { FIREFOX_PATH, REPO_ROOT } from './harness/paths';
import { startRequestRecorder, type RequestRecorder } from './harness/request-recorder';
import {
  expandTeamAbbreviation,
  insertTeamTemplateFromPanel,
  INVALID_PATH,
  invalidTeamPolicy,
  openTeamTemplateInOptions,
  panelTeamEntry,
  TEAM_POLICY_FOLDER,
  teamPolicy,
  waitForOptionsPolicyProblem,
  waitForPanelTitle,
  type TeamPolicyDriver,
} from './scenarios/team-policy';

/**
 * The team's library from Firefox's enterprise policy (issue 18), in real Firefox ESR: `distribution/policies.json`
 * beside the Firefox binary (Debian: /usr/lib/firefox-esr/distribution/), `3rdparty` → `Extensions` → the
 * policy-test build's add-on id (its own, so no other build's tests see the file). `browser.policies.alternatePath`
 * would avoid the system folder, but release builds honour it only under automation (checked: storage.managed
 * stays empty with it).
 *
 * Firefox reads policies.json once, at start-up, and never fires storage.onChanged for the managed area: a changed
 * policy reaches the agent at the next start. So the update and the broken policy are tested across restarts of
 * one profile, which keeps the add-on's storage (the last good team library lives in storage.local). The live path
 * (storage.onChanged, managed area, reaching an open panel) is tested in Chromium. Needs root.
 */

const POLICIES_FILE = path.join(path.dirname(fs.realpathSync(FIREFOX_PATH)), 'distribution', 'policies.json');

describe('Firefox ESR, the team library from policies.json', () => {
  let original: string | null = null;
  let recorder: RequestRecorder | undefined;
  let session: FirefoxSession | undefined;
  const profile = { dir: '', uuid: randomUUID() };
  const tabs: { conversation?: Page; panel?: Page; options?: Page } = {};

  /** Our add-on's entry added to whatever policies.json holds (restored afterwards). */
  const writePolicy = (policy: TeamPolicy) => {
    const document = original ? JSON.parse(original) : {};
    document.policies ??= {};
    document.policies['3rdparty'] ??= {};
    document.policies['3rdparty'].Extensions = { ...document.policies['3rdparty'].Extensions, [POLICY_TEST_GECKO_ID]: policy };
    fs.writeFileSync(POLICIES_FILE, JSON.stringify(document));
  };

  const restart = async () => {
    await session?.close();
    session = await launchFirefox({
      extensionDir: path.join(REPO_ROOT, '.output/firefox-mv3-policy-test'),
      headless: true,
      proxyPort: recorder!.port,
      keptProfile: profile,
    });
    tabs.conversation = (await session.browser.pages())[0] ?? (await session.browser.newPage());
    tabs.panel = await session.browser.newPage();
    tabs.options = undefined;
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

  const driver = (): TeamPolicyDriver => {
    const origin = inject('demoOrigin');
    if (!origin) throw new Error(`The demo platform is not running: ${inject('demoPlatformError')}`);
    const { conversation, panel } = tabs as Required<typeof tabs>;
    return {
      conversation: { evaluate: (script) => conversation.evaluate(script), type: (text) => conversation.keyboard.type(text) },
      panel: { evaluate: (script) => panel.evaluate(script) },
      options: { evaluate: (script) => tabs.options!.evaluate(script) },
      async openConversation() {
        await conversation.goto(`${origin}/bo-seller/customer-care/folders/${TEAM_POLICY_FOLDER}`, { timeout: 30_000 });
        await conversation.bringToFront();
        await conversation.waitForSelector(COMPOSER, { timeout: 10_000 });
        await openFirefoxExtensionPage(session!, panel, 'sidepanel.html', recorder!.launchpadUrl);
        await poll(async () => ((await panel.evaluate(`document.querySelector('#numbers')?.textContent ?? ''`)) as string).length > 0 || undefined, {
          timeoutMs: 20_000,
          what: 'the panel to show the conversation',
        });
        await conversation.bringToFront();
      },
      async openOptions() {
        tabs.options ??= await session!.browser.newPage();
        await openFirefoxExtensionPage(session!, tabs.options, 'options.html', recorder!.launchpadUrl);
      },
    };
  };

  it("lists the team's template marked Team and read-only; it inserts, and its abbreviation expands", async () => {
    writePolicy(teamPolicy('Team: goodwill voucher'));
    await restart();
    const team = driver();
    await team.openConversation();
    await waitForPanelTitle(team, 'Team: goodwill voucher', 30_000);
    expect(await insertTeamTemplateFromPanel(team)).toMatch(/^Hello \S+, as a goodwill gesture/);
    expect(await expandTeamAbbreviation(team)).toMatch(/^Thanks! Hello \S+, as a goodwill gesture/);
    const options = await openTeamTemplateInOptions(team, 'Team: goodwill voucher');
    expect(options.hint).toMatch(/^Team · /);
    expect(options).toMatchObject({ titleReadOnly: true, bodyReadOnly: true });
    expect(options.buttons).toContain('Duplicate as mine');
    expect(options.buttons).not.toContain('Save');
  });

  it('a changed policies.json reaches the agent at the next start (Firefox reads it at start-up only)', async () => {
    writePolicy(teamPolicy('Team: goodwill voucher, updated'));
    await restart();
    const team = driver();
    await team.openConversation();
    await waitForPanelTitle(team, 'Team: goodwill voucher, updated', 30_000);
  });

  it('a policy failing the check is reported in the options page with its path; the last good library stays', async () => {
    writePolicy(invalidTeamPolicy());
    await restart();
    const team = driver();
    await team.openOptions();
    const problem = await waitForOptionsPolicyProblem(team, 30_000);
    expect(problem).toContain(INVALID_PATH);
    expect(problem).toMatch(/last good team library stays in use/);
    await team.openConversation();
    await waitForPanelTitle(team, 'Team: goodwill voucher, updated', 30_000);
    expect(await panelTeamEntry(team)).toEqual({ title: 'Team: goodwill voucher, updated', team: true });
    expect(await expandTeamAbbreviation(team)).toMatch(/goodwill gesture/);
  });
});
