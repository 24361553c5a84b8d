import { describe, expect, it } from 'vitest';
import { layerMacros, layerTemplates, unboundTeamMacros } from '@/utils/library/layers';
import { builtinTemplates } from '@/utils/templates/registry';
import { builtinMacros } from '@/utils/macros/registry';
import { EMPTY_LIBRARY, type StoredLibrary } from '@/utils/templates/library';
import { EMPTY_MACROS, type StoredMacros } from '@/utils/macros/library';
import type { TeamPolicy } from '@/utils/policy/team-policy';

const bodies = { 'en-gb': 'Hello {{first_name}}', 'en-us': 'Hello {{first_name}}' };
const teamTemplate = (id: string, abbreviation?: string) => ({
  id,
  title: `Team ${id}`,
  bodies,
  ...(abbreviation ? { abbreviation } : {}),
});
const mine: StoredLibrary = {
  userTemplates: [{ id: 'my-refund', title: 'My refund', folder: 'Mine', tags: [], abbreviation: ';refund', bodies, updatedAt: 1 }],
  overrides: [],
};

describe('the library in layers: team, the agent, the built-ins', () => {
  it("lists the team's templates first, read-only, then the agent's own, then the built-ins", () => {
    const { templates, shadowed } = layerTemplates(builtinTemplates, mine, { templates: [teamTemplate('team-welcome', ';welcome')] });
    expect(templates[0]).toMatchObject({ id: 'team-welcome', source: 'team', folder: 'Team', abbreviation: ';welcome' });
    expect(templates[1]).toMatchObject({ id: 'my-refund', source: 'user' });
    expect(templates.slice(2).every((template) => template.source === 'builtin')).toBe(true);
    expect(templates.filter((template) => template.source === 'builtin')).toHaveLength(builtinTemplates.length);
    expect(shadowed).toEqual([]);
  });

  it('with no policy, is exactly the library an agent had before', () => {
    const { templates } = layerTemplates(builtinTemplates, mine, {});
    expect(templates.every((template) => template.source !== 'team')).toBe(true);
    expect(templates).toHaveLength(builtinTemplates.length + 1);
  });

  it('gives a clashing abbreviation to the team and tells the agent which of theirs lost it', () => {
    const { templates, shadowed } = layerTemplates(builtinTemplates, mine, { templates: [teamTemplate('team-refund', ';refund')] });
    const own = templates.find((template) => template.id === 'my-refund')!;
    expect(own.abbreviation).toBeUndefined();
    expect(own.shadowedBy).toBe('team-refund');
    expect(shadowed).toEqual([
      expect.objectContaining({ kind: 'abbreviation', id: 'my-refund', key: ';refund', owner: 'user', teamId: 'team-refund' }),
    ]);
    expect(shadowed[0]!.message).toMatch(/;refund now inserts the team's “Team team-refund”, not your “My refund”/);
  });

  it('takes a built-in abbreviation that is a prefix of the team one, or starts with it', () => {
    // ;dhl (built-in) would fire before ;dhlx could be typed; ;dh (team) would fire before ;dhl.
    for (const team of [';dhlx', ';dh']) {
      const { templates, shadowed } = layerTemplates(builtinTemplates, EMPTY_LIBRARY, { templates: [teamTemplate('team-dhl', team)] });
      expect(templates.find((template) => template.id === 'return-label-dhl-pickup')!.abbreviation).toBeUndefined();
      expect(shadowed.map((entry) => [entry.key, entry.owner])).toContainEqual([';dhl', 'builtin']);
    }
  });

  it('leaves abbreviations that merely share letters alone', () => {
    const { shadowed } = layerTemplates(builtinTemplates, mine, { templates: [teamTemplate('team-x', ';xdhl')] });
    expect(shadowed).toEqual([]);
  });

  it('hides the built-ins the team hides (listed, marked, only when the editor asks for hidden ones)', () => {
    const policy: TeamPolicy = { hiddenBuiltins: ['return-label-dpd-uk'] };
    expect(
      layerTemplates(builtinTemplates, EMPTY_LIBRARY, policy).templates.some((template) => template.id === 'return-label-dpd-uk'),
    ).toBe(false);
    const listed = layerTemplates(builtinTemplates, EMPTY_LIBRARY, policy, { includeHidden: true }).templates.find(
      (template) => template.id === 'return-label-dpd-uk',
    );
    expect(listed).toMatchObject({ hidden: true, hiddenByTeam: true });
  });

  it('leaves out the agent’s own templates when the team allows none', () => {
    const { templates } = layerTemplates(builtinTemplates, mine, { allowOwnTemplates: false });
    expect(templates.some((template) => template.source === 'user')).toBe(false);
  });
});

describe('macros in layers', () => {
  const myMacros: StoredMacros = {
    userMacros: [{ id: 'my-quick', name: 'My quick one', chord: 'Alt+7', steps: [{ kind: 'check-photos' }], updatedAt: 1 }],
    macroOverrides: [],
  };

  it('gives a chord to the team macro; the agent’s macro and the built-in lose theirs, each named', () => {
    const policy: TeamPolicy = {
      macros: [
        { id: 'team-seven', name: 'Team seven', chord: 'alt+7', steps: [{ kind: 'read-numbers' }] },
        { id: 'team-one', name: 'Team one', chord: 'Alt+1', steps: [{ kind: 'insert-template', templateId: 'imei-request' }] },
      ],
    };
    const { macros, shadowed } = layerMacros(builtinMacros, myMacros, policy);
    expect(macros.slice(0, 2)).toMatchObject([
      { id: 'team-seven', chord: 'Alt+7', team: true },
      { id: 'team-one', chord: 'Alt+1', steps: [{ kind: 'insert-template', templateId: 'imei-request' }] },
    ]);
    expect(macros[2], "the agent's own come after the team's, before the built-ins").toMatchObject({
      id: 'my-quick',
      chord: null,
      shadowedBy: 'team-seven',
    });
    expect(macros.slice(3).every((macro) => macro.builtin)).toBe(true);
    expect(macros.find((macro) => macro.id === 'request-missing-photos')).toMatchObject({ chord: null, shadowedBy: 'team-one' });
    expect(shadowed.map((entry) => [entry.id, entry.owner])).toEqual([
      ['request-missing-photos', 'builtin'],
      ['my-quick', 'user'],
    ]);
  });

  it('hides built-in macros the team hides', () => {
    const { macros } = layerMacros(builtinMacros, EMPTY_MACROS, { hiddenBuiltins: ['copy-waybill'] });
    expect(macros.some((macro) => macro.id === 'copy-waybill')).toBe(false);
  });
});

describe("the team's macros a browser shortcut on this machine leaves unbound", () => {
  it('are named with the shortcut that took their keys; the agent’s own and the team’s free ones are not listed', () => {
    const { macros } = layerMacros(builtinMacros, EMPTY_MACROS, {
      macros: [
        { id: 'team-check', name: 'Team check', chord: 'Alt+Shift+L', steps: [{ kind: 'check-photos' }] },
        { id: 'team-free', name: 'Team free', chord: 'Alt+Shift+7', steps: [{ kind: 'read-numbers' }] },
      ],
    });
    const unbound = unboundTeamMacros(macros, [{ name: 'Check the conversation', chord: 'Alt+Shift+L' }]);
    expect(unbound.map((error) => [error.command, error.message])).toEqual([
      ['team-check', 'Alt+Shift+L is the browser shortcut for “Check the conversation”'],
    ]);
    expect(unboundTeamMacros(macros, [])).toEqual([]);
  });
});
