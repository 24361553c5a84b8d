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
  /** Every language's body (a template's `bodies`): words of another language match too, below the shown body. */
  bodies?: Readonly<Record<string, string | undefined>>;
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
  /** The other languages' bodies, one string. */
  otherBodies: string;
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
      otherBodies: normalise(Object.values(template.bodies ?? {}).join('\n')),
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
  if (term.length >= 3 && entry.otherBodies.includes(term)) return 1;
  return 0;
}

/**
 * The English words titles and tags use, for words an agent types in French, German, Spanish or Italian: "étiquette",
 * "Rücksendung" and "label" find the same return-label replies. Keys are accent-free and lower case.
 */
const ENGLISH_EQUIVALENTS: Record<string, readonly string[]> = {
  etiquette: ['label'],
  etikett: ['label'],
  etiqueta: ['label'],
  etichetta: ['label'],
  rucksendeetikett: ['return', 'label'],
  rucksendung: ['return', 'label'],
  retour: ['return'],
  renvoi: ['return'],
  devolucion: ['return'],
  reso: ['return'],
  garantie: ['warranty'],
  garantia: ['warranty'],
  garanzia: ['warranty'],
  colis: ['parcel'],
  paket: ['parcel'],
  paquete: ['parcel'],
  pacco: ['parcel'],
  emballage: ['packing'],
  verpackung: ['packing'],
  embalaje: ['packing'],
  imballaggio: ['packing'],
  compte: ['accounts'],
  konto: ['accounts'],
  cuenta: ['accounts'],
  enlevement: ['pickup'],
  abholung: ['pickup'],
  recogida: ['pickup'],
  ritiro: ['pickup'],
  reprise: ['trade-in'],
  ankauf: ['trade-in'],
  recompra: ['trade-in'],
  permuta: ['trade-in'],
  sauvegarde: ['backup'],
  sicherung: ['backup'],
  copia: ['backup'],
  liquide: ['liquid'],
  flussigkeit: ['liquid'],
  liquido: ['liquid'],
  chute: ['drop'],
  sturz: ['drop'],
  caida: ['drop'],
  caduta: ['drop'],
};

/** A term's own score plus its English equivalents' (a compound like "Rücksendeetikett" scores each part). */
function languageAwareScore(term: string, entry: TemplateIndexEntry): number {
  return termScore(term, entry) + (ENGLISH_EQUIVALENTS[term] ?? []).reduce((sum, english) => sum + termScore(english, entry), 0);
}

/** Ids of matching templates, best first; an empty query returns them all in library order. */
export function searchTemplates(index: readonly TemplateIndexEntry[], query: string, limit = 50): string[] {
  const terms = normalise(query).split(/\s+/).filter(Boolean);
  if (terms.length === 0) return index.slice(0, limit).map((entry) => entry.id);
  const scored: { id: string; score: number; order: number }[] = [];
  index.forEach((entry, order) => {
    let score = 0;
    for (const term of terms) {
      const points = languageAwareScore(term, entry);
      if (points === 0) return;
      score += points;
    }
    scored.push({ id: entry.id, score, order });
  });
  scored.sort((a, b) => b.score - a.score || a.order - b.order);
  return scored.slice(0, limit).map((entry) => entry.id);
}
