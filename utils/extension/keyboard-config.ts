import { browser } from 'wxt/browser';
import { ReturnDeskDatabase } from '../db';
import { builtinTemplates } from '../templates/registry';
import { EMPTY_LIBRARY, mergeLibrary, type LibraryTemplate } from '../templates/library';
import { builtinMacros } from '../macros/registry';
import { EMPTY_MACROS, mergeMacros, type LibraryMacro } from '../macros/library';
import { loadLayeredMacros, loadLayeredTemplates } from './layered-library';
import { loadLastGoodTeamPolicy } from './team-policy';
import { COMMANDS, commandIdForManifestName, type TargetBrowser } from '../keyboard/commands';
import { paletteItems } from '../keyboard/palette';
import { buildPageKeyMap, type ManifestChord } from '../keyboard/keymap';
import { checkAbbreviations } from '../keyboard/abbreviations';
import { helpEntries, shortcutRows } from '../keyboard/shortcut-table';
import type { KeyboardConfig, RunRequest } from '../messages';
import type { PaletteEntry } from '../keyboard/palette';
import { applyInterfaceLanguage } from './interface-language';

/**
 * What the platform page needs to know about the keyboard: chords, abbreviations, palette entries and the help
 * rows. They live in IndexedDB (macros, the agent's templates), which a content script cannot open (it would be
 * the site's database), so the background assembles them on request.
 */

export function assembleKeyboardConfig(input: {
  templates: readonly LibraryTemplate[];
  macros: readonly LibraryMacro[];
  manifestChords: readonly ManifestChord[];
  browser: TargetBrowser;
}): KeyboardConfig {
  const { bindings } = buildPageKeyMap({ macros: input.macros, manifestChords: input.manifestChords });
  const chordOf = new Map<string, string>();
  const boundRequests: KeyboardConfig['bindings'] = [];
  for (const [chord, binding] of bindings) {
    const request: RunRequest = binding.kind === 'macro' ? { kind: 'macro', id: binding.id } : { kind: 'command', id: binding.id };
    boundRequests.push({ chord, request });
    chordOf.set(`${binding.kind}:${binding.id}`, chord);
  }
  // Abbreviations that clash (duplicates, one a prefix of another) are left out, as the options page reports.
  const withAbbreviation = input.templates.filter((template) => template.abbreviation);
  const clashing = new Set(
    checkAbbreviations(
      withAbbreviation.map((template) => ({ templateId: template.id, title: template.title, abbreviation: template.abbreviation! })),
    ).map((error) => error.templateId),
  );
  const abbreviations = withAbbreviation
    .filter((template) => !clashing.has(template.id))
    .map((template) => ({ abbreviation: template.abbreviation!, templateId: template.id }));

  const manifestKeys = new Map<string, string>();
  for (const chord of input.manifestChords) {
    if (typeof chord === 'string') continue;
    const id = commandIdForManifestName(chord.name);
    if (id) manifestKeys.set(id, chord.chord);
  }
  const palette: PaletteEntry[] = paletteItems({ commands: COMMANDS, templates: input.templates, macros: input.macros }).map(
    ({ key: _key, ...entry }) => ({
      ...entry,
      label: entry.label.slice(0, 200),
      detail: entry.detail.slice(0, 300),
      keywords: entry.keywords?.slice(0, 1000),
      // Only chords that are really bound on the page (a clashing macro chord is not).
      chord: entry.kind === 'command' ? (manifestKeys.get(entry.id) ?? null) : (chordOf.get(`${entry.kind}:${entry.id}`) ?? null),
    }),
  );
  const help = helpEntries(shortcutRows({ macros: input.macros, manifestKeys }), input.browser).map((row) => ({
    keys: row.keys.slice(0, 100),
    action: row.action.slice(0, 200),
    where: row.where.slice(0, 100),
  }));
  return { bindings: boundRequests, abbreviations, palette, help };
}

let database: ReturnDeskDatabase | undefined;

export async function loadKeyboardConfig(): Promise<KeyboardConfig> {
  database ??= new ReturnDeskDatabase();
  // The palette's and the help's labels, in the interface's language (the page shows them as given).
  await applyInterfaceLanguage().catch(() => undefined);
  // The team's policy first: its abbreviations and chords win clashes (utils/library/layers.ts). The last good one,
  // kept by the extension pages and the background: the page asks for this as it loads and must not wait.
  const [templates, macros, commands] = await Promise.all([
    loadLayeredTemplates(database, {}, loadLastGoodTeamPolicy).then(
      (layered) => layered.templates,
      () => mergeLibrary(builtinTemplates, EMPTY_LIBRARY),
    ),
    loadLayeredMacros(database, {}, loadLastGoodTeamPolicy).then(
      (layered) => layered.macros,
      () => mergeMacros(builtinMacros, EMPTY_MACROS),
    ),
    browser.commands.getAll().catch(() => []),
  ]);
  const manifestChords: ManifestChord[] = commands.flatMap((command) =>
    command.name && command.shortcut ? [{ name: command.name, chord: command.shortcut }] : [],
  );
  return assembleKeyboardConfig({
    templates,
    macros,
    manifestChords,
    browser: import.meta.env.FIREFOX ? 'firefox' : 'chrome',
  });
}
