/**
 * `npm run policy -- export FILE [--out DIR] [--chrome-id ID] [--gecko-id ID]`: turns a library export (the options
 * page's *Export*) into the team policy for both browsers. Printed as `{ "chrome": …, "firefox": … }`; with --out,
 * written as DIR/returndesk.json (for Chrome's managed policy folder) and DIR/policies.json (Firefox).
 *
 * `npm run policy -- check FILE`: checks a team policy (bare, in a Chrome policy file, or in a Firefox
 * policies.json) with the same schema as the extension; prints each failing path. Exit code 0 valid, 2 invalid,
 * 1 for a usage or file error.
 *
 * `npm run policy -- schema`: writes public/managed-schema.json, Chrome's managed schema, from the zod schema.
 *
 * Logic in utils/policy/; this file only reads, writes and prints.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describeImportError, parseTemplateFile } from '../utils/templates/import-export';
import { checkTeamPolicy } from '../utils/policy/team-policy';
import { serializeManagedSchema } from '../utils/policy/chrome-schema';
import {
  checkPolicyDocument,
  chromePolicyFile,
  CHROME_ID_PLACEHOLDER,
  firefoxPoliciesFile,
  teamPolicyFromExport,
} from '../utils/policy/policy-files';
import { GECKO_ID } from '../utils/build-constants';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const USAGE = 'usage: npm run policy -- export FILE [--out DIR] [--chrome-id ID] [--gecko-id ID] | check FILE | schema';

function option(args: string[], name: string): string | undefined {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

function main(args: string[]): number {
  const [command, file] = args;
  if (command === 'schema') {
    fs.writeFileSync(path.join(repoRoot, 'public/managed-schema.json'), serializeManagedSchema());
    console.error('wrote public/managed-schema.json');
    return 0;
  }
  if ((command !== 'export' && command !== 'check') || !file) {
    console.error(USAGE);
    return 1;
  }
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    console.error(`${file}: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
  if (command === 'check') {
    const errors = checkPolicyDocument(text);
    for (const error of errors) console.log(describeImportError(error));
    console.error(errors.length === 0 ? `${file}: valid` : `${file}: ${errors.length} problem(s)`);
    return errors.length === 0 ? 0 : 2;
  }
  const parsed = parseTemplateFile(text, undefined, () => true);
  if (!parsed.ok) {
    for (const error of parsed.errors) console.log(describeImportError(error));
    console.error(`${file}: not a library export ReturnDesk can read`);
    return 2;
  }
  const { policy, notes } = teamPolicyFromExport(parsed.file);
  for (const note of notes) console.error(`note: ${note}`);
  const checked = checkTeamPolicy(policy);
  if (!checked.ok) {
    for (const error of checked.errors) console.log(describeImportError(error));
    console.error(`${file}: the team policy made from it fails the check`);
    return 2;
  }
  const chromeId = option(args, '--chrome-id');
  if (!chromeId)
    console.error(
      `note: no --chrome-id: the Chrome file names ${CHROME_ID_PLACEHOLDER}; put the extension's id there (chrome://extensions)`,
    );
  const chrome = chromePolicyFile(policy, chromeId ?? CHROME_ID_PLACEHOLDER);
  const firefox = firefoxPoliciesFile(policy, option(args, '--gecko-id') ?? GECKO_ID);
  const out = option(args, '--out');
  if (!out) {
    process.stdout.write(json({ chrome, firefox }));
    return 0;
  }
  fs.mkdirSync(out, { recursive: true });
  fs.writeFileSync(path.join(out, 'returndesk.json'), json(chrome));
  fs.writeFileSync(path.join(out, 'policies.json'), json(firefox));
  console.error(`wrote ${path.join(out, 'returndesk.json')} (Chrome) and ${path.join(out, 'policies.json')} (Firefox)`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
