import { h, type ComponentChild } from 'preact';

/**
 * Renders a message's HTML the way a careful platform would: parsed in an inert document, then rebuilt from a short
 * list of harmless elements. Scripts, styles and forms vanish; links keep only http(s) targets.
 */
const KEPT = new Set(['p', 'br', 'strong', 'b', 'em', 'i', 'u', 'ul', 'ol', 'li', 'span', 'blockquote']);
const DROPPED = new Set([
  'script',
  'style',
  'form',
  'iframe',
  'object',
  'embed',
  'template',
  'noscript',
  'input',
  'button',
  'select',
  'textarea',
]);

function rebuild(node: Node, key: number): ComponentChild {
  if (node.nodeType === Node.TEXT_NODE) return node.textContent;
  if (node.nodeType !== Node.ELEMENT_NODE) return null;
  const element = node as Element;
  const tag = element.tagName.toLowerCase();
  if (DROPPED.has(tag)) return null;
  const children = Array.from(element.childNodes, rebuild);
  if (tag === 'a') {
    const href = element.getAttribute('href') ?? '';
    return /^https?:\/\//i.test(href)
      ? h('a', { key, href, rel: 'noopener noreferrer', target: '_blank' }, children)
      : h('span', { key }, children);
  }
  return KEPT.has(tag) ? h(tag, { key }, children) : h('span', { key }, children);
}

export function MessageHtml({ html }: { html: string }) {
  const body = new DOMParser().parseFromString(html, 'text/html').body;
  return <>{Array.from(body.childNodes, rebuild)}</>;
}
