import { render, type ComponentChild } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { ConversationView } from '@/components/conversation-view';
import { PhotoList, type PhotoListItem } from '@/components/photo-list';
import { NumbersSection } from '@/entrypoints/sidepanel/numbers-section';
import type { NumbersState } from '@/entrypoints/sidepanel/use-numbers';
import { categoryById } from '@/utils/checklist/registry';
import { summarisePhotoSet } from '@/utils/checklist/photo-set';
import type { ConversationSnapshot } from '@/utils/sites/snapshot';
import { sampleSnapshot } from '../helpers/snapshot';

/**
 * Everything the panel shows that came from the page (names, order, product, problem messages, attachment names)
 * is rendered as text. Each view is rendered twice, once with hostile strings and once with plain letters of the
 * same length: the element trees must be identical, so no element, attribute or handler came from the page.
 */

const HOSTILE = [
  '<img src=x onerror="alert(1)">',
  '<script>alert(document.cookie)</script>',
  '<iframe src="javascript:alert(2)"></iframe>',
  '<svg onload=alert(3)><a href="javascript:x">',
  '"><b onmouseover=alert(4)>',
  '{{first_name}} ${document.domain}',
  '<style>*{display:none}</style>',
  '&lt;b&gt; &amp; &#60;i&#62;',
];
const plain = (text: string) => 'x'.repeat(text.length);

let container: HTMLElement | undefined;
afterEach(() => {
  if (container) render(null, container);
  container?.remove();
  container = undefined;
});

function mount(node: ComponentChild): HTMLElement {
  container?.remove();
  container = document.createElement('div');
  document.body.append(container);
  act(() => render(node, container!));
  return container;
}

/** Tag names and attribute names of every element, in document order: the shape of the rendered tree. */
function shape(root: Element): string[] {
  return [...root.querySelectorAll('*')].map(
    (element) =>
      `${element.tagName.toLowerCase()}[${[...element.attributes]
        .map((attribute) => attribute.name)
        .sort()
        .join(',')}]`,
  );
}

/** Renders the view with hostile strings and with plain ones, and compares. */
function expectRenderedAsText(view: (strings: readonly string[]) => ComponentChild): void {
  const hostileTree = mount(view(HOSTILE));
  const hostileShape = shape(hostileTree);
  const text = hostileTree.textContent ?? '';
  const shown = HOSTILE.filter((value) => text.includes(value));
  const plainShape = shape(mount(view(HOSTILE.map(plain))));
  expect(hostileShape).toEqual(plainShape);
  // The test means something only if the hostile strings were on screen, verbatim.
  expect(shown.length).toBeGreaterThan(0);
  for (const tag of ['script', 'iframe', 'svg', 'style', 'b']) expect(hostileTree.querySelector(tag)).toBeNull();
}

function hostileSnapshot(strings: readonly string[]): ConversationSnapshot {
  const [a, b, c, d, e, f, g, h] = strings as [string, string, string, string, string, string, string, string];
  return sampleSnapshot({
    folderId: h,
    customer: { firstName: a, lastName: b },
    orderId: f,
    product: { title: c, category: d },
    carrier: e,
    trackingNumber: g,
    problems: strings.map((message) => ({ part: 'warranty state' as const, message })),
    messages: [
      {
        id: 'm1',
        author: 'customer',
        authorName: a,
        date: null,
        text: strings.join('\n'),
        attachments: [{ url: 'https://www.backmarket.fr/a/1.jpg', name: b, mimeHint: 'image/jpeg' }],
      },
    ],
  });
}

describe('the panel renders page text as text', () => {
  it('conversation header and the problems the reader reported', () => {
    expectRenderedAsText((strings) => <ConversationView snapshot={hostileSnapshot(strings)} photos={null} replies={null} />);
    const text = mount(<ConversationView snapshot={hostileSnapshot(HOSTILE)} photos={null} replies={null} />).textContent ?? '';
    for (const value of HOSTILE) expect(text).toContain(value);
  });

  it('attachment names and failure messages in the photo list', () => {
    const category = categoryById('smartphone');
    expectRenderedAsText((strings) => {
      const photos: PhotoListItem[] = strings.map((name, index) => ({
        url: `https://www.backmarket.fr/a/${index}.jpg`,
        name,
        messageIndex: index,
        check: { kind: 'failed', code: 'damaged', message: `Not checked: ${name}` },
        thumbnailUrl: null,
      }));
      const summary = summarisePhotoSet(
        category,
        photos.map((photo, index) => ({ url: photo.url, messageIndex: index, attachmentIndex: 0, check: photo.check })),
        {},
        'en-gb',
      );
      return <PhotoList photos={photos} category={category} summary={summary} confirmed={{}} onAssign={() => undefined} uk />;
    });
  });

  it('attachment names and failure messages in the numbers section', () => {
    expectRenderedAsText((strings) => {
      const state: NumbersState = {
        images: strings.map((name, index) => ({
          url: `https://www.backmarket.fr/a/${index}.jpg`,
          name,
          origin: 'conversation',
          status: 'done',
          outcome: { kind: 'failed', code: 'damaged', message: `Could not read ${name}` },
          cropUrls: [],
          cached: false,
        })),
        progress: { done: strings.length, total: strings.length },
        disagreements: [],
        storageNotice: null,
        paused: false,
        pause: () => undefined,
        resume: () => undefined,
        readAnyway: () => undefined,
        confirmedPicks: new Set(),
        confirmPick: () => undefined,
      };
      return <NumbersSection state={state} />;
    });
  });
});
