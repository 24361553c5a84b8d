// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { readConversation } from '@/utils/sites/conversation-reader';
import { effectiveSelectors, siteAdapters } from '@/utils/sites/registry';
import backoffice from '@/utils/sites/adapters/backoffice';
import { pickedResult, previewTaughtPart } from '@/utils/sites/teach/preview';
import {
  markTaughtSources,
  roleForPart,
  taughtRoleSelectors,
  taughtSelectorsSchema,
  withoutTaughtSelector,
  withTaughtSelector,
  TEACHABLE_PARTS,
  type TaughtSelectors,
} from '@/utils/sites/teach/taught-parts';
import { DEFAULT_SETTINGS, repairSettings } from '@/utils/settings';
import { sampleSnapshot } from '../../helpers/snapshot';

const PAGE = readFileSync(join(process.cwd(), 'tests/e2e/pages/teach-page.html'), 'utf8').replaceAll('__FOLDER__', '5550101');
const URL_ = 'https://www.backmarket.co.uk/bo-seller/customer-care/help-requests/5550101';
const AT = new Date('2026-12-05T11:00:00Z');

function load() {
  document.documentElement.innerHTML = new DOMParser().parseFromString(PAGE, 'text/html').documentElement.innerHTML;
}

const taught = (parts: Parameters<typeof withTaughtSelector>[2][], selectors: string[]): TaughtSelectors =>
  parts.reduce<TaughtSelectors>((all, part, index) => withTaughtSelector(all, 'backoffice', part, selectors[index]!, AT), {});

const REPLY_BOX = 'textarea[aria-label="Antwort an den Kunden"]';
const INTERNAL_NOTE = 'textarea[aria-label="Internal note, not sent to the customer"]';

/** The element the panel inserts replies into, as the content script finds it with these settings. */
function composerWith(settings: typeof DEFAULT_SETTINGS): Element | null {
  const url = new URL(URL_);
  return backoffice.findComposer({
    document,
    url,
    selectors: effectiveSelectors(backoffice, settings.selectorOverrides, settings.taughtSelectors),
    now: () => AT,
  });
}

describe('taught selectors on a page where one part is missing and one is read wrongly', () => {
  beforeEach(load);

  it('without teaching, the messages are missing and the internal note beside Send is taken as the reply box, from the page structure', () => {
    const read = readConversation(document, URL_, DEFAULT_SETTINGS);
    expect(read.status).toBe('ok');
    if (read.status !== 'ok') return;
    expect(read.snapshot.messages).toEqual([]);
    expect(read.snapshot.problems.map((problem) => problem.part)).toContain('messages');
    expect(read.snapshot.composerFound).toBe(true);
    expect(read.snapshot.sources?.composer).toBe('structure');
    expect(read.snapshot.problems.map((problem) => problem.part)).not.toContain('composer');
    expect(composerWith(DEFAULT_SETTINGS)).toBe(document.querySelector(INTERNAL_NOTE));
  });

  it('a taught message list and reply box win over the structure, are marked taught, and no longer named as problems', () => {
    const settings = { ...DEFAULT_SETTINGS, taughtSelectors: taught(['messageList', 'composer'], ['#posts', REPLY_BOX]) };
    const read = readConversation(document, URL_, settings);
    if (read.status !== 'ok') throw new Error(read.message);
    expect(read.snapshot.messages.map((message) => message.text)).toEqual([
      'Hello, my phone no longer charges since Tuesday. What can I do?',
      'We are sorry to hear that. Could you try another cable and tell us?',
      'Another cable does not help either.',
    ]);
    expect(read.snapshot.composerFound).toBe(true);
    expect(read.snapshot.sources).toMatchObject({ messages: 'taught', composer: 'taught' });
    expect(read.snapshot.problems.map((problem) => problem.part)).not.toContain('messages');
    expect(composerWith(settings)).toBe(document.querySelector(REPLY_BOX));
  });

  it('a taught selector that finds nothing is not marked taught: the part is read as without it', () => {
    const settings = { ...DEFAULT_SETTINGS, taughtSelectors: taught(['messageList', 'composer'], ['#gone', '#gone-too']) };
    const read = readConversation(document, URL_, settings);
    if (read.status !== 'ok') throw new Error(read.message);
    expect(read.snapshot.messages).toEqual([]);
    expect(read.snapshot.sources?.messages).toBeUndefined();
    expect(read.snapshot.sources?.composer).toBe('structure');
    expect(composerWith(settings)).toBe(document.querySelector(INTERNAL_NOTE));
  });

  it('previews what the part reads before it is saved', () => {
    expect(previewTaughtPart(document, URL_, DEFAULT_SETTINGS, 'messageList', '#posts')).toEqual({
      adapterId: 'backoffice',
      text: 'the message list: 3 messages, 0 with attachments',
      readsSomething: true,
    });
    expect(previewTaughtPart(document, URL_, DEFAULT_SETTINGS, 'composer', 'main > textarea')?.text).toBe(
      'the reply box: textarea “Antwort an den Kunden”',
    );
    expect(previewTaughtPart(document, URL_, DEFAULT_SETTINGS, 'orderId', '#nothing')).toMatchObject({ readsSomething: false });
  });
});

