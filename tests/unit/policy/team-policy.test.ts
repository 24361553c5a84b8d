import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkTeamPolicy } from '@/utils/policy/team-policy';
import { resolveTeamPolicy } from '@/utils/policy/resolve';
import { withTeamPolicy } from '@/utils/policy/effective-settings';
import { repairSettings } from '@/utils/settings';
import { CHROME_SCHEMA_KEYWORDS, CHROME_SCHEMA_TYPES, serializeManagedSchema } from '@/utils/policy/chrome-schema';
import { POLICY_TEST_CHROME_ID, POLICY_TEST_CHROME_KEY } from '@/utils/build-constants';

const bodies = { 'en-gb': 'Hello {{first_name}}', 'en-us': 'Hello {{first_name}}' };
const valid = {
  templates: [{ id: 'team-welcome', title: 'Welcome', abbreviation: ';welcome', bodies }],
  macros: [{ id: 'team-welcome-macro', name: 'Welcome', chord: 'Alt+7', steps: [{ kind: 'insert-template', templateId: 'team-welcome' }] }],
  hiddenBuiltins: ['return-label-dpd-uk'],
  allowOwnTemplates: false,
  selectorOverrides: { backoffice: { composer: 'textarea.reply' } },
  retentionDays: 30,
  retentionFloorDays: 7,
  locales: ['en-gb', 'fr-fr'],
};

const pathsOf = (raw: unknown) => {
  const checked = checkTeamPolicy(raw);
  return checked.ok ? [] : checked.errors.map((error) => error.path);
};

describe('the team policy check', () => {
  it('accepts a complete policy and an empty one (no policy deployed)', () => {
    expect(checkTeamPolicy(valid)).toEqual({ ok: true, policy: valid });
    expect(checkTeamPolicy({}).ok).toBe(true);
    expect(checkTeamPolicy(undefined).ok).toBe(true);
  });

  it('names the failing path of a shape error, an unknown key and an id outside the team namespace', () => {
    expect(pathsOf({ retentionDays: 'thirty' })).toEqual(['$.retentionDays']);
    expect(pathsOf({ retention: 30 })).toEqual(['$']);
    expect(pathsOf({ templates: [{ ...valid.templates[0], id: 'welcome' }] })).toEqual(['$.templates[0].id']);
  });

  it('refuses what the shape cannot say: unknown variables, clashing abbreviations, steps inserting nothing, unknown ids and sites', () => {
    expect(pathsOf({ templates: [{ ...valid.templates[0], bodies: { ...bodies, 'en-gb': 'Hi {{nope}}' } }] })).toEqual([
      '$.templates[0].bodies["en-gb"]',
    ]);
    expect(
      pathsOf({ templates: [valid.templates[0], { id: 'team-welcome-2', title: 'Welcome 2', abbreviation: ';welcomex', bodies }] }),
    ).toEqual(['$.templates[1].abbreviation']);
    expect(pathsOf({ macros: [{ ...valid.macros[0], steps: [{ kind: 'insert-template', templateId: 'team-missing' }] }] })).toEqual([
      '$.macros[0].steps[0].templateId',
    ]);
    expect(pathsOf({ macros: [{ ...valid.macros[0], steps: [{ kind: 'check-photos', templateId: 'imei-request' }] }] })).toEqual([
      '$.macros[0].steps[0].templateId',
    ]);
    expect(pathsOf({ hiddenBuiltins: ['no-such-template'] })).toEqual(['$.hiddenBuiltins[0]']);
    expect(pathsOf({ selectorOverrides: { 'no-such-site': { composer: 'textarea' } } })).toEqual(['$.selectorOverrides["no-such-site"]']);
    expect(pathsOf({ retentionDays: 5, retentionFloorDays: 10 })).toEqual(['$.retentionFloorDays']);
    expect(pathsOf({ templates: [valid.templates[0], valid.templates[0]] })).toContain('$.templates[1].id');
  });

  it('refuses a macro chord the page could never give the macro: one the browser keeps, or one that fires while typing', () => {
    const withChord = (chord: string) => ({ macros: [{ ...valid.macros[0], chord }], templates: valid.templates });
    const checked = checkTeamPolicy(withChord('ctrl+t'));
    expect(checked.ok ? [] : checked.errors).toEqual([
      {
        path: '$.macros[0].chord',
        message: expect.stringMatching(/^Ctrl\+T opens a new tab: the macro would have no shortcut/) as unknown,
      },
    ]);
    expect(pathsOf(withChord('Alt+D'))).toEqual(['$.macros[0].chord']);
    expect(pathsOf(withChord('Shift+R'))).toEqual(['$.macros[0].chord']);
    expect(pathsOf(withChord('Alt+Shift+7'))).toEqual([]);
  });
});

