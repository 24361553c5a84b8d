import { parseChord, parseKeyMap, RESERVED_CHORDS, type KeyMapEntry, type KeyMapError } from './chords';
import { COMMANDS, commandIdForManifestName, getCommand, HELP_KEY, type CommandDefinition } from './commands';
import { commandText, macroText, t } from '../i18n/translate';

/**
 * The page's key map: the registry's page chords and the agent's macro chords, checked against each other, the
 * chords the browsers and the platform keep, and the browser shortcuts (manifest commands) as the browser
 * currently has them. Every problem comes back as an error naming the macro or command; nothing throws, and one
 * bad chord never costs the others their bindings.
 */

export type PageBinding = { kind: 'macro'; id: string } | { kind: 'command'; id: string };

export interface PageKeyMapError extends KeyMapError {
  kind: PageBinding['kind'];
  /** The macro's name or the command's title, as the agent knows it. */
  name: string;
}

/**
 * A browser shortcut as `commands.getAll()` reports it (`name` is the manifest name, e.g. `_execute_action`, or a
 * title); a bare string when its name is not known.
 */
export type ManifestChord = string | { name: string; chord: string };

export interface PageKeyMapInput {
  macros: readonly { id: string; name: string; chord: string | null }[];
  manifestChords: readonly ManifestChord[];
  commands?: readonly CommandDefinition[];
}

export function buildPageKeyMap({ macros, manifestChords, commands = COMMANDS }: PageKeyMapInput): {
  bindings: Map<string, PageBinding>;
  errors: PageKeyMapError[];
} {
  const reserved = new Map(RESERVED_CHORDS);
  for (const manifest of manifestChords) {
    const { name, chord } = typeof manifest === 'string' ? { name: null, chord: manifest } : manifest;
    // Unset shortcuts come back as ''; the browser's own notation (e.g. macOS symbols) is not ours to judge.
    const parsed = parseChord(chord);
    if (!parsed.ok) continue;
    const command = name === null ? undefined : getCommand(commandIdForManifestName(name) ?? '');
    const title = name === null ? null : command ? commandText(command.id, 'title', command.title) : name;
    reserved.set(parsed.text, title ? t('chord.browserShortcutFor', { title }) : t('chord.ownBrowserShortcut'));
  }

  const owners = new Map<string, { binding: PageBinding; name: string }>();
  const entries: KeyMapEntry[] = [];
  const add = (binding: PageBinding, name: string, chord: string) => {
    const key = `${binding.kind}:${binding.id}`;
    owners.set(key, { binding, name });
    entries.push({ command: key, chord, label: name });
  };
  // Built-in page chords first: an agent's macro cannot take a key the registry gives a command.
  for (const command of commands) {
    if (command.pageChord && command.pageChord !== HELP_KEY)
      add({ kind: 'command', id: command.id }, commandText(command.id, 'title', command.title), command.pageChord);
  }
  for (const macro of macros) {
    // An empty chord is an unbound macro, like null.
    if (macro.chord !== null && macro.chord.trim() !== '')
      add({ kind: 'macro', id: macro.id }, macroText(macro.id, 'name', macro.name), macro.chord);
  }

  const parsed = parseKeyMap(entries, reserved);
  const bindings = new Map<string, PageBinding>();
  for (const [chord, key] of parsed.bindings) bindings.set(chord, owners.get(key)!.binding);
  const errors = parsed.errors.map((error): PageKeyMapError => {
    const owner = owners.get(error.command)!;
    return { ...error, command: owner.binding.id, kind: owner.binding.kind, name: owner.name };
  });
  return { bindings, errors };
}

/** "“Request missing photos”: Alt+1 is already bound to …": how the options page and the page toast say it. */
export function describeKeyMapError(error: PageKeyMapError): string {
  return `“${error.name}”: ${error.message}`;
}
