import { commandShadowedByMacro, type CommandDefinition } from './commands';
import { commandText, macroText } from '../i18n/translate';

/**
 * The command palette's items (every action, macro and template) and its search. The search has to feel instant
 * over ~1,100 items on every keystroke: each item's lower-case, accent-free text is prepared once (cached per item
 * object) and a keystroke only runs `startsWith`/`includes` over short strings.
 *
 * Ranking, per word typed (every word must match): the label starting with it, then a word of the label starting
 * with it, then the abbreviation or chord, then inside the label, then the detail (folder, description,
 * keywords), then the letters in order from a word start ("rqmsph" finds "Request missing photos"). Ties keep the list order:
 * actions, then macros, then templates.
 */

export type PaletteKind = 'command' | 'macro' | 'template';

/** What the palette shows and searches: also what crosses to the page (utils/messages.ts `paletteEntrySchema`). */
export interface PaletteEntry {
  kind: PaletteKind;
  id: string;
  label: string;
  /** Second line: a template's folder and abbreviation, a macro's or an action's description. */
  detail: string;
  chord: string | null;
  /** Searched but not shown (a template's tags). */
  keywords?: string;
}

export interface PaletteItem extends PaletteEntry {
  /** `command:check-photos`, `macro:copy-waybill`, `template:imei-request`: unique across kinds. */
  key: string;
}

export const paletteKey = (entry: Pick<PaletteEntry, 'kind' | 'id'>): string => `${entry.kind}:${entry.id}`;

export interface PaletteSources {
  commands: readonly CommandDefinition[];
  templates: readonly { id: string; title: string; folder: string; abbreviation?: string | null; tags?: readonly string[] }[];
  macros: readonly {
    id: string;
    name: string;
    chord: string | null;
    description?: string;
    steps?: readonly { kind: string; templateId?: string }[];
  }[];
}

/**
 * Palette items in their empty-query order: actions, macros, templates. An action doing exactly what a macro does
 * (the built-in "Copy the waybill number") is listed once, as the macro, which shows its chord.
 */
export function paletteItems({ commands, templates, macros }: PaletteSources): PaletteItem[] {
  const items: PaletteItem[] = [];
  for (const command of commands) {
    if (!command.palette || commandShadowedByMacro(command, macros)) continue;
    items.push({
      key: paletteKey({ kind: 'command', id: command.id }),
      kind: 'command',
      id: command.id,
      label: commandText(command.id, 'title', command.title),
      detail: commandText(command.id, 'description', command.description),
      chord: command.panelChord ?? null,
    });
  }
  for (const macro of macros) {
    items.push({
      key: paletteKey({ kind: 'macro', id: macro.id }),
      kind: 'macro',
      id: macro.id,
      label: macroText(macro.id, 'name', macro.name),
      detail: macroText(macro.id, 'description', macro.description ?? ''),
      chord: macro.chord,
    });
  }
  for (const template of templates) {
    items.push({
      key: paletteKey({ kind: 'template', id: template.id }),
      kind: 'template',
      id: template.id,
      label: template.title,
      detail: [template.folder, template.abbreviation].filter(Boolean).join(' · '),
      chord: null,
      ...(template.tags?.length ? { keywords: template.tags.join(' ') } : {}),
    });
  }
  return items;
}

interface Prepared {
  label: string;
  /** Start offsets of the label's words. */
  wordStarts: number[];
  /** The label's letters and digits only, and where its words start in that string. */
  compact: string;
  compactWordStarts: number[];
  /** Abbreviation (`;dhl`, also without the `;`) and chord. */
  keys: string[];
  detail: string;
}

const prepared = new WeakMap<PaletteEntry, Prepared>();

const normalise = (text: string) =>
  text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');

function prepare(entry: PaletteEntry): Prepared {
  let ready = prepared.get(entry);
  if (ready) return ready;
  const label = normalise(entry.label);
  const wordStarts: number[] = [];
  for (const match of label.matchAll(/[a-z0-9]+/g)) wordStarts.push(match.index);
  const detail = normalise(`${entry.detail} ${entry.keywords ?? ''}`);
  const keys = [...detail.matchAll(/(?:^|\s);([a-z0-9-]+)/g)].flatMap((match) => [`;${match[1]!}`, match[1]!]);
  if (entry.chord) keys.push(entry.chord.toLowerCase());
  const words = label.match(/[a-z0-9]+/g) ?? [];
  const compactWordStarts: number[] = [];
  let offset = 0;
  for (const word of words) {
    compactWordStarts.push(offset);
    offset += word.length;
  }
  ready = { label, wordStarts, compact: words.join(''), compactWordStarts, keys, detail };
  prepared.set(entry, ready);
  return ready;
}

/**
 * The letters typed, in order, starting at a word of the label and within a short stretch of it: "rqmsph" finds
 * "Request missing photos", but "dhl" does not find a long label that happens to hold a d, an h and an l.
 */
function isCloseSubsequence(needle: string, item: Prepared): boolean {
  const maxSpan = needle.length * 3;
  for (const start of item.compactWordStarts) {
    if (item.compact[start] !== needle[0]) continue;
    let at = 1;
    const end = Math.min(item.compact.length, start + maxSpan);
    for (let index = start + 1; index < end && at < needle.length; index++) if (item.compact[index] === needle[at]) at++;
    if (at === needle.length) return true;
  }
  return false;
}

function termScore(term: string, item: Prepared): number {
  if (item.label.startsWith(term)) return 100;
  if (item.wordStarts.some((start) => item.label.startsWith(term, start))) return 80;
  if (item.keys.some((key) => key.startsWith(term))) return 70;
  if (item.label.includes(term)) return 40;
  if (item.detail.includes(term)) return 20;
  if (term.length >= 2 && isCloseSubsequence(term, item)) return 5;
  return 0;
}

/** Best first; an empty query gives the items in their own order. Every word typed must match. */
export function searchPalette<Entry extends PaletteEntry>(items: readonly Entry[], query: string, limit = 50): Entry[] {
  const normalised = normalise(query).trim();
  if (!normalised) return items.slice(0, limit);
  const terms = normalised.split(/\s+/);
  const scored: { item: Entry; score: number; order: number }[] = [];
  items.forEach((item, order) => {
    const ready = prepare(item);
    let score = 0;
    for (const term of terms) {
      const points = termScore(term, ready);
      if (points === 0) return;
      score += points;
    }
    // The whole query as typed at the start of the label ("check the c") beats the same words scattered.
    if (terms.length > 1 && ready.label.startsWith(normalised)) score += 50;
    scored.push({ item, score, order });
  });
  scored.sort((a, b) => b.score - a.score || a.order - b.order);
  return scored.slice(0, limit).map((entry) => entry.item);
}
