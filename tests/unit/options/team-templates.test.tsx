import { afterEach, describe, expect, it, vi } from 'vitest';
import { act } from 'preact/test-utils';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { TemplatesEditor } from '@/entrypoints/options/templates-editor';
import { TeamPolicySection } from '@/entrypoints/options/team-policy-section';
import { ReturnDeskDatabase } from '@/utils/db';
import { loadStoredLibrary } from '@/utils/templates/library-store';
import { loadStoredMacros } from '@/utils/macros/store';
import { lastGoodTeamPolicyItem } from '@/utils/extension/storage-items';
import type { TeamPolicy } from '@/utils/policy/team-policy';
import { button, click, deployTeamPolicy, mount, queryButton, textOf, unmount, until } from './dom';

const bodies = { 'en-gb': 'Hello {{first_name}}', 'en-us': 'Hello {{first_name}}' };
const policy = (extra: Partial<TeamPolicy> = {}): TeamPolicy => ({
  templates: [{ id: 'team-voucher', title: 'Team voucher', abbreviation: ';voucher', bodies }],
  ...extra,
});

let counter = 0;
let container: HTMLElement | undefined;
afterEach(() => {
  if (container) unmount(container);
  container = undefined;
});

const deploy = deployTeamPolicy;

const entry = (view: HTMLElement, title: string) =>
  [...view.querySelectorAll<HTMLButtonElement>('.template-entry')].find((candidate) =>
    textOf(candidate.querySelector('.template-entry__title')!).startsWith(title),
  );

describe("the team's templates in the options page", () => {
  it('are listed as Team and open read-only; Duplicate as mine makes a copy of the agent’s own', async () => {
    deploy(policy());
    const db = new ReturnDeskDatabase(`options-team-${Date.now()}-${counter++}`);
    container = mount(<TemplatesEditor db={db} />);
    await until(() => expect(entry(container!, 'Team voucher')).toBeDefined());
    expect(textOf(entry(container, 'Team voucher')!.querySelector('.hint')!)).toMatch(/^Team · /);
    await click(entry(container, 'Team voucher')!);
    await until(() => expect(container!.querySelector<HTMLInputElement>('#template-title')?.value).toBe('Team voucher'));
    expect(container.querySelector<HTMLInputElement>('#template-title')!.readOnly).toBe(true);
    expect(container.querySelector<HTMLTextAreaElement>('.templates-editor__form textarea')!.readOnly).toBe(true);
    expect(queryButton(container, 'Save')).toBeUndefined();
    expect(queryButton(container, 'Delete')).toBeUndefined();
    await click(button(container, 'Duplicate as mine'));
    await until(async () =>
      expect((await loadStoredLibrary(db)).userTemplates.map((template) => template.id)).toEqual(['my-team-voucher-copy']),
    );
    expect((await loadStoredLibrary(db)).userTemplates[0]).toMatchObject({ title: 'Team voucher (copy)', abbreviation: null });
  });

  it('say own templates are off and offer no New template nor Duplicate when the team allows none', async () => {
    deploy(policy({ allowOwnTemplates: false }));
    const db = new ReturnDeskDatabase(`options-team-${Date.now()}-${counter++}`);
    container = mount(<TemplatesEditor db={db} />);
    await until(() => expect(entry(container!, 'Team voucher')).toBeDefined());
    await until(() => expect(queryButton(container!, 'New template')).toBeUndefined());
    expect(textOf(container.querySelector('.own-templates-off')!)).toMatch(/^Your team has turned off templates of your own/);
    await click(entry(container, 'Team voucher')!);
    await until(() => expect(container!.querySelector('.templates-editor__form')).not.toBeNull());
    expect(queryButton(container, 'Duplicate as mine')).toBeUndefined();
  });

  it('refuse a file holding templates when the team allows none, storing nothing; a file of macros alone imports', async () => {
    deploy(policy({ allowOwnTemplates: false }));
    const db = new ReturnDeskDatabase(`options-team-${Date.now()}-${counter++}`);
    container = mount(<TemplatesEditor db={db} />);
    await until(() => expect(queryButton(container!, 'New template')).toBeUndefined());
    const macro = { id: 'my-check', name: 'Check it', chord: null, steps: [{ kind: 'check-photos' }] };
    const template = { id: 'my-refund', title: 'My refund', folder: 'Mine', tags: [], bodies };
    const file = (templates: unknown[]) =>
      JSON.stringify({
        format: 'returndesk-templates',
        version: 3,
        templates,
        overrides: [],
        macros: [macro],
        macroOverrides: [],
        taughtSelectors: {},
      });
    const importProblems = () => container!.querySelector('[aria-label="Import problems"]');

    await importFile(container, 'mine.json', file([template]));
    await until(() => expect(importProblems()).not.toBeNull());
    expect(textOf(importProblems()!)).toBe(
      "Nothing was imported: your team's policy turns off templates of your own, and this file holds 1 template (My refund). Remove it from the file to import its macros, changes to built-ins and taught parts.",
    );
    expect((await loadStoredLibrary(db)).userTemplates).toEqual([]);
    expect((await loadStoredMacros(db)).userMacros).toEqual([]);

    await importFile(container, 'macros.json', file([]));
    await until(() => expect(importProblems()).toBeNull());
    await vi.waitFor(async () => expect((await loadStoredMacros(db)).userMacros.map((stored) => stored.id)).toEqual(['my-check']));
  });
});

