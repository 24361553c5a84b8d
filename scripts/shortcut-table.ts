/**
 * Writes the README's shortcut table (between `<!-- shortcuts:start -->` and `<!-- shortcuts:end -->`) from the
 * keyboard registry, the built-in macros and the built-in templates' abbreviations.
 *
 *   npm run shortcuts              rewrite the README
 *   npm run shortcuts -- --check   exit 1 when the README is stale (a unit test checks the same)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { shortcutMarkdown, shortcutRows, replaceShortcutSection } from '../utils/keyboard/shortcut-table';
import { builtinMacros } from '../utils/macros/registry';
import { builtinTemplates } from '../utils/templates/registry';

export const README_PATH = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'README.md');

/** The generated block as it should read now. */
export function expectedShortcutMarkdown(): string {
  const abbreviations = builtinTemplates.flatMap((template) =>
    template.abbreviation ? [{ abbreviation: template.abbreviation, templateId: template.id, title: template.title }] : [],
  );
  return shortcutMarkdown(shortcutRows({ macros: builtinMacros }), abbreviations);
}

function main(args: readonly string[]): number {
  const readme = readFileSync(README_PATH, 'utf8');
  const updated = replaceShortcutSection(readme, expectedShortcutMarkdown());
  if (updated === null) {
    console.error('README.md has no <!-- shortcuts:start --> … <!-- shortcuts:end --> block: add the markers where the table goes.');
    return 2;
  }
  if (args.includes('--check')) {
    if (updated === readme) return 0;
    console.error('The README shortcut table is stale: run `npm run shortcuts`.');
    return 1;
  }
  if (updated !== readme) writeFileSync(README_PATH, updated);
  console.log(updated === readme ? 'README shortcut table already up to date.' : 'README shortcut table rewritten.');
  return 0;
}

const invokedDirectly = process.argv[1] !== undefined && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href;
if (invokedDirectly) process.exitCode = main(process.argv.slice(2));
