/**
 * Fuzzy search over templates as the agent types: every word typed must match the title, a tag, the folder or the
 * body, as a word prefix (best), a substring, or (title only) a subsequence ("dhlpk" finds "DHL pickup"). Scores
 * prefer title matches, then tags, then body; a title word in parentheses is an aside ("both options (Service Point
 * or pickup)"), so it counts less than a word that names what the reply is ("schedule a pickup"). The index is built once per library so each keystroke only scans
 * prepared lower-case strings: well under a millisecond per hundred templates.
 */

export interface SearchableTemplate {
  id: string;
  title: string;
  folder: string;
  tags: readonly string[];
  body: string;
}

export interface TemplateIndexEntry {
  id: string;
  title: string;
  titleWords: string[];
  /** Title words outside parentheses: what the reply is about. */
  mainTitleWords: string[];
  tags: string;
  folder: string;
  body: string;
}

const normalise = (text: string) =>
  text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');

export function buildTemplateIndex(templates: readonly SearchableTemplate[]): TemplateIndexEntry[] {
  return templates.map((template) => {
    const title = normalise(template.title);
    return {
      id: template.id,
      title,
      titleWords: words(title),
      mainTitleWords: words(title.replace(/\([^)]*\)/g, ' ')),
      tags: normalise(template.tags.join(' ')),
      folder: normalise(template.folder),
      body: normalise(template.body),
    };
  });
}

const words = (text: string) => text.split(/[^a-z0-9]+/).filter(Boolean);

function isSubsequence(needle: string, haystack: string): boolean {
  let at = 0;
  for (const char of haystack) {
    if (char === needle[at]) at++;
    if (at === needle.length) return true;
  }
  return false;
}

function termScore(term: string, entry: TemplateIndexEntry): number {
  if (entry.mainTitleWords.some((word) => word.startsWith(term))) return 10;
  if (entry.titleWords.some((word) => word.startsWith(term))) return 8;
  if (entry.title.includes(term)) return 7;
  if (entry.tags.includes(term) || entry.folder.includes(term)) return 5;
  if (entry.body.includes(term)) return 2;
  if (term.length >= 3 && isSubsequence(term, entry.title.replace(/[^a-z0-9]/g, ''))) return 1;
  return 0;
}

/** Ids of matching templates, best first; an empty query returns them all in library order. */
export function searchTemplates(index: readonly TemplateIndexEntry[], query: string, limit = 50): string[] {
  const terms = normalise(query).split(/\s+/).filter(Boolean);
  if (terms.length === 0) return index.slice(0, limit).map((entry) => entry.id);
  const scored: Array<{ id: string; score: number; order: number }> = [];
  index.forEach((entry, order) => {
    let score = 0;
    for (const term of terms) {
      const points = termScore(term, entry);
      if (points === 0) return;
      score += points;
    }
    scored.push({ id: entry.id, score, order });
  });
  scored.sort((a, b) => b.score - a.score || a.order - b.order);
  return scored.slice(0, limit).map((entry) => entry.id);
}