/** Gives the import field a file, as the file dialog does. */
async function importFile(view: HTMLElement, name: string, content: string) {
  const input = view.querySelector<HTMLInputElement>('#template-import')!;
  Object.defineProperty(input, 'files', { configurable: true, value: [new File([content], name, { type: 'application/json' })] });
  await act(async () => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

describe("the options page's report on the team policy", () => {
  it('names each failing path of a broken policy and says the last good team library stays in use', async () => {
    await lastGoodTeamPolicyItem.set(policy());
    deploy(policy({ templates: [{ id: 'team-voucher', title: 'Team voucher', bodies: { ...bodies, 'en-gb': 'Hi {{nope}}' } }] }));
    container = mount(<TeamPolicySection />);
    await until(() => expect(container!.querySelector('[role="alert"]')).not.toBeNull());
    const alert = textOf(container.querySelector('[role="alert"]')!);
    expect(alert).toContain('$.templates[0].bodies["en-gb"]');
    expect(alert).toMatch(/the last good team library stays in use/);
    expect(textOf(container)).toMatch(/1 template, 0 macros/);
  });

  it('names a team macro on a chord the browser keeps as a problem, with its path', async () => {
    deploy(policy({ macros: [{ id: 'team-tab', name: 'Team tab', chord: 'Ctrl+T', steps: [{ kind: 'check-photos' }] }] }));
    container = mount(<TeamPolicySection />);
    await until(() => expect(container!.querySelector('[role="alert"]')).not.toBeNull());
    expect(textOf(container.querySelector('[role="alert"]')!)).toContain('$.macros[0].chord: Ctrl+T opens a new tab');
  });

  it('names the team macros a browser shortcut of this machine leaves without their chord', async () => {
    deploy(policy({ macros: [{ id: 'team-check', name: 'Team check', chord: 'Alt+Shift+L', steps: [{ kind: 'check-photos' }] }] }));
    const commands = fakeBrowser.commands as unknown as { getAll: () => Promise<unknown[]> };
    const original = commands.getAll;
    commands.getAll = async () => [{ name: 'check-conversation', description: 'Check', shortcut: 'Alt+Shift+L' }];
    try {
      container = mount(<TeamPolicySection />);
      await until(() => expect(container!.querySelector('[aria-label="Team macros without their shortcut"]')).not.toBeNull());
      expect(textOf(container.querySelector('[aria-label="Team macros without their shortcut"]')!)).toMatch(
        /^“Team check”: Alt\+Shift\+L is the browser shortcut for “Check the conversation/,
      );
    } finally {
      commands.getAll = original;
    }
  });

  it('tells the agent which of their abbreviations the team took', async () => {
    deploy(policy({ templates: [{ id: 'team-dhl', title: 'Team DHL', abbreviation: ';dhl', bodies }] }));
    await act(async () => {
      container = mount(<TeamPolicySection />);
    });
    await until(() => expect(textOf(container!)).toMatch(/;dhl now inserts the team's “Team DHL”, not the built-in/));
  });
});
