import type { MacroStep } from '../macros/define';

/**
 * The one registry of ReturnDesk's keyboard commands. The manifest `commands`, the panel and page chords, the
 * palette's actions, the shortcut help and the README's shortcut table are all generated from this table
 * (Vimium's approach: command metadata in one place, everything else derived), so they cannot drift apart.
 *
 * Every command that *does* something carries macro steps: the side panel runs it through the macro runner, the
 * one executor. Commands without steps (open the panel or the palette, show the help, repeat the last macro) are
 * handled by whoever receives them.
 */

export type TargetBrowser = 'chrome' | 'firefox';

/** Where a key works: anywhere in the browser (manifest command), in the panel, or on the platform page. */
export type KeyPlace = 'browser' | 'panel' | 'page';

export interface CommandDefinition {
  id: string;
  title: string;
  description: string;
  /** A browser-wide shortcut (manifest `commands`). The name is the command id unless the browser gives one. */
  manifest?: {
    name: string | ((browser: TargetBrowser) => string);
    suggestedKey: { chrome: string; firefox: string };
  };
  /** Fixed key inside the panel ("Ctrl+K", or "?" for the help). */
  panelChord?: string;
  /** Fixed key on the platform page ("?" only so far: the agent binds macros there). */
  pageChord?: string;
  /** Listed in the command palette. */
  palette: boolean;
  /** What it does, run by the macro runner. */
  steps?: MacroStep[];
}

/** The key that focuses the reply search in the panel (outside text fields). */
export const SEARCH_REPLIES_KEY = '/';

/** The key that shows the shortcut help. Matched on `event.key`, so it works whatever the layout puts it on. */
export const HELP_KEY = '?';

/** Chrome refuses more suggested shortcuts than this, counting `_execute_action`. */
export const MAX_SUGGESTED_KEYS = 4;

export const COMMANDS: readonly CommandDefinition[] = [
  {
    id: 'open-panel',
    title: 'Open the ReturnDesk panel',
    description: 'Opens the side panel (Chrome) or the sidebar (Firefox) beside the conversation.',
    // The browsers' own names: the shortcut acts like the toolbar button, inside the key press's user gesture.
    manifest: {
      name: (browser) => (browser === 'chrome' ? '_execute_action' : '_execute_sidebar_action'),
      suggestedKey: { chrome: 'Alt+Shift+D', firefox: 'Alt+Shift+D' },
    },
    palette: false,
  },
  {
    id: 'check-conversation',
    title: 'Check the conversation (photos and numbers)',
    description: 'Opens the panel, checks the customer’s photos and reads the numbers on the attachments.',
    manifest: { name: 'check-conversation', suggestedKey: { chrome: 'Alt+Shift+L', firefox: 'Alt+Shift+L' } },
    palette: true,
    steps: [{ kind: 'check-photos' }, { kind: 'read-numbers' }],
  },
  {
    id: 'open-palette',
    title: 'Open the command palette',
    description: 'Searches every action, macro and template; Enter runs the one chosen.',
    manifest: { name: 'open-palette', suggestedKey: { chrome: 'Alt+Shift+K', firefox: 'Alt+Shift+K' } },
    panelChord: 'Ctrl+K',
    palette: false,
  },
  {
    id: 'repeat-last-macro',
    title: 'Repeat the last macro',
    description: 'Runs the macro run last again, on the conversation open now.',
    manifest: { name: 'repeat-last-macro', suggestedKey: { chrome: 'Alt+Shift+M', firefox: 'Alt+Shift+M' } },
    palette: true,
  },
  {
    id: 'show-shortcuts',
    title: 'Show keyboard shortcuts',
    description: 'Lists every shortcut, macro chord and where it works.',
    panelChord: HELP_KEY,
    pageChord: HELP_KEY,
    palette: true,
  },
  {
    id: 'search-replies',
    title: 'Search the replies',
    description: 'Puts the cursor in the reply search at the top of the panel.',
    // "/" is the search key of most web apps; it only acts outside text fields.
    panelChord: SEARCH_REPLIES_KEY,
    palette: true,
  },
  {
    id: 'focus-composer',
    title: 'Focus the reply box',
    description: 'Puts the cursor at the end of the reply box on the platform page.',
    palette: true,
    steps: [{ kind: 'focus-composer' }],
  },
  {
    id: 'copy-waybill',
    title: 'Copy the waybill number',
    description: 'Reads the numbers on the attachments and copies the DHL waybill (or the tracking number).',
    palette: true,
    steps: [{ kind: 'read-numbers' }, { kind: 'copy-waybill' }],
  },
  {
    id: 'insert-photo-request',
    title: 'Insert the missing-photo request',
    description: 'Checks the photos and inserts the request for the missing and unusable shots.',
    palette: true,
    steps: [{ kind: 'check-photos' }, { kind: 'insert-photo-request' }],
  },
  {
    id: 'read-numbers',
    title: 'Read the numbers in the attachments',
    description: 'Reads IMEIs, waybills and tracking numbers from the customer’s images.',
    palette: true,
    steps: [{ kind: 'read-numbers' }],
  },
  {
    id: 'pause-reading',
    title: 'Pause or resume reading the numbers',
    description: 'Stops reading a long conversation’s images where it is (what was read stays), or carries on.',
    palette: true,
  },
  {
    id: 'check-photos',
    title: 'Check the photos',
    description: 'Checks the customer’s photos against the category’s seven shots.',
    palette: true,
    steps: [{ kind: 'check-photos' }],
  },
  {
    id: 'next-conversation',
    title: 'Go to the next conversation',
    description: 'Opens the next conversation in the platform’s list.',
    palette: true,
    steps: [{ kind: 'next-conversation' }],
  },
];

interface StepLike {
  kind: string;
  templateId?: string;
}

/**
 * Whether a macro does exactly what this command does (the built-in "Copy the waybill number"): the palette and
 * the README then list it once, as the macro, which carries the chord.
 */
export function commandShadowedByMacro(command: CommandDefinition, macros: readonly { steps?: readonly StepLike[] }[]): boolean {
  const steps = command.steps;
  if (!steps) return false;
  return macros.some(
    (macro) =>
      macro.steps?.length === steps.length &&
      macro.steps.every((step, index) => step.kind === steps[index]!.kind && step.templateId === (steps[index] as StepLike).templateId),
  );
}

export function getCommand(id: string): CommandDefinition | undefined {
  return COMMANDS.find((command) => command.id === id);
}

export function manifestCommandName(command: CommandDefinition, browser: TargetBrowser): string | null {
  if (!command.manifest) return null;
  const { name } = command.manifest;
  return typeof name === 'function' ? name(browser) : name;
}

/** The registry id behind a name `commands.onCommand` or `commands.getAll()` reports, in either browser. */
export function commandIdForManifestName(name: string): string | null {
  for (const command of COMMANDS) {
    if (manifestCommandName(command, 'chrome') === name || manifestCommandName(command, 'firefox') === name) return command.id;
  }
  return null;
}

/** The manifest's `commands` object for one browser (wxt.config: `commands: manifestCommands(browser)`). */
export function manifestCommands(
  browser: TargetBrowser,
  commands: readonly CommandDefinition[] = COMMANDS,
): Record<string, { description: string; suggested_key: { default: string } }> {
  const result: Record<string, { description: string; suggested_key: { default: string } }> = {};
  for (const command of commands) {
    const name = manifestCommandName(command, browser);
    if (!name || !command.manifest) continue;
    result[name] = { description: command.title, suggested_key: { default: command.manifest.suggestedKey[browser] } };
  }
  return result;
}
