import { expect } from 'vitest';
import { waitFor } from '../harness/bounded';
import type { DrivenTab } from '../harness/driver';
import { COMPOSER, composerValue, focusComposerEnd, waitForComposer } from '../harness/keyboard';
import type { TeamPolicy } from '@/utils/policy/team-policy';

/**
 * The team's library from an enterprise policy (issue 18), written once for both browsers. Each browser's suite in
 * team-policy.test.ts delivers the policy its own way (Chromium: a file in /etc/chromium/policies/managed/; Firefox
 * ESR: distribution/policies.json) and gives its tabs to `teamPolicyDriver`.
 */

/**
 * A tab of the suite: `run` for this module's page functions, `evaluate` for the keyboard helpers (which take any
 * page that evaluates a script built by `scriptOf`).
 */
type TeamTab = Pick<DrivenTab, 'run' | 'evaluate'>;

export interface TeamPolicyDriver {
  /** The demo conversation, with its reply box. */
  conversation: TeamTab & Pick<DrivenTab, 'type'>;
  /** The panel page, following the conversation. */
  panel: TeamTab;
  /** The options page. */
  options: TeamTab & Pick<DrivenTab, 'setInputFile'>;
  /** Opens (or reopens) the conversation and the panel following it; the conversation tab ends in front. */
  openConversation(): Promise<void>;
  openOptions(): Promise<void>;
}

/** The tabs a browser's suite gives: the conversation, the panel page, and the options page (opened on demand). */
export interface TeamPolicyTabs {
  origin: string;
  conversation: DrivenTab;
  panel: DrivenTab;
  newTab(): Promise<DrivenTab>;
  extensionUrl(pagePath: string): string;
}

/** A tab asked for at each call (a restarted browser gives new ones). */
function teamTab(current: () => DrivenTab): TeamTab {
  return { run: (fn, ...args) => current().run(fn, ...args), evaluate: (script) => current().evaluate(script) };
}

/** The driver over a browser's tabs; `tabs` is asked at each step, as a restarted browser gives new ones. */
export function teamPolicyDriver(tabs: () => TeamPolicyTabs): TeamPolicyDriver {
  let options: DrivenTab | undefined;
  return {
    conversation: { ...teamTab(() => tabs().conversation), type: (text) => tabs().conversation.type(text) },
    panel: teamTab(() => tabs().panel),
    options: { ...teamTab(() => options!), setInputFile: (selector, file) => options!.setInputFile(selector, file) },
    async openConversation() {
      const { origin, conversation, panel, extensionUrl } = tabs();
      await conversation.goto(`${origin}/bo-seller/customer-care/folders/${TEAM_POLICY_FOLDER}`);
      await conversation.bringToFront();
      await waitFor(() => conversation.run((selector) => document.querySelector(selector) !== null, COMPOSER), {
        timeoutMs: 10_000,
        what: 'the reply box',
      });
      await panel.goto(extensionUrl('sidepanel.html'));
      await waitFor(async () => (await panel.run(() => document.querySelector('#numbers')?.textContent ?? '')).length > 0, {
        timeoutMs: 20_000,
        what: 'the panel to show the conversation',
      });
      await conversation.bringToFront();
    },
    async openOptions() {
      options ??= await tabs().newTab();
      await options.goto(tabs().extensionUrl('options.html'));
    },
  };
}

/** A folder of the demo platform (DHL return, customer with a first name). */
export const TEAM_POLICY_FOLDER = '104820734';
export const TEAM_TEMPLATE_ID = 'team-goodwill';
export const TEAM_ABBREVIATION = ';goodwill';
const BODY = 'Hello {{first_name}}, as a goodwill gesture our team has approved a 10 euro voucher.';

export const teamPolicy = (title: string): TeamPolicy => ({
  templates: [{ id: TEAM_TEMPLATE_ID, title, folder: 'Team', abbreviation: TEAM_ABBREVIATION, bodies: { 'en-gb': BODY, 'en-us': BODY } }],
});

/**
 * Fails the check in the extension (an unknown variable; a macro on Ctrl+T, which the browser keeps), though its
 * shape is one Chrome's schema accepts.
 */
export const invalidTeamPolicy = (): TeamPolicy => ({
  templates: [{ id: TEAM_TEMPLATE_ID, title: 'Broken team reply', bodies: { 'en-gb': 'Hi {{not_a_variable}}', 'en-us': 'Hi' } }],
  macros: [{ id: 'team-new-tab', name: 'Team check', chord: 'Ctrl+T', steps: [{ kind: 'check-photos' }] }],
});

export const INVALID_PATH = '$.templates[0].bodies["en-gb"]';
/** How the options page names the reserved chord of invalidTeamPolicy. */
export const RESERVED_CHORD_PROBLEM = '$.macros[0].chord: Ctrl+T opens a new tab';

/**
 * A team that turns off templates of the agent's own and offers two reply languages, neither of them the demo
 * case's (British English).
 */
