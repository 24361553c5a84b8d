import type { Attachment } from '../snapshot';
import { absoluteHttpUrl } from '../read-dom';
import { flatText, renderedAncestors, renderedDescendants } from './tree';

/**
 * Every image a message block shows or links to: `<img>` (`src`, the largest `srcset` candidate, lazy `data-src`),
 * `<picture>` sources, links to image files and CSS background images. Avatars, icons and emoji are left out by
 * their size (64 px or less, from attributes, inline style or layout) and their position (beside the author's name).
 */

const IMAGE_FILE = /\.(jpe?g|png|gif|webp|heic|heif|bmp|avif|tiff?)(?:[?#]|$)/i;
const DECORATION = /avatar|icon|emoji|emoticon|smiley|logo|badge|profile|gravatar|initials|spinner|placeholder/i;
const SMALL = 64;
const LAZY_ATTRIBUTES = ['data-src', 'data-original', 'data-lazy-src', 'data-full', 'data-full-src', 'data-large', 'data-zoom-src'];

/** The largest candidate of a `srcset` ("a.jpg 480w, b.jpg 1600w" or "a.jpg 1x, b.jpg 2x"). */
export function largestSrcsetCandidate(srcset: string | null | undefined): string | null {
  if (!srcset) return null;
  let best: { url: string; size: number } | null = null;
  for (const part of srcset.split(/,\s+/)) {
    const [url, descriptor = '1x'] = part.trim().split(/\s+/);
    if (!url) continue;
    const size = Number.parseFloat(descriptor) * (descriptor.endsWith('x') ? 1000 : 1);
    if (!best || (Number.isFinite(size) && size > best.size)) best = { url, size: Number.isFinite(size) ? size : 0 };
  }
  return best?.url ?? null;
}

function pixels(value: string | null | undefined): number | null {
  if (!value) return null;
  const match = /^\s*(\d+(?:\.\d+)?)\s*(px)?\s*$/.exec(value);
  return match ? Number(match[1]) : null;
}

/** Small on screen: from `width`/`height` attributes, inline style, or layout when the page has it. */
function isSmall(element: Element): boolean {
  const style = (element as HTMLElement).style;
  const width = pixels(element.getAttribute('width')) ?? pixels(style?.width);
  const height = pixels(element.getAttribute('height')) ?? pixels(style?.height);
  const known = [width, height].filter((size): size is number => size !== null);
  if (known.length > 0 && known.every((size) => size <= SMALL)) return true;
  try {
    const box = element.getBoundingClientRect();
    if (box.width > 0 && box.height > 0 && box.width <= SMALL && box.height <= SMALL) return true;
  } catch {
    // No layout: attributes decided.
  }
  return false;
}

function isEmojiText(text: string | null): boolean {
  return !!text && text.length <= 8 && /^\p{Extended_Pictographic}/u.test(text) && !/[a-z0-9]/i.test(text);
}

function isDecoration(element: Element, nameElement: Element | null, block: Element, url: string | null): boolean {
  // The URL that would be taken, not `src`: a lazy image's `src` is often a placeholder or a spinner.
  const words = [element.getAttribute('class'), element.getAttribute('alt'), element.getAttribute('role'), element.id, url]
    .filter(Boolean)
    .join(' ');
  if (DECORATION.test(words) || isEmojiText(element.getAttribute('alt'))) return true;
  if (isSmall(element)) return true;
  // Before the author's name in a short header line: the avatar of a message header.
  const parent = element.parentElement;
  if (
    nameElement &&
    parent &&
    parent !== block &&
    parent.contains(nameElement) &&
    element.compareDocumentPosition(nameElement) & 4 /* Node.DOCUMENT_POSITION_FOLLOWING */ &&
    flatText(parent, 200).length <= 120
  ) {
    return true;
  }
  return renderedAncestors(element)
    .slice(0, 2)
    .some((ancestor) => DECORATION.test(ancestor.getAttribute('class') ?? ''));
}

function backgroundImageUrl(element: Element): string | null {
  const style = element.getAttribute('style') ?? '';
  const match = /background(?:-image)?\s*:[^;]*url\(\s*(['"]?)([^'")]+)\1\s*\)/i.exec(style);
  return match?.[2] ?? null;
}

function imageUrl(image: Element): string | null {
  const link = image.closest('a[href]');
  const href = link?.getAttribute('href');
  if (href && IMAGE_FILE.test(href)) return href;
  const fromSources =
    image.parentElement?.tagName === 'PICTURE'
      ? Array.from(image.parentElement.querySelectorAll('source'))
          .map((source) => largestSrcsetCandidate(source.getAttribute('srcset') ?? source.getAttribute('data-srcset')))
          .find(Boolean)
      : null;
  const src = image.getAttribute('src');
  const usableSrc = src && !src.startsWith('data:') && !/placeholder|blank|spacer|1x1/i.test(src) ? src : null;
  return (
    largestSrcsetCandidate(image.getAttribute('data-srcset')) ??
    largestSrcsetCandidate(image.getAttribute('srcset')) ??
    LAZY_ATTRIBUTES.map((name) => image.getAttribute(name)).find(Boolean) ??
    fromSources ??
    usableSrc
  );
}

function fileName(url: string): string {
  try {
    return decodeURIComponent(new URL(url).pathname.split('/').pop() ?? '') || 'attachment';
  } catch {
    return 'attachment';
  }
}

export function findAttachments(block: Element, base: URL, nameElement: Element | null = null): Attachment[] {
  const found = new Map<string, Attachment>();
  const add = (raw: string | null | undefined, element: Element) => {
    const url = absoluteHttpUrl(raw, base);
    if (!url || found.has(url) || found.size >= 50) return;
    const declared = element.getAttribute('download') || element.closest('a[download]')?.getAttribute('download');
    const name = (declared || fileName(url)).slice(0, 500);
    const type = element.getAttribute('type');
    found.set(url, { url, name, mimeHint: type && type.length <= 100 ? type : null });
  };
  for (const element of [block, ...renderedDescendants(block, 5_000)]) {
    if (element.tagName === 'IMG') {
      const url = imageUrl(element);
      if (!isDecoration(element, nameElement, block, url)) add(url, element);
    } else if (element.tagName === 'A') {
      const href = element.getAttribute('href');
      if (href && IMAGE_FILE.test(href) && !isDecoration(element, nameElement, block, href)) add(href, element);
    } else {
      const background = backgroundImageUrl(element);
      if (background && !isDecoration(element, nameElement, block, background)) add(background, element);
    }
  }
  return [...found.values()];
}
