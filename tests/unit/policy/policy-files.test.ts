import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkPolicyDocument, chromePolicyFile, firefoxPoliciesFile, policiesIn, teamPolicyFromExport } from '@/utils/policy/policy-files';
import { GECKO_ID } from '@/utils/build-constants';
import { checkTeamPolicy } from '@/utils/policy/team-policy';
import { parseTemplateFile } from '@/utils/templates/import-export';

const bodies = { 'en-gb': 'Hi {{first_name}}', 'en-us': 'Hi {{first_name}}' };
const exported = {
  format: 'returndesk-templates',
  version: 3,
  templates: [{ id: 'my-refund', title: 'Refund sent', folder: 'Mine', tags: [], abbreviation: ';refund', bodies }],
  overrides: [
    { id: 'return-label-dpd-uk', hidden: true, edit: null },
    { id: 'imei-request', hidden: false, edit: { title: 'IMEI, our way', folder: 'IMEI', tags: [], bodies } },
  ],
  macros: [
    {
      id: 'my-refund-macro',
      name: 'Refund',
      chord: 'alt+7',
      steps: [
        { kind: 'insert-template', templateId: 'my-refund' },
        { kind: 'insert-template', templateId: 'imei-request' },
      ],
    },
  ],
  macroOverrides: [{ id: 'copy-waybill', chord: null, hidden: true }],
  taughtSelectors: { backoffice: { composer: { selector: 'textarea.reply', taughtAt: '2026-12-01T10:00:00Z' } } },
};

describe('a library export as the team policy (npm run policy -- export)', () => {
  const parsed = parseTemplateFile(JSON.stringify(exported), undefined, () => true);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  const { policy, notes } = teamPolicyFromExport(parsed.file);

  it('makes the agent’s templates and macros the team’s, with steps following the new ids', () => {
    expect(checkTeamPolicy(policy).ok).toBe(true);
    expect(policy.templates?.map((template) => [template.id, template.abbreviation])).toEqual([
      ['team-refund', ';refund'],
      // An edited built-in becomes the team's version, with the shipped abbreviation, and replaces the built-in.
      ['team-imei-request', ';imei'],
    ]);
    expect(policy.macros?.[0]).toMatchObject({ id: 'team-refund-macro', chord: 'Alt+7' });
    expect(policy.macros?.[0]?.steps.map((step) => step.templateId)).toEqual(['team-refund', 'team-imei-request']);
    expect(policy.hiddenBuiltins).toEqual(['copy-waybill', 'imei-request', 'return-label-dpd-uk']);
    expect(policy.selectorOverrides).toEqual({ backoffice: { composer: 'textarea.reply' } });
    expect(notes).toEqual([]);
  });

  it('wraps it for each browser, and the check finds it there with paths from the file’s root', () => {
    expect(checkPolicyDocument(JSON.stringify(chromePolicyFile(policy, 'abc')))).toEqual([]);
    expect(checkPolicyDocument(JSON.stringify(firefoxPoliciesFile(policy)))).toEqual([]);
    const broken = firefoxPoliciesFile({ retentionDays: 0 }, 'returndesk@returndesk.app');
    expect(checkPolicyDocument(JSON.stringify(broken)).map((error) => error.path)).toEqual([
      '$.policies["3rdparty"].Extensions["returndesk@returndesk.app"].retentionDays',
    ]);
    expect(checkPolicyDocument('{ not json').map((error) => error.path)).toEqual(['$']);
  });

  it('reports a team macro on a chord the browser keeps, with its path, from the command line too (exit code 2)', () => {
    const file = chromePolicyFile(
      { macros: [{ id: 'team-tab', name: 'New tab?', chord: 'Ctrl+T', steps: [{ kind: 'check-photos' }] }] },
      'abcdefghijklmnopabcdefghijklmnop',
    );
    const path = '$["3rdparty"].extensions.abcdefghijklmnopabcdefghijklmnop.macros[0].chord';
    expect(checkPolicyDocument(JSON.stringify(file)).map((error) => error.path)).toEqual([path]);
    const dir = mkdtempSync(join(tmpdir(), 'returndesk-policy-'));
    try {
      writeFileSync(join(dir, 'chrome.json'), JSON.stringify(file));
      const child = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/policy.ts', 'check', join(dir, 'chrome.json')], {
        cwd: process.cwd(),
        encoding: 'utf8',
      });
      expect(child.status).toBe(2);
      expect(child.stdout).toContain(`${path}: Ctrl+T opens a new tab`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('README, "Rolling out to a team"', () => {
  const readme = readFileSync(join(process.cwd(), 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## Rolling out to a team'), readme.indexOf('## Keyboard'));
  const examples = [...section.matchAll(/```json\n([\s\S]*?)```/g)].map((match) => match[1]!);

  it('gives a Chrome policy file and a Firefox policies.json that pass the check', () => {
    expect(examples).toHaveLength(2);
    for (const example of examples) {
      expect(checkPolicyDocument(example)).toEqual([]);
      expect(policiesIn(JSON.parse(example))[0]!.path).not.toBe('$');
    }
  });

  it('states the Firefox add-on id and how to check what each browser received', () => {
    expect(section).toContain(GECKO_ID);
    expect(section).toContain('chrome://policy');
    expect(section).toContain('about:policies');
    expect(section).toContain('HKLM\\Software\\Policies\\Google\\Chrome\\3rdparty\\extensions\\');
  });
});
