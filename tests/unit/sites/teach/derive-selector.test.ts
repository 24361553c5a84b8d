// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { deriveSelector, escapeIdent, looksGenerated } from '@/utils/sites/teach/derive-selector';

function page(html: string): Document {
  document.body.innerHTML = html;
  return document;
}

const pick = (selector: string) => document.querySelector(selector)!;
const matched = (selector: string) => Array.from(document.querySelectorAll(selector));

describe('generated values', () => {
  it.each([
    'css-1x2y3z',
    'sc-bdVaJa',
    '_a8f3k',
    'jsx-123',
    'Foo_bar__x1Y2z',
    ':r1:',
    'message-48151623',
    '6f1c0b8e-1b2c-4d5e-8f90-123456789abc',
    'mui-42',
  ])('%s is generated', (value) => expect(looksGenerated(value)).toBe(true));
  it.each(['composer', 'message-list', 'reply-box', 'orderId', 'thread', 'help-request__answer'])('%s reads as words', (value) =>
    expect(looksGenerated(value)).toBe(false),
  );
});

describe('a single part (order id, composer)', () => {
  it('uses a stable id', () => {
    page('<div class="css-1x2y3z"><textarea id="answer" class="sc-bdVaJa"></textarea><textarea></textarea></div>');
    const result = deriveSelector(pick('#answer'), 'single');
    expect(result).toEqual({ selector: '#answer', matches: 1, shadowHosts: [] });
  });

  it('skips a generated id and hashed classes, and uses a data attribute instead', () => {
    page(
      '<main><span id=":r7:" class="css-1x2y3z Foo_bar__x1Y2z" data-field="order-ref">4815162</span><span data-field="customer">Ann</span></main>',
    );
    const { selector, matches } = deriveSelector(pick('[data-field="order-ref"]'), 'single');
    expect(selector).toBe('span[data-field="order-ref"]');
    expect(selector).not.toMatch(/css-|Foo_bar|:r7:/);
    expect(matches).toBe(1);
  });

  it('uses the aria-label when that is what tells the element apart', () => {
    page('<form><textarea aria-label="Search notes"></textarea><textarea aria-label="Answer the customer"></textarea></form>');
    const target = matched('textarea')[1]!;
    const { selector } = deriveSelector(target, 'single');
    expect(selector).toBe('textarea[aria-label="Answer the customer"]');
    expect(matched(selector)).toEqual([target]);
  });

  it('skips labels that carry a record number', () => {
    page('<div><button aria-label="Order 4815162">x</button><button aria-label="Order 99887766">y</button></div>');
    const target = matched('button')[1]!;
    const { selector } = deriveSelector(target, 'single');
    expect(selector).not.toContain('99887766');
    expect(matched(selector)).toEqual([target]);
  });

  it('falls back to :nth-of-type under a stable ancestor when the element has nothing of its own', () => {
    page(
      '<section id="facts"><div class="x1Y2z"><span>Order</span><span>4815162</span></div></section>' +
        '<section><div><span>Order</span><span>777</span></div></section>',
    );
    const target = matched('#facts span')[1]!;
    const { selector, matches } = deriveSelector(target, 'single');
    expect(selector).toMatch(/^#facts /);
    expect(selector).toContain(':nth-of-type(2)');
    expect(selector).not.toContain('x1Y2z');
    expect(matches).toBe(1);
    expect(matched(selector)).toEqual([target]);
  });

  it('still matches exactly the element on a page with no stable attribute at all', () => {
    page('<div><div><p>a</p><p>b</p></div><div><p>c</p><p>d</p></div></div>');
    const target = matched('p')[2]!;
    const { selector, matches } = deriveSelector(target, 'single');
    expect(matches).toBe(1);
    expect(matched(selector)).toEqual([target]);
  });

  it('escapes values so an odd label cannot break the selector', () => {
    page('<div><textarea aria-label=\'Say "hi"\'></textarea><textarea></textarea></div>');
    const target = matched('textarea')[0]!;
    const { selector } = deriveSelector(target, 'single');
    expect(matched(selector)).toEqual([target]);
    expect(escapeIdent('1st')).toBe('\\31 st');
  });
});

describe('one message generalises to all messages', () => {
  it('uses the attribute every message shares, not the one that differs', () => {
    page(
      '<main><h2>Thread</h2><ul class="css-9zz9zz">' +
        '<li data-kind="message" data-message-id="m-48151623">a</li>' +
        '<li data-kind="message" data-message-id="m-48151624">b</li>' +
        '<li data-kind="message" data-message-id="m-48151625">c</li></ul><ul><li>not a message</li></ul></main>',
    );
    const { selector, matches } = deriveSelector(matched('[data-kind]')[1]!, 'repeated');
    expect(selector).toBe('li[data-kind="message"]');
    expect(matches).toBe(3);
  });

  it('uses the presence of a per-message attribute when its values differ', () => {
    page('<div id="thread"><div data-message-id="a1">x</div><div data-message-id="b2">y</div></div><div data-message-id="c">z</div>');
    const { selector, matches } = deriveSelector(matched('[data-message-id]')[0]!, 'repeated');
    expect(selector).toBe('#thread > div[data-message-id]');
    expect(matches).toBe(2);
  });

  it('scopes a bare tag under the list so other lists do not count', () => {
    page(
      '<nav><a>1</a><a>2</a></nav><div id="thread"><article>a</article><article>b</article><article>c</article></div><article>aside</article>',
    );
    const { selector, matches } = deriveSelector(matched('#thread article')[0]!, 'repeated');
    expect(selector).toBe('#thread > article');
    expect(matches).toBe(3);
  });

  it('takes every child of the list when messages share nothing', () => {
    page('<section aria-label="Thread"><p>a</p><blockquote>b</blockquote><div>c</div></section><p>elsewhere</p>');
    const { selector, matches } = deriveSelector(pick('blockquote'), 'repeated');
    expect(selector).toBe('section[aria-label="Thread"] > *');
    expect(matches).toBe(3);
  });
});

describe('the message list', () => {
  it('matches only the container', () => {
    page('<main><div data-region="history"><p>a</p><p>b</p></div><div data-region="notes"></div></main>');
    const { selector, matches } = deriveSelector(pick('[data-region="history"]'), 'container');
    expect(selector).toBe('div[data-region="history"]');
    expect(matches).toBe(1);
  });
});

describe('open shadow roots', () => {
  it('derives inside the shadow root and names the host', () => {
    page('<div><reply-box id="reply"></reply-box></div>');
    const shadow = pick('#reply').attachShadow({ mode: 'open' });
    shadow.innerHTML = '<div><textarea name="body"></textarea></div>';
    const result = deriveSelector(shadow.querySelector('textarea')!, 'single');
    expect(result).toEqual({ selector: 'textarea[name="body"]', matches: 1, shadowHosts: ['#reply'] });
  });
});