export const RESTRICTED_TITLE = 'Team: goodwill voucher, restricted';
export const restrictedTeamPolicy = (): TeamPolicy => ({
  ...teamPolicy(RESTRICTED_TITLE),
  allowOwnTemplates: false,
  locales: ['fr-fr', 'de-de'],
});

/** Runs in the panel: the entry of the template `id` in Replies (its title and Team mark), clicked when `click`; null when absent. */
function panelTemplateEntry(id: string, click: boolean): { title: string; team: boolean } | null {
  const entry = document.querySelector<HTMLElement>(`#template-${id}`);
  if (!entry) return null;
  if (click) entry.click();
  return { title: entry.querySelector('.template__title')?.textContent ?? '', team: entry.querySelector('.template__team') !== null };
}

/** The team template's entry in the panel's Replies: its title and whether it carries the Team mark; null when absent. */
export async function panelTeamEntry(driver: TeamPolicyDriver): Promise<{ title: string; team: boolean } | null> {
  return driver.panel.run(panelTemplateEntry, TEAM_TEMPLATE_ID, false);
}

/** Waits until the panel lists the team template titled `title`, marked Team; returns after it does. */
export async function waitForPanelTitle(driver: TeamPolicyDriver, title: string, timeoutMs: number): Promise<void> {
  await waitFor(
    async () => {
      const entry = await panelTeamEntry(driver);
      return entry?.title === title && entry.team ? true : undefined;
    },
    { timeoutMs, what: `the panel to list the team's "${title}" marked Team` },
  );
}

/** The panel inserts the team template into the reply box, filled in with the case's facts. */
export async function insertTeamTemplateFromPanel(driver: TeamPolicyDriver): Promise<string> {
  await driver.conversation.run((selector) => {
    document.querySelector<HTMLTextAreaElement>(selector)!.value = '';
  }, COMPOSER);
  if (!(await driver.panel.run(panelTemplateEntry, TEAM_TEMPLATE_ID, true))) throw new Error('the panel does not list the team template');
  return waitForComposer(
    driver.conversation,
    (value) => value.includes('goodwill gesture our team has approved'),
    'the team reply in the reply box',
    30_000,
  );
}

/** Typing the team's abbreviation in the reply box expands it. */
export async function expandTeamAbbreviation(driver: TeamPolicyDriver): Promise<string> {
  await driver.conversation.run((selector) => {
    const composer = document.querySelector<HTMLTextAreaElement>(selector)!;
    composer.focus();
    composer.select();
    document.execCommand('delete');
  }, COMPOSER);
  await focusComposerEnd(driver.conversation);
  await driver.conversation.type(`Thanks! ${TEAM_ABBREVIATION}`);
  return waitForComposer(
    driver.conversation,
    (value) => value.startsWith('Thanks! ') && !value.includes(TEAM_ABBREVIATION) && value.includes('goodwill gesture'),
    `${TEAM_ABBREVIATION} to expand`,
    30_000,
  );
}

export interface OptionsTeamView {
  /** The list entry's hint ("Team · …"). */
  hint: string;
  titleReadOnly: boolean;
  bodyReadOnly: boolean;
  buttons: string[];
}

/** Runs in the options page: clicks the list entry whose title starts with `title`; its hint, null when not listed. */
function openOptionsEntry(title: string): string | null {
  const entry = [...document.querySelectorAll<HTMLElement>('.template-entry')].find((button) =>
    button.querySelector('.template-entry__title')?.textContent?.startsWith(title),
  );
  if (!entry) return null;
  entry.click();
  return entry.querySelector('.hint')?.textContent ?? '';
}

/** Runs in the options page: what the editor lets an agent do with the template titled `title`; null until it shows it. */
function optionsEditorOf(title: string): Omit<OptionsTeamView, 'hint'> | null {
  const form = document.querySelector('.templates-editor__form');
  const titleField = document.querySelector<HTMLInputElement>('#template-title');
  if (!form || titleField?.value !== title) return null;
  return {
    titleReadOnly: titleField.readOnly,
    bodyReadOnly: form.querySelector('textarea')?.readOnly ?? false,
    buttons: [...form.querySelectorAll('button')].map((button) => (button.textContent ?? '').trim()),
  };
}

/** Opens the team template in the options page's editor and reads what an agent can do with it. */
export async function openTeamTemplateInOptions(driver: TeamPolicyDriver, title: string): Promise<OptionsTeamView> {
  await driver.openOptions();
  const hint = await waitFor(async () => (await driver.options.run(openOptionsEntry, title)) ?? undefined, {
    timeoutMs: 20_000,
    what: `the options page to list "${title}"`,
  });
  const editor = await waitFor(async () => (await driver.options.run(optionsEditorOf, title)) ?? undefined, {
    timeoutMs: 10_000,
    what: 'the editor to open the team template',
  });
  return { hint, ...editor };
}