describe('which team policy is in force', () => {
  it('uses a valid policy and asks to keep it as the last good one', () => {
    expect(resolveTeamPolicy(valid, undefined)).toEqual({ policy: valid, problem: null, keep: valid });
    expect(resolveTeamPolicy(valid, valid).keep).toBeNull();
  });

  it('keeps the last good policy in use when the new one fails, and reports why', () => {
    const broken = { templates: [{ ...valid.templates[0], bodies: { ...bodies, 'en-us': '{{#unclosed}}' } }] };
    const state = resolveTeamPolicy(broken, valid);
    expect(state.policy).toEqual(valid);
    expect(state.keep).toBeNull();
    expect(new Set(state.problem?.map((error) => error.path))).toEqual(new Set(['$.templates[0].bodies["en-us"]']));
  });

  it('drops the team library when the administrator removes the policy', () => {
    expect(resolveTeamPolicy({}, valid)).toEqual({ policy: {}, problem: null, keep: {} });
  });
});

/** Every node of a JSON schema, with its path. */
function* nodes(schema: Record<string, unknown>, path = '$'): Generator<[string, Record<string, unknown>]> {
  yield [path, schema];
  for (const [key, child] of Object.entries((schema.properties ?? {}) as Record<string, Record<string, unknown>>))
    yield* nodes(child, `${path}.${key}`);
  for (const [key, child] of Object.entries((schema.patternProperties ?? {}) as Record<string, Record<string, unknown>>))
    yield* nodes(child, `${path}/${key}`);
  if (schema.items) yield* nodes(schema.items as Record<string, unknown>, `${path}[]`);
  if (typeof schema.additionalProperties === 'object') yield* nodes(schema.additionalProperties as Record<string, unknown>, `${path}.*`);
}

describe("Chrome's managed schema (public/managed-schema.json)", () => {
  const checkedIn = readFileSync(join(process.cwd(), 'public/managed-schema.json'), 'utf8');

  it('is the one generated from the zod schema (run `npm run policy -- schema` after changing it)', () => {
    expect(checkedIn).toBe(serializeManagedSchema());
  });

  it("stays inside Chrome's dialect: one type per schema, known keywords only, no top-level additionalProperties", () => {
    const schema = JSON.parse(checkedIn) as Record<string, unknown>;
    expect(schema.type).toBe('object');
    expect(schema).not.toHaveProperty('additionalProperties');
    for (const [path, node] of nodes(schema)) {
      expect(
        Object.keys(node).filter((keyword) => !(CHROME_SCHEMA_KEYWORDS as readonly string[]).includes(keyword)),
        path,
      ).toEqual([]);
      expect(CHROME_SCHEMA_TYPES, path).toContain(node.type);
    }
    expect(Object.keys(schema.properties as object).sort()).toEqual(Object.keys(valid).sort());
  });

  it('names every policy field a team can set, with the export format’s template fields', () => {
    const schema = JSON.parse(checkedIn) as {
      properties: {
        templates: { items: { properties: object } };
        macros: { items: { properties: { steps: { items: { properties: { kind: { enum: string[] } } } } } } };
      };
    };
    expect(Object.keys(schema.properties.templates.items.properties).sort()).toEqual([
      'abbreviation',
      'bodies',
      'folder',
      'id',
      'tags',
      'title',
    ]);
    expect(schema.properties.macros.items.properties.steps.items.properties.kind.enum).toContain('insert-template');
  });
});

it('the policy-test build’s Chrome id is the one its manifest key gives', () => {
  const digest = createHash('sha256').update(Buffer.from(POLICY_TEST_CHROME_KEY, 'base64')).digest('hex').slice(0, 32);
  expect(
    Array.from(digest, (digit) => digit)
      .map((digit) => String.fromCharCode(97 + parseInt(digit, 16)))
      .join(''),
  ).toBe(POLICY_TEST_CHROME_ID);
});

describe('settings with the team policy', () => {
  const settings = repairSettings({
    retentionDays: 90,
    selectorOverrides: { backoffice: { composer: 'textarea.mine', orderId: '#order' } },
    replyLocale: 'de-de',
  }).settings;

  it('keeps retention within the team’s period and floor, team selectors over the agent’s, and only offered reply languages', () => {
    const effective = withTeamPolicy(settings, {
      retentionDays: 30,
      selectorOverrides: { backoffice: { composer: 'textarea.team' } },
      locales: ['en-gb', 'fr-fr'],
    });
    expect(effective.retentionDays).toBe(30);
    expect(effective.selectorOverrides.backoffice).toEqual({ composer: 'textarea.team', orderId: '#order' });
    expect(effective.replyLocale).toBe('auto');
    expect(withTeamPolicy({ ...settings, retentionDays: 2 }, { retentionFloorDays: 7 }).retentionDays).toBe(7);
    expect(withTeamPolicy(settings, {})).toEqual(settings);
  });
});
