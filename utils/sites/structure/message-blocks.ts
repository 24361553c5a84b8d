import { flatText, isHidden, renderedChildren, renderedContains, renderedDescendants } from './tree';

/**
 * The conversation region and its messages, found by shape: messages are the repeated blocks of one container
 * (the children sharing a tag), and the conversation is the container whose repeated blocks hold the most text.
 * Words and roles that name a conversation (`role="log"`, "Messages", "Nachrichten"...) and dates inside the
 * blocks make a container more likely; class names are never needed.
 */

const REGION_WORDS =
  /conversation|message|thread|chat|discussion|echange|nachricht|verlauf|unterhaltung|mensaje|conversacion|messaggi|conversazione|\blog\b/i;

/** Dates and times as pages print them: ISO, 12/11/2026, 12.11.2026, 09:16, "12 Nov". */
const DATE_LIKE =
  /\d{4}-\d{2}-\d{2}|\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b|\b\d{1,2}:\d{2}\b|\b\d{1,2} (jan|feb|f[eé]v|mar|m[aä]r|apr|avr|may|mai|mag|jun|juin|giu|jul|juil|lug|aug|ao[uû]|ago|sep|set|oct|okt|ott|nov|dec|d[eé]c|dez|dic)/i;

export interface ConversationRegion {
  /** The container of the message blocks. */
  container: Element;
  /** The message blocks, in order. */
  blocks: Element[];
}

function attributeWords(element: Element): string {
  return [
    element.getAttribute('role'),
    element.getAttribute('aria-label'),
    element.id,
    element.getAttribute('class'),
    element.getAttribute('data-testid'),
  ]
    .filter(Boolean)
    .join(' ');
}

/** Named as the conversation by its role or its words (itself or a close ancestor's heading-like attributes). */
export function looksLikeConversationRegion(element: Element): boolean {
  const role = element.getAttribute('role');
  if (role === 'log' || role === 'feed') return true;
  return REGION_WORDS.test(attributeWords(element));
}

/** A block that only says when the next messages were written ("Today", "12 November 2026"). */
function isDateSeparator(element: Element, text: string): boolean {
  if (element.querySelector?.('img, a[href]')) return false;
  if (text.length > 40) return false;
  const stripped = text
    .replace(DATE_LIKE, '')
    .replace(/\b(today|yesterday|aujourd'hui|hier|heute|gestern|hoy|ayer|oggi|ieri)\b/gi, '')
    .replace(/[\s,.\-–:0-9]/g, '');
  return stripped.length <= 12 && (DATE_LIKE.test(text) || stripped.length === 0);
}

function hasImage(element: Element): boolean {
  if (element.tagName === 'IMG') return true;
  return renderedDescendants(element, 2_000).some(
    (inner) => inner.tagName === 'IMG' || (inner.getAttribute('style') ?? '').includes('url('),
  );
}

/** A container of label/value rows (dt/dd, th/td, "Label: value") rather than of messages. */
function looksLikeFactList(blocks: Element[], texts: string[]): boolean {
  if (blocks.every((block) => ['DT', 'DD'].includes(block.tagName))) return true;
  const short = texts.filter((text) => text.length < 60).length;
  // A label is words before a colon; "09:00" is a time, not a label.
  const colon = texts.filter((text) => /^[^:\d]{1,40}:\s*\S/.test(text)).length;
  return short === texts.length && colon >= texts.length / 2;
}

interface Candidate extends ConversationRegion {
  score: number;
}

function scoreContainer(container: Element, excluded: ReadonlySet<Element>): Candidate | null {
  const children = renderedChildren(container).filter((child) => !isHidden(child) && !excluded.has(child));
  if (children.length === 0) return null;
  const byTag = new Map<string, Element[]>();
  for (const child of children) {
    const group = byTag.get(child.tagName) ?? [];
    group.push(child);
    byTag.set(child.tagName, group);
  }
  const named = looksLikeConversationRegion(container);
  const groups = [...byTag.values()];
  // A region named as the conversation holds messages of any tag (a <p>, a <blockquote>, a <div>): all its children.
  if (named && byTag.size > 1) groups.push(children.filter((child) => !/^H[1-6]$/.test(child.tagName)));
  let best: Candidate | null = null;
  for (const group of groups) {
    if (group.length < 2 && !named) continue;
    const blocks: Element[] = [];
    const texts: string[] = [];
    for (const block of group) {
      const text = flatText(block, 2_000);
      const image = hasImage(block);
      if (!text && !image) continue;
      if (!image && isDateSeparator(block, text)) continue;
      blocks.push(block);
      texts.push(text);
    }
    if (blocks.length < 2 && !named) continue;
    if (blocks.length === 0) continue;
    let score = texts.reduce((sum, text) => sum + Math.min(text.length, 2_000), 0);
    score += 200 * blocks.filter(hasImage).length;
    if (named) score *= 3;
    if (texts.filter((text) => DATE_LIKE.test(text)).length >= blocks.length / 2) score *= 2;
    if (looksLikeFactList(blocks, texts)) score *= 0.1;
    if (!best || score > best.score) best = { container, blocks, score };
  }
  return best;
}

/**
 * The best-scoring container, unless its blocks are sections of the page (the header beside the thread) rather
 * than messages: a container inside one of its blocks with at least as many blocks and at least half its score is
 * the list itself. A message's own paragraphs rarely qualify: they carry no dates, so they score half as much.
 */
function descendIntoList(candidates: readonly Candidate[]): Candidate | null {
  let best: Candidate | null = null;
  for (const candidate of candidates) if (!best || candidate.score > best.score) best = candidate;
  for (let depth = 0; best && depth < 20; depth++) {
    const current: Candidate = best;
    const inner = candidates
      .filter(
        (candidate) =>
          candidate !== current &&
          candidate.blocks.length >= current.blocks.length &&
          candidate.score >= current.score / 2 &&
          current.blocks.some((block) => renderedContains(block, candidate.container)),
      )
      .sort((a, b) => b.score - a.score)[0];
    if (!inner) break;
    best = inner;
  }
  return best;
}

/**
 * The conversation region and its message blocks, or null when the page shows no repeated blocks at all.
 * `excluded` elements (the composer's form) are never taken as messages. A region named as the conversation but
 * holding no messages yields an empty list: "0 messages", which is not "could not be read".
 */
export function findConversationRegion(document: Document, excluded: ReadonlySet<Element> = new Set()): ConversationRegion | null {
  const body = document.body;
  if (!body) return null;
  const candidates: Candidate[] = [];
  let emptyNamedRegion: Element | null = null;
  for (const element of [body, ...renderedDescendants(body)]) {
    if (excluded.has(element) || isHidden(element)) continue;
    if (['HEAD', 'SCRIPT', 'STYLE', 'FORM', 'SELECT', 'NAV', 'BUTTON', 'TEXTAREA', 'P', 'SPAN', 'A'].includes(element.tagName)) continue;
    const candidate = scoreContainer(element, excluded);
    if (candidate) candidates.push(candidate);
    if (!candidate && !emptyNamedRegion && (element.getAttribute('role') === 'log' || element.getAttribute('role') === 'feed')) {
      emptyNamedRegion = element;
    }
  }
  const best = descendIntoList(candidates);
  if (best && best.score >= 20) return { container: best.container, blocks: best.blocks };
  if (emptyNamedRegion) return { container: emptyNamedRegion, blocks: [] };
  return null;
}
