import { parseChord } from '../keyboard/chords';
import { buildPageKeyMap, type ManifestChord, type PageKeyMapError } from '../keyboard/keymap';
import { isAbbreviation } from '../keyboard/abbreviations';
import { mergeLibrary, type LibraryTemplate, type StoredLibrary } from '../templates/library';
import type { TemplateDefinition } from '../templates/define';
import { mergeMacros, type LibraryMacro, type StoredMacros } from '../macros/library';
import type { MacroDefinition, MacroStep } from '../macros/define';
import { stepOf, type TeamPolicy } from '../policy/team-policy';
import { ownTemplatesAllowed } from '../policy/own-templates';

/**
 * The library in layers: the team's (an enterprise policy, read-only), then the agent's own, then the built-ins.
 * The team's entries come first in every list and win every clash: an agent's or a built-in's abbreviation that
 * equals a team abbreviation, or is a prefix of one or starts with one (the composer could not tell which reply is
 * meant), loses its abbreviation; a macro chord a team macro uses loses its chord. Each loss is reported as a
 * `Shadowed` entry, so the agent is told which of theirs no longer works and why. Built-ins the team hides are left
 * out (the editor still lists them, marked, when it asks for hidden ones), and when the team does not allow
 * templates of the agent's own, those are left out of the panel and the keys (they stay stored).
 */

export interface Shadowed {
  kind: 'abbreviation' | 'chord';
  /** The agent's template or macro (or a built-in) that lost it. */
  id: string;
  title: string;
  /** `;dhl` or `Alt+1`. */
  key: string;
  owner: 'user' | 'builtin';
  /** The team's template or macro that has it now. */
  teamId: string;
  teamTitle: string;
  message: string;
}

export interface LayeredTemplates {
  templates: LibraryTemplate[];
  shadowed: Shadowed[];
}

export interface LayeredMacros {
  macros: LibraryMacro[];
  shadowed: Shadowed[];
}

/** The team's templates as library entries (source 'team', never edited or hidden). */
export function teamTemplates(policy: TeamPolicy): LibraryTemplate[] {
  return (policy.templates ?? []).map(({ abbreviation, folder, tags, ...template }): LibraryTemplate => ({
    ...template,
    folder: folder ?? 'Team',
    tags: tags ?? [],
    ...(abbreviation ? { abbreviation } : {}),
    source: 'team',
    edited: false,
    hidden: false,
  }));
}

const clashes = (a: string, b: string) => a.startsWith(b) || b.startsWith(a);

export function layerTemplates(
  builtins: readonly TemplateDefinition[],
  stored: StoredLibrary,
  policy: TeamPolicy,
  { includeHidden = false }: { includeHidden?: boolean } = {},
): LayeredTemplates {
  const team = teamTemplates(policy);
  const hiddenByTeam = new Set(policy.hiddenBuiltins ?? []);
  const allowOwn = ownTemplatesAllowed(policy);
  const rest = mergeLibrary(builtins, allowOwn ? stored : { ...stored, userTemplates: [] }, { includeHidden }).flatMap((template) => {
    if (template.source !== 'builtin' || !hiddenByTeam.has(template.id)) return [template];
    return includeHidden ? [{ ...template, hidden: true, hiddenByTeam: true }] : [];
  });
  const teamAbbreviations = team.filter((template) => template.abbreviation && isAbbreviation(template.abbreviation));
  const shadowed: Shadowed[] = [];
  const others = rest.map((template) => {
    const abbreviation = template.abbreviation;
    const winner = abbreviation ? teamAbbreviations.find((candidate) => clashes(candidate.abbreviation!, abbreviation)) : undefined;
    if (!abbreviation || !winner) return template;
    const owner = template.source === 'user' || template.edited ? 'user' : 'builtin';
    shadowed.push({
      kind: 'abbreviation',
      id: template.id,
      title: template.title,
      key: abbreviation,
      owner,
      teamId: winner.id,
      teamTitle: winner.title,
      message:
        winner.abbreviation === abbreviation
          ? `${abbreviation} now inserts the team's “${winner.title}”, not ${owner === 'user' ? 'your' : 'the built-in'} “${template.title}”`
          : `${abbreviation} (“${template.title}”) is off: it clashes with the team's ${winner.abbreviation} (“${winner.title}”)`,
    });
    const { abbreviation: _lost, ...without } = template;
    return { ...without, shadowedBy: winner.id };
  });
  // The layers, in order: the team's, then the agent's own, then the built-ins.
  return { templates: [...team, ...others.filter((t) => t.source === 'user'), ...others.filter((t) => t.source !== 'user')], shadowed };
}

/** The team's macros as library entries (steps as the runner's, chords in normal form). */
export function teamMacros(policy: TeamPolicy): LibraryMacro[] {
  return (policy.macros ?? []).map((macro): LibraryMacro => {
    const chord = macro.chord === undefined ? null : parseChord(macro.chord);
    return {
      id: macro.id,
      name: macro.name,
      ...(macro.description !== undefined ? { description: macro.description } : {}),
      chord: chord?.ok ? chord.text : null,
      steps: macro.steps.map((step) => stepOf(step) as MacroStep),
      builtin: false,
      hidden: false,
      team: true,
    };
  });
}

export function layerMacros(
  builtins: readonly MacroDefinition[],
  stored: StoredMacros,
  policy: TeamPolicy,
  { includeHidden = false }: { includeHidden?: boolean } = {},
): LayeredMacros {
  const team = teamMacros(policy);
  const hiddenByTeam = new Set(policy.hiddenBuiltins ?? []);
  const rest = mergeMacros(builtins, stored, { includeHidden }).flatMap((macro) => {
    if (!macro.builtin || !hiddenByTeam.has(macro.id)) return [macro];
    return includeHidden ? [{ ...macro, hidden: true, hiddenByTeam: true }] : [];
  });
  const teamChords = new Map(team.flatMap((macro) => (macro.chord ? [[macro.chord, macro] as const] : [])));
  const shadowed: Shadowed[] = [];
  const others = rest.map((macro) => {
    const normal = macro.chord ? parseChord(macro.chord) : null;
    const winner = normal?.ok ? teamChords.get(normal.text) : undefined;
    if (!macro.chord || !winner) return macro;
    const owner = macro.builtin ? 'builtin' : 'user';
    shadowed.push({
      kind: 'chord',
      id: macro.id,
      title: macro.name,
      key: macro.chord,
      owner,
      teamId: winner.id,
      teamTitle: winner.name,
      message: `${macro.chord} now runs the team's “${winner.name}”, not ${owner === 'user' ? 'your' : 'the built-in'} “${macro.name}”`,
    });
    return { ...macro, chord: null, shadowedBy: winner.id };
  });
  return { macros: [...team, ...others.filter((macro) => !macro.builtin), ...others.filter((macro) => macro.builtin)], shadowed };
}

/**
 * The team's macros the page's key map leaves without their chord on this machine, each with the reason: a browser
 * shortcut the agent (or the browser) put on the same keys. The policy check already refuses chords every browser
 * keeps; these depend on the machine, so the options page reports them beside the team's library.
 */
export function unboundTeamMacros(macros: readonly LibraryMacro[], manifestChords: readonly ManifestChord[]): PageKeyMapError[] {
  const visible = macros.filter((macro) => !macro.hidden);
  const team = new Set(visible.filter((macro) => macro.team).map((macro) => macro.id));
  return buildPageKeyMap({ macros: visible, manifestChords }).errors.filter((error) => error.kind === 'macro' && team.has(error.command));
}
