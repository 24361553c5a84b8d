import { describe, expect, it } from 'vitest';
import { readConversation } from '@/utils/sites/conversation-reader';
import demo from '@/utils/sites/adapters/demo';
import backoffice from '@/utils/sites/adapters/backoffice';
import type { SiteAdapter } from '@/utils/sites/define';
import { snapshotReadSchema, type SnapshotRead } from '@/utils/messages';
import { DEFAULT_SETTINGS } from '@/utils/settings';
import { readFixture } from '../helpers/fixtures';
import { forEachCase, type Random } from './prng';

/**
 * Random changes to real conversation pages (the demo platform's dumped DOM and the back-office stand-in): elements
 * removed, renamed, duplicated, moved; attributes dropped, renamed or given hostile values; text replaced. Whatever
 * the page becomes, the reader answers with a valid snapshot or says in words what it could not read, never
 * throws, and never changes the page.
 */

const NOW = () => new Date('2026-11-22T10:00:00Z');

const PAGES: readonly { fixture: string; url: string; adapter: SiteAdapter }[] = [
  { fixture: 'demo-104820113', url: 'http://127.0.0.1:5391/bo-seller/customer-care/folders/104820113', adapter: demo },
  { fixture: 'demo-104820257', url: 'http://127.0.0.1:5391/bo-seller/customer-care/folders/104820257', adapter: demo },
  { fixture: 'demo-104820878', url: 'http://127.0.0.1:5391/bo-seller/customer-care/folders/104820878', adapter: demo },
  { fixture: 'demo-US-31842-HMQRT', url: 'http://127.0.0.1:5391/bo-seller/buyback/orders/US-31842-HMQRT', adapter: demo },
  { fixture: 'backoffice-care-folder', url: 'https://www.backmarket.fr/bo-seller/customer-care/folders/4815162', adapter: backoffice },
];

const sources = new Map(PAGES.map((page) => [page.fixture, readFixture(`sites/${page.fixture}.html`)]));
const parse = (fixture: string) => new DOMParser().parseFromString(sources.get(fixture)!, 'text/html');

const HOSTILE_VALUES = [
  '',
  ' ',
  'javascript:alert(1)',
  'data:image/png;base64,iVBORw0KGgo=',
  'vbscript:msgbox(1)',
  '//evil.example/x.jpg',
  'https://evil.example/steal.jpg',
  '../../../../etc/passwd',
  '{{first_name}}',
  '<img src=x onerror=alert(1)>',
  '__proto__',
  'constructor',
  '%E0%A4%A',
  '\u0000',
  'buyback',
  'care',
  'customer',
  'IN_WARRANTY',
  'en-GB',
  'x'.repeat(5000),
];

// No <script> or <iframe>: happy-dom would try to load them; what matters is that a reader treats any element as data.
const TAGS = ['div', 'span', 'a', 'li', 'p', 'time', 'textarea', 'section', 'main', 'style', 'noscript', 'img', 'template', 'button'];

function randomValue(random: Random): string {
  return random.bool(0.7) ? random.pick(HOSTILE_VALUES) : random.string(random.int(0, 80));
}

/** One random change somewhere under `scope`; returns what it did, for the failure message. */
function mutate(document: Document, scope: Element, random: Random): string {
  const elements = [scope, ...scope.querySelectorAll('*')];
  const target = random.pick(elements);
  const attributes = [...target.attributes];
  switch (random.int(0, 9)) {
    case 0: {
      if (target === document.documentElement) return 'nothing';
      target.remove();
      return `removed <${target.tagName.toLowerCase()}>`;
    }
    case 1: {
      if (target === document.documentElement || !target.parentNode) return 'nothing';
      const renamed = document.createElement(random.pick(TAGS));
      for (const attribute of target.attributes) renamed.setAttribute(attribute.name, attribute.value);
      renamed.append(...target.childNodes);
      target.replaceWith(renamed);
      return `renamed <${target.tagName.toLowerCase()}> to <${renamed.tagName.toLowerCase()}>`;
    }
    case 2: {
      if (target === document.documentElement) return 'nothing';
      const copies = random.int(1, 30);
      for (let i = 0; i < copies; i++) target.after(target.cloneNode(true));
      return `duplicated <${target.tagName.toLowerCase()}> ${copies} times`;
    }
    case 3: {
      const attribute = attributes.length ? random.pick(attributes) : null;
      if (!attribute) return 'nothing';
      target.removeAttribute(attribute.name);
      return `removed ${attribute.name}`;
    }
    case 4: {
      const attribute = attributes.length ? random.pick(attributes) : null;
      if (!attribute) return 'nothing';
      target.removeAttribute(attribute.name);
      const name = `${attribute.name}-x`;
      target.setAttribute(name, attribute.value);
      return `renamed ${attribute.name} to ${name}`;
    }
    case 5: {
      const name =
        attributes.length && random.bool(0.7)
          ? random.pick(attributes).name
          : random.pick(['href', 'datetime', 'data-author-role', 'data-message-id', 'data-country-code', 'download', 'type']);
      const value = randomValue(random);
      target.setAttribute(name, value);
      return `set ${name}="${value.slice(0, 40)}"`;
    }
    case 6: {
      const text = random.bool(0.2) ? random.string(random.int(20_000, 60_000)) : randomValue(random);
      target.textContent = text;
      return `replaced text of <${target.tagName.toLowerCase()}> (${text.length} chars)`;
    }
    case 7: {
      const destination = random.pick(elements);
      if (target === document.documentElement || target.contains(destination)) return 'nothing';
      destination.append(target);
      return `moved <${target.tagName.toLowerCase()}>`;
    }
    case 8: {
      const link = document.createElement('a');
      link.setAttribute('data-qa', random.pick(['message-attachment', 'attachment', 'return-label']));
      link.setAttribute('href', randomValue(random));
      if (random.bool()) link.setAttribute('download', randomValue(random));
      if (random.bool()) link.setAttribute('type', randomValue(random));
      link.textContent = randomValue(random);
      target.append(link);
      return `added a link to ${link.getAttribute('href')!.slice(0, 40)}`;
    }
    default: {
      const attribute = attributes.find((candidate) => candidate.name === 'data-qa');
      if (!attribute) return 'nothing';
      target.setAttribute(
        'data-qa',
        random.pick([
          'message',
          'message-body',
          'conversation',
          'message-list',
          'customer-name',
          'order-id',
          'composer-input',
          'care-folder',
        ]),
      );
      return `changed data-qa="${attribute.value}" to "${target.getAttribute('data-qa')}"`;
    }
  }
}

