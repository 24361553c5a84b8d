import { parseChord } from '../keyboard/chords';
import { buildPageKeyMap, type ManifestChord } from '../keyboard/keymap';
import { checkMacro } from './check';
import type { MacroDefinition, MacroStep } from './define';
import type { LibraryMacro } from './library';

/**
 * What the options page's macro editor checks before it saves: a draft (as the agent left the form) against the
 * library, the templates and the browser's shortcuts. Pure; the editor keeps only the UI.
 */

/** A macro as edited in the form: text fields as typed, steps in order (the form's own keys left aside). */
export interface MacroDraft {
  id: string;
  name: string;
  description: string;
  /** As typed; empty means none. */
  chord: string;
  steps: readonly { step: MacroStep }[];
}

export interface MacroContext {
  macros: readonly LibraryMacro[];
  templateIds: ReadonlySet<string>;
  manifestChords: readonly ManifestChord[];
}

/** Why `chord` cannot be the chord of macro `id`: malformed, reserved, or taken by a shortcut or another macro. */
export function chordProblems(id: string, name: string, chord: string, context: MacroContext): string[] {
  if (!chord.trim()) return [];
  const parsed = parseChord(chord);
  if (!parsed.ok) return [parsed.error];
  // Hidden built-ins bind nothing; the candidate goes last so the existing binding keeps its chord in the message.
  const others = context.macros.filter((macro) => macro.id !== id && !macro.hidden);
  const { errors } = buildPageKeyMap({
    macros: [...others, { id, name: name.trim() || 'this macro', chord: parsed.text }],
    manifestChords: context.manifestChords,
  });
  return errors.filter((error) => error.kind === 'macro' && error.command === id).map((error) => error.message);
}

/** The macro the draft describes, or every reason it cannot be saved (shape, templates, chord conflicts). */
export function checkDraft(
  draft: MacroDraft,
  context: MacroContext,
): { ok: true; macro: MacroDefinition } | { ok: false; errors: string[] } {
  const candidate = {
    id: draft.id,
    name: draft.name,
    ...(draft.description.trim() ? { description: draft.description } : {}),
    chord: draft.chord.trim() ? draft.chord : null,
    steps: draft.steps.map(({ step }) => step),
  };
  const checked = checkMacro(candidate, { templateIds: context.templateIds });
  const unchosen = new Set(
    candidate.steps.flatMap((step, index) => (step.kind === 'insert-template' && !step.templateId ? [index + 1] : [])),
  );
  // The schema would say the empty id is malformed; what the agent has to do is pick one.
  const errors = [
    ...(checked.ok ? [] : checked.errors.filter((error) => ![...unchosen].some((position) => error.startsWith(`step ${position}: `)))),
    ...[...unchosen].map((position) => `step ${position}: choose the template to insert`),
  ];
  // A malformed chord is already in checkMacro's errors; conflicts are only the key map's to find.
  if (parseChord(draft.chord).ok)
    errors.push(...chordProblems(draft.id, draft.name, draft.chord, context).map((problem) => `shortcut: ${problem}`));
  return checked.ok && errors.length === 0 ? checked : { ok: false, errors };
}

/** Chord conflicts among the macros as stored (e.g. after an import), for the editor's list. */
export function storedChordConflicts(macros: readonly LibraryMacro[], manifestChords: readonly ManifestChord[]) {
  const { errors } = buildPageKeyMap({ macros: macros.filter((macro) => !macro.hidden), manifestChords });
  return errors.filter((error) => error.kind === 'macro');
}
