import { absoluteHttpUrl, foldMessageText } from '../read-dom';
import type { Attachment } from '../snapshot';
import { fileNameFromUrl, mimeFromName } from './attachment-element';

/**
 * Message HTML from the platform (written or relayed by the customer) to plain text and attachments. The HTML is
 * parsed into an inert document (DOMParser: nothing runs, nothing loads) and only walked, never rendered: scripts,
 * styles, forms and embedded objects are dropped with their content; `javascript:` and `data:` links keep their
 * words but lose their target; images, and links to image files, become attachments.
 */

const DROPPED = new Set([
  'SCRIPT',
  'STYLE',
  'FORM',
  'NOSCRIPT',
  'TEMPLATE',
  'IFRAME',
  'FRAME',
  'OBJECT',
  'EMBED',
  'SVG',
  'MATH',
  'BUTTON',
  'INPUT',
  'SELECT',
  'TEXTAREA',
  'HEAD',
  'TITLE',
  'META',
  'LINK',
  'AUDIO',
  'VIDEO',
  'CANVAS',
]);
const BLOCKS = new Set([
  'P',
  'DIV',
  'LI',
  'UL',
  'OL',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'TR',
  'TABLE',
  'BLOCKQUOTE',
  'PRE',
  'SECTION',
  'ARTICLE',
  'HEADER',
  'FOOTER',
  'DL',
  'DT',
  'DD',
  'HR',
]);

/** Marks a block element's start or end while walking; never part of a message (control character). */
const BLOCK_EDGE = '\u0001';

const IMAGE_FILE = /\.(jpe?g|png|gif|webp|heic|heif|bmp|avif)$/i;

export interface MessageHtmlRead {
  text: string;
  attachments: Attachment[];
}

function isImageUrl(url: string): boolean {
  try {
    return IMAGE_FILE.test(new URL(url).pathname);
  } catch {
    return false;
  }
}

function imageAttachment(url: string): Attachment {
  const name = fileNameFromUrl(url) ?? 'image';
  return { url, name, mimeHint: mimeFromName(name) };
}

export function messageHtmlToText(html: string, parseHtml: (html: string) => Document, base: URL, maxText = 20_000): MessageHtmlRead {
  const body = parseHtml(html).body;
  const pieces: string[] = [];
  const attachments = new Map<string, Attachment>();

  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      pieces.push((node.textContent ?? '').replace(/\s+/g, ' '));
      return;
    }
    if (node.nodeType !== 1) return;
    const element = node as Element;
    const tag = element.tagName.toUpperCase();
    if (DROPPED.has(tag)) return;
    if (tag === 'BR') {
      pieces.push('\n');
      return;
    }
    if (tag === 'IMG') {
      const src = absoluteHttpUrl(element.getAttribute('src'), base);
      if (src) attachments.set(src, imageAttachment(src));
      return;
    }
    const block = BLOCKS.has(tag);
    if (block) pieces.push(BLOCK_EDGE);
    element.childNodes.forEach(walk);
    if (tag === 'A') {
      const href = absoluteHttpUrl(element.getAttribute('href'), base);
      if (href && isImageUrl(href)) attachments.set(href, imageAttachment(href));
      // A plain web link keeps its address beside its words, so the agent sees where it goes.
      else if (href && !(element.textContent ?? '').includes(href)) pieces.push(` (${href})`);
    }
    if (block) pieces.push(BLOCK_EDGE);
  };
  if (body) body.childNodes.forEach(walk);

  // Where blocks meet (</p><p>, </li><li>) one line break, however many edges and spaces are between them.
  const joined = pieces.join('').replace(/[ \t]*\u0001[\s\u0001]*/g, '\n');
  return { text: foldMessageText(joined, maxText), attachments: [...attachments.values()] };
}