function expectWellFormed(read: SnapshotRead, log: string[]): void {
  const parsed = snapshotReadSchema.safeParse(read);
  expect(parsed.success, `not a valid read after: ${log.join('; ')}\n${parsed.error?.message ?? ''}`).toBe(true);
  if (read.status === 'ok') {
    for (const attachment of read.snapshot.messages.flatMap((message) => message.attachments)) {
      expect(new URL(attachment.url).protocol).toMatch(/^https?:$/);
    }
  } else {
    expect(read.message.length).toBeGreaterThan(10);
    // The catch-all in readConversation means an adapter threw: adapters must report, not throw.
    expect(read.message, log.join('; ')).not.toMatch(/^The page could not be read \(/);
  }
  if (read.status === 'unreadable') expect(read.message).toMatch(/could not be read: .+ did not have the expected format/);
}

describe('fuzz: random changes to a conversation page', () => {
  it('always gives a valid snapshot or a worded refusal, without throwing or touching the page', async () => {
    const statuses: Record<string, number> = {};
    await forEachCase('page mutations', 150, (random) => {
      const page = random.pick(PAGES);
      const document = parse(page.fixture);
      const log: string[] = [page.fixture];
      const changes = random.int(1, 12);
      for (let i = 0; i < changes; i++) log.push(mutate(document, document.documentElement, random));
      const before = document.documentElement.outerHTML;
      let read: SnapshotRead | undefined;
      expect(() => {
        page.adapter.read({ document, url: new URL(page.url), selectors: page.adapter.defaultSelectors, now: NOW });
        read = readConversation(document, page.url, DEFAULT_SETTINGS, NOW);
      }, log.join('; ')).not.toThrow();
      expectWellFormed(read!, log);
      expect(document.documentElement.outerHTML === before, 'the reader changed the page').toBe(true);
      statuses[read!.status] = (statuses[read!.status] ?? 0) + 1;
    });
    // Most changed pages are still conversations: the fuzz must exercise reading, not only the refusals.
    expect(statuses.ok ?? 0, JSON.stringify(statuses)).toBeGreaterThan(100);
  });

  it('never loses the whole conversation over changes inside the message list', async () => {
    await forEachCase('message mutations', 120, (random) => {
      const page = random.pick(PAGES);
      const document = parse(page.fixture);
      const messages = [...document.querySelectorAll('[data-qa="message"]')];
      const list = messages[0]!.parentElement!;
      const log: string[] = [page.fixture];
      const changes = random.int(1, 10);
      for (let i = 0; i < changes; i++) log.push(mutate(document, list, random));
      const read = readConversation(document, page.url, DEFAULT_SETTINGS, NOW);
      expectWellFormed(read, log);
      // Messages are one part of the page: whatever happens to them, the header (customer, order) still shows.
      expect(read.status, `${log.join('; ')}\n${'message' in read ? read.message : ''}`).toBe('ok');
    });
  });

  it('survives random selector overrides from the options page', async () => {
    await forEachCase('selector overrides', 60, (random) => {
      const page = random.pick(PAGES);
      const document = parse(page.fixture);
      const roles = Object.keys(page.adapter.defaultSelectors);
      const overrides: Record<string, string> = {};
      for (let i = random.int(1, 6); i > 0; i--) {
        overrides[random.pick(roles)] = random.pick([
          '[[[',
          '*',
          'body',
          ':has(',
          'a[href]',
          'li:nth-child(2n)',
          '#',
          random.string(random.int(1, 30)),
        ]);
      }
      const settings = { ...DEFAULT_SETTINGS, selectorOverrides: { [page.adapter.id]: overrides } };
      let read: SnapshotRead | undefined;
      expect(() => (read = readConversation(document, page.url, settings, NOW))).not.toThrow();
      expectWellFormed(read!, [page.fixture, JSON.stringify(overrides)]);
    });
  });
});