describe('what the panel gets for a picked element', () => {
  beforeEach(load);

  it('the reply box: a selector from its label (not its hashed classes), matching it alone, with what it reads', () => {
    const result = pickedResult(document, URL_, DEFAULT_SETTINGS, 'composer', document.querySelector(REPLY_BOX)!);
    expect(result).toEqual({
      status: 'picked',
      part: 'composer',
      adapterId: 'backoffice',
      selector: 'textarea[aria-label="Antwort an den Kunden"]',
      matches: 1,
      preview: 'the reply box: textarea “Antwort an den Kunden”',
      refusal: null,
    });
  });

  it('one message generalises to all three, though they share nothing but their parent', () => {
    const result = pickedResult(document, URL_, DEFAULT_SETTINGS, 'message', document.querySelector('blockquote')!);
    expect(result).toMatchObject({
      selector: '#posts > *',
      matches: 3,
      preview: 'one message: 3 messages, 0 with attachments',
      refusal: null,
    });
  });

  it('refuses to save a part that would still read nothing, or one inside a shadow root', () => {
    expect(pickedResult(document, URL_, DEFAULT_SETTINGS, 'messageList', document.querySelector('h2')!)).toMatchObject({
      refusal: 'Through it, the message list would still read nothing.',
    });
    const host = document.createElement('reply-box');
    host.id = 'reply';
    document.querySelector('main')!.append(host);
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<textarea name="body"></textarea>';
    const result = pickedResult(document, URL_, DEFAULT_SETTINGS, 'composer', shadow.querySelector('textarea')!);
    expect(result).toMatchObject({ status: 'picked', refusal: expect.stringContaining('#reply') });
  });
});

describe('taught roles', () => {
  it('every adapter has a role for every teachable part except a message list it does not read', () => {
    for (const adapter of siteAdapters) {
      for (const part of TEACHABLE_PARTS) {
        if (part === 'messageList' && !('messageList' in adapter.defaultSelectors)) continue;
        expect(roleForPart(adapter, part), `${adapter.id}.${part}`).not.toBeNull();
      }
    }
  });

  it('a message list taught on an adapter without a list role makes its children the messages, unless a message was taught', () => {
    expect(taughtRoleSelectors(backoffice, taught(['messageList'], ['#thread']).backoffice).message).toBe('#thread > *');
    expect(taughtRoleSelectors(backoffice, taught(['messageList'], ['#a, #b']).backoffice).message).toBe(':is(#a, #b) > *');
    expect(taughtRoleSelectors(backoffice, taught(['messageList', 'message'], ['#thread', '#thread > p']).backoffice).message).toBe(
      '#thread > p',
    );
  });

  it('taught selectors win over the admin overrides and the adapter defaults', () => {
    const selectors = effectiveSelectors(backoffice, { backoffice: { composer: 'textarea.admin' } }, taught(['composer'], ['#mine']));
    expect(selectors.composer).toBe('#mine');
    expect(effectiveSelectors(backoffice, { backoffice: { composer: 'textarea.admin' } }).composer).toBe('textarea.admin');
  });

  it('marks only parts that were read', () => {
    const snapshot = { ...sampleSnapshot(), orderId: null, composerFound: true, sources: { order: 'adapter' as const } };
    const marked = markTaughtSources(snapshot, taught(['orderId', 'composer'], ['#o', '#c']).backoffice);
    expect(marked.sources).toEqual({ order: 'adapter', composer: 'taught' });
  });

  it('does not mark a part the structural reader filled after the taught selector found nothing', () => {
    const snapshot = { ...sampleSnapshot(), composerFound: true, sources: { composer: 'structure' as const, order: 'adapter' as const } };
    const marked = markTaughtSources(snapshot, taught(['orderId', 'composer'], ['#o', '#gone']).backoffice);
    expect(marked.sources).toEqual({ order: 'taught', composer: 'structure' });
  });
});

describe('kept in settings', () => {
  it('round-trips through the settings schema and removes cleanly', () => {
    const value = taught(['composer', 'orderId'], ['#c', '#o']);
    expect(repairSettings({ ...DEFAULT_SETTINGS, taughtSelectors: value })).toEqual({
      settings: { ...DEFAULT_SETTINGS, taughtSelectors: value },
      repaired: [],
    });
    expect(withoutTaughtSelector(value, 'backoffice', 'composer')).toEqual({ backoffice: { orderId: value.backoffice!.orderId } });
    expect(withoutTaughtSelector(withoutTaughtSelector(value, 'backoffice', 'composer'), 'backoffice', 'orderId')).toEqual({});
  });

  it('a malformed entry resets only the taught selectors', () => {
    const { settings, repaired } = repairSettings({
      ...DEFAULT_SETTINGS,
      retentionDays: 9,
      taughtSelectors: { backoffice: { composer: { selector: '' } } },
    });
    expect(repaired).toEqual(['taughtSelectors']);
    expect(settings.retentionDays).toBe(9);
    expect(settings.taughtSelectors).toEqual({});
    expect(taughtSelectorsSchema.safeParse({ backoffice: { footer: { selector: 'x', taughtAt: 'now' } } }).success).toBe(false);
  });
});