/** The first look, the same in both browsers once the policy is delivered: listed, inserted, expanded, read-only. */
export async function expectTeamTemplateInUse(driver: TeamPolicyDriver): Promise<void> {
  await driver.openConversation();
  await waitForPanelTitle(driver, 'Team: goodwill voucher', 30_000);
  expect(await insertTeamTemplateFromPanel(driver)).toMatch(/^Hello \S+, as a goodwill gesture/);
  expect(await expandTeamAbbreviation(driver)).toMatch(/^Thanks! Hello \S+, as a goodwill gesture/);
  const options = await openTeamTemplateInOptions(driver, 'Team: goodwill voucher');
  expect(options.hint).toMatch(/^Team · /);
  expect(options).toMatchObject({ titleReadOnly: true, bodyReadOnly: true });
  expect(options.buttons).toContain('Duplicate as mine');
  expect(options.buttons).not.toContain('Save');
  expect(options.buttons).not.toContain('Delete');
}

/** The options page's report of a policy that failed the check: the alert's text, '' while there is none. */
export async function optionsPolicyProblem(driver: TeamPolicyDriver): Promise<string> {
  return driver.options.run(() => document.querySelector('.team-policy__problem')?.textContent ?? '');
}

export async function waitForOptionsPolicyProblem(driver: TeamPolicyDriver, timeoutMs: number): Promise<string> {
  return waitFor(async () => (await optionsPolicyProblem(driver)) || undefined, {
    timeoutMs,
    what: "the options page to report the team policy's problem",
  });
}

export { composerValue };

/** Runs in the panel: the reply language switch's options and its "not offered" notice, once that notice shows. */
function replyLanguageNotice(): { options: string[]; notice: string } | null {
  const notice = document.querySelector('.reply-language__not-offered');
  if (!notice) return null;
  const options = [...document.querySelectorAll('#reply-language option')].map((option) => (option.textContent ?? '').trim());
  return { options, notice: notice.textContent ?? '' };
}

/** Runs in a page: the text of the first element matching `selector`, '' when absent. */
function textAt(selector: string): string {
  return document.querySelector(selector)?.textContent ?? '';
}

/** Runs in a page: the trimmed texts of every button matching `selector`. */
function buttonTexts(selector: string): string[] {
  return [...document.querySelectorAll(selector)].map((button) => (button.textContent ?? '').trim());
}

/** The options and notice of the panel's reply language switch, once the notice of a language the team does not offer shows. */
async function panelLanguageUnderTeam(driver: TeamPolicyDriver, timeoutMs: number): Promise<{ options: string[]; notice: string }> {
  return waitFor(async () => (await driver.panel.run(replyLanguageNotice)) ?? undefined, {
    timeoutMs,
    what: "the panel to say the case's language is not one the team offers",
  });
}

/** How many templates of the agent's own the extension's database holds. */
async function storedOwnTemplates(): Promise<number> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const open = indexedDB.open('returndesk');
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error ?? new Error('indexedDB.open failed'));
  });
  const count = await new Promise<number>((resolve, reject) => {
    const request = db.transaction('userTemplates').objectStore('userTemplates').count();
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('count failed'));
  });
  db.close();
  return count;
}

/**
 * Under restrictedTeamPolicy, once delivered: the panel's language switch lists only the team's languages and says
 * the case's own is not among them; the options page says own templates are off, offers no New template, and
 * refuses a file holding one, storing nothing.
 */
export async function expectRestrictedPolicyEnforced(driver: TeamPolicyDriver, timeoutMs: number): Promise<void> {
  await driver.openConversation();
  await waitForPanelTitle(driver, RESTRICTED_TITLE, timeoutMs);
  const language = await panelLanguageUnderTeam(driver, 20_000);
  expect(language.options.slice(1)).toEqual(['Français', 'Deutsch']);
  expect(language.notice).toMatch(/\(English\) is not among your team's reply languages: replies are in Français/);

  await driver.openOptions();
  const note = await waitFor(async () => (await driver.options.run(textAt, '.own-templates-off')) || undefined, {
    timeoutMs: 20_000,
    what: 'the options page to say own templates are off',
  });
  expect(note).toMatch(/^Your team has turned off templates of your own/);
  const buttons = await driver.options.run(buttonTexts, '.templates-editor button');
  expect(buttons).not.toContain('New template');
  const before = await driver.options.run(storedOwnTemplates);
  const template = { id: 'my-refund', title: 'My refund', folder: 'Mine', tags: [], bodies: { 'en-gb': 'Hi', 'en-us': 'Hi' } };
  await driver.options.setInputFile('#template-import', {
    name: 'mine.json',
    mimeType: 'application/json',
    content: JSON.stringify({ format: 'returndesk-templates', version: 1, templates: [template], overrides: [] }),
  });
  const refusal = await waitFor(
    async () => (await driver.options.run(textAt, '[role="alert"][aria-label="Import problems"]')) || undefined,
    { timeoutMs: 10_000, what: 'the import to be refused' },
  );
  expect(refusal).toMatch(
    /^Nothing was imported: your team's policy turns off templates of your own, and this file holds 1 template \(My refund\)/,
  );
  expect(await driver.options.run(storedOwnTemplates)).toBe(before);
}
