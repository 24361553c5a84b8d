import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { POLICY_TEST_CHROME_ID } from '@/utils/build-constants';
import { chromePolicyFile } from '@/utils/policy/policy-files';
import type { TeamPolicy } from '@/utils/policy/team-policy';
import { poll } from './harness/bounded';
import { COMPOSER } from './harness/keyboard';
import { REPO_ROOT } from './harness/paths';
import { useChromiumSuite } from './harness/suite';
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
 * The team's library from Chrome's enterprise policy (issue 18), in real Chromium: Debian's chromium reads
 * /etc/chromium/policies/managed/*.json, and the policy-test build has a fixed id (manifest key) the file names.
 * Chromium watches that folder and delivers a changed file to open pages as storage.onChanged (managed area) a few
 * seconds later, so the live update is tested from the file itself. Needs root (CI and these machines run as root).
 */

const POLICY_DIR = '/etc/chromium/policies/managed';
const POLICY_FILE = path.join(POLICY_DIR, 'returndesk-policy-test.json');
const writePolicy = (policy: TeamPolicy) => fs.writeFileSync(POLICY_FILE, JSON.stringify(chromePolicyFile(policy, POLICY_TEST_CHROME_ID)));

describe('Chromium, the team library from an enterprise policy', () => {
  // Before the browser starts (hooks run in order), so the first policy is there at start-up.
  beforeAll(() => {
    fs.mkdirSync(POLICY_DIR, { recursive: true });
    writePolicy(teamPolicy('Team: goodwill voucher'));
  });
  const suite = useChromiumSuite({ extensionDir: path.join(REPO_ROOT, '.output/chrome-mv3-policy-test') });
  afterAll(() => fs.rmSync(POLICY_FILE, { force: true }));

  let optionsTab: Page | undefined;
  const driver = (): TeamPolicyDriver => {
    const { origin, session, conversationTab, panelTab } = suite();
    return {
      conversation: { evaluate: (script) => conversationTab.evaluate(script), type: (text) => conversationTab.keyboard.type(text) },
      panel: { evaluate: (script) => panelTab.evaluate(script) },
      options: { evaluate: (script) => optionsTab!.evaluate(script) },
      async openConversation() {
        await conversationTab.goto(`${origin}/bo-seller/customer-care/folders/${TEAM_POLICY_FOLDER}`);
        await conversationTab.bringToFront();
        await conversationTab.locator(COMPOSER).waitFor();
        await panelTab.goto(session.extensionUrl('sidepanel.html'));
        await poll(async () => ((await panelTab.evaluate(`document.querySelector('#numbers')?.textContent ?? ''`)) as string).length > 0, {
          timeoutMs: 20_000,
          what: 'the panel to show the conversation',
        });
        await conversationTab.bringToFront();
      },
      async openOptions() {
        optionsTab ??= await session.context.newPage();
        await optionsTab.goto(session.extensionUrl('options.html'));
      },
    };
  };

  it("lists the team's template marked Team and read-only; it inserts, and its abbreviation expands", async () => {
    expect(suite().session.extensionId).toBe(POLICY_TEST_CHROME_ID);
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
    expect(options.buttons).not.toContain('Delete');
  });

  it('a changed policy file reaches the open panel without a reload', async () => {
    const team = driver();
    await team.openConversation();
    await waitForPanelTitle(team, 'Team: goodwill voucher', 30_000);
    await team.panel.evaluate(`window.__notReloaded = true`);
    writePolicy(teamPolicy('Team: goodwill voucher, updated'));
    await waitForPanelTitle(team, 'Team: goodwill voucher, updated', 60_000);
    expect(await team.panel.evaluate(`window.__notReloaded === true`)).toBe(true);
  });

  it('a policy failing the check is reported in the options page with its path; the last good library stays', async () => {
    const team = driver();
    await team.openConversation();
    await waitForPanelTitle(team, 'Team: goodwill voucher, updated', 30_000);
    await team.openOptions();
    writePolicy(invalidTeamPolicy());
    const problem = await waitForOptionsPolicyProblem(team, 60_000);
    expect(problem).toContain(INVALID_PATH);
    expect(problem).toMatch(/last good team library stays in use/);
    // The panel heard the same change and kept the previous team template.
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    expect(await panelTeamEntry(team)).toEqual({ title: 'Team: goodwill voucher, updated', team: true });
    expect(await expandTeamAbbreviation(team)).toMatch(/goodwill gesture/);
  });
});
