import { GECKO_ID } from '../build-constants';
import { isUserId, USER_ID_PREFIX } from '../templates/library';
import { builtinTemplate, hasBuiltinTemplate } from '../templates/registry';
import { jsonPath, type ImportError, type TemplateFile } from '../templates/import-export';
import { siteAdapters } from '../sites/registry';
import { roleForPart, TEACHABLE_PARTS } from '../sites/teach/taught-parts';
import { checkTeamPolicy, TEAM_ID_PREFIX, type TeamMacro, type TeamPolicy, type TeamTemplate } from './team-policy';

/**
 * The files an administrator deploys (README, "Rolling out to a team"), made from an agent's library export, and
 * the ReturnDesk policy found again in any of them for checking. Pure: `scripts/policy.ts` reads and writes.
 */

/** Until the store listing exists, an exported Chrome file names this and the CLI says to replace it. */
export const CHROME_ID_PLACEHOLDER = 'REPLACE-WITH-THE-CHROME-EXTENSION-ID';

/** `my-refund` (or a file's older `refund`) → `team-refund`; a built-in's id → `team-<id>` (the team's version of it). */
const teamIdOf = (id: string) => `${TEAM_ID_PREFIX}${isUserId(id) ? id.slice(USER_ID_PREFIX.length) : id}`;

export interface ExportConversion {
  policy: TeamPolicy;
  /** What the export holds that a team policy does not carry, one sentence each. */
  notes: string[];
}

/**
 * An agent's library export as a team policy: their templates and macros become the team's (`team-…` ids, steps
 * following), a built-in they edited becomes a team template that replaces it (hidden), built-ins they deleted or
 * hid are hidden for the team, and parts they taught become the team's selector overrides.
 */
export function teamPolicyFromExport(file: TemplateFile): ExportConversion {
  const notes: string[] = [];
  const templates: TeamTemplate[] = file.templates.map(({ id, abbreviation, ...content }) => ({
    id: teamIdOf(id),
    ...content,
    ...(abbreviation ? { abbreviation } : {}),
  }));
  const hidden = new Set<string>();
  const renamed = new Map(file.templates.map((template) => [template.id, teamIdOf(template.id)]));
  for (const override of file.overrides) {
    hidden.add(override.id);
    if (!override.edit || override.hidden) continue;
    const { abbreviation, ...content } = override.edit;
    const kept = abbreviation === undefined && hasBuiltinTemplate(override.id) ? builtinTemplate(override.id).abbreviation : abbreviation;
    templates.push({ id: teamIdOf(override.id), ...content, ...(kept ? { abbreviation: kept } : {}) });
    renamed.set(override.id, teamIdOf(override.id));
  }
  const macros: TeamMacro[] = file.macros.map((macro) => ({
    id: teamIdOf(macro.id),
    name: macro.name,
    ...(macro.description !== undefined ? { description: macro.description } : {}),
    ...(macro.chord ? { chord: macro.chord } : {}),
    steps: macro.steps.map((step) =>
      step.kind === 'insert-template'
        ? { kind: step.kind, templateId: renamed.get(step.templateId) ?? step.templateId }
        : { kind: step.kind },
    ),
  }));
  for (const override of file.macroOverrides) {
    if (override.hidden) hidden.add(override.id);
    else
      notes.push(
        `The built-in macro "${override.id}" keeps its own shortcut: a team cannot rebind a built-in (give a team macro the chord instead).`,
      );
  }
  const selectorOverrides: Record<string, Record<string, string>> = {};
  for (const [adapterId, parts] of Object.entries(file.taughtSelectors)) {
    const adapter = siteAdapters.find((candidate) => candidate.id === adapterId);
    for (const part of TEACHABLE_PARTS) {
      const taught = parts[part];
      if (!taught) continue;
      const role = adapter ? roleForPart(adapter, part) : null;
      if (role) selectorOverrides[adapterId] = { ...selectorOverrides[adapterId], [role]: taught.selector };
      else notes.push(`The part "${part}" taught for "${adapterId}" has no selector role there and is left out.`);
    }
  }
  return {
    policy: {
      ...(templates.length ? { templates } : {}),
      ...(macros.length ? { macros } : {}),
      ...(hidden.size ? { hiddenBuiltins: [...hidden].sort() } : {}),
      ...(Object.keys(selectorOverrides).length ? { selectorOverrides } : {}),
    },
    notes,
  };
}

/** A file for Chrome's policy folder (`/etc/opt/chrome/policies/managed/`, `/etc/chromium/policies/managed/`). */
export const chromePolicyFile = (policy: TeamPolicy, extensionId: string) => ({ '3rdparty': { extensions: { [extensionId]: policy } } });

/** Firefox's `distribution/policies.json` (or `/etc/firefox/policies/policies.json`). */
export const firefoxPoliciesFile = (policy: TeamPolicy, geckoId: string = GECKO_ID) => ({
  policies: { '3rdparty': { Extensions: { [geckoId]: policy } } },
});

export interface FoundPolicy {
  /** Where in the document the ReturnDesk policy sits, as a JSON path (`$` for a bare policy). */
  path: string;
  raw: unknown;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The ReturnDesk policies a document holds: a Chrome policy file (every extension under `3rdparty.extensions`), a
 * Firefox policies.json (every add-on under `policies.3rdparty.Extensions`), or a bare team policy.
 */
export function policiesIn(document: unknown): FoundPolicy[] {
  if (isObject(document) && isObject(document.policies) && isObject(document.policies['3rdparty'])) {
    const extensions = document.policies['3rdparty'].Extensions;
    if (isObject(extensions))
      return Object.entries(extensions).map(([id, raw]) => ({ path: jsonPath(['policies', '3rdparty', 'Extensions', id]), raw }));
  }
  if (isObject(document) && isObject(document['3rdparty'])) {
    const extensions = document['3rdparty'].extensions;
    if (isObject(extensions))
      return Object.entries(extensions).map(([id, raw]) => ({ path: jsonPath(['3rdparty', 'extensions', id]), raw }));
  }
  return [{ path: '$', raw: document }];
}

/** Every problem in a policy document, with paths from the document's root; empty when every policy in it passes. */
export function checkPolicyDocument(text: string): ImportError[] {
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    return [{ path: '$', message: `not valid JSON (${error instanceof Error ? error.message : String(error)})` }];
  }
  return policiesIn(document).flatMap(({ path, raw }) => {
    const checked = checkTeamPolicy(raw);
    return checked.ok ? [] : checked.errors.map((error) => ({ ...error, path: `${path}${error.path.slice(1)}` }));
  });
}
