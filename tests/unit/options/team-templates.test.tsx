import { afterEach, describe, expect, it } from 'vitest';
import { act } from 'preact/test-utils';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { TemplatesEditor } from '@/entrypoints/options/templates-editor';
import { TeamPolicySection } from '@/entrypoints/options/team-policy-section';
import { ReturnDeskDatabase } from '@/utils/db';
import { loadStoredLibrary } from '@/utils/templates/library-store';
import { lastGoodTeamPolicyItem } from '@/utils/extension/storage-items';
import type { TeamPolicy } from '@/utils/policy/team-policy';
import { button, click, mount, queryButton, textOf, unmount, until } from './dom';

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

/** What the browser's managed storage holds: the administrator's policy as this browser delivered it. */
const deploy = (managed: unknown) => {
  (fakeBrowser.storage.managed as unknown as { get: () => Promise<unknown> }).get = async () => structuredClone(managed);
};

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

  it('offer no New template nor Duplicate when the team allows no templates of the agent’s own', async () => {
    deploy(policy({ allowOwnTemplates: false }));
    const db = new ReturnDeskDatabase(`options-team-${Date.now()}-${counter++}`);
    container = mount(<TemplatesEditor db={db} />);
    await until(() => expect(entry(container!, 'Team voucher')).toBeDefined());
    expect(button(container, 'New template').disabled).toBe(true);
    await click(entry(container, 'Team voucher')!);
    await until(() => expect(container!.querySelector('.templates-editor__form')).not.toBeNull());
    expect(queryButton(container, 'Duplicate as mine')).toBeUndefined();
  });
});

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

  it('tells the agent which of their abbreviations the team took', async () => {
    deploy(policy({ templates: [{ id: 'team-dhl', title: 'Team DHL', abbreviation: ';dhl', bodies }] }));
    await act(async () => {
      container = mount(<TeamPolicySection />);
    });
    await until(() => expect(textOf(container!)).toMatch(/;dhl now inserts the team's “Team DHL”, not the built-in/));
  });
});
