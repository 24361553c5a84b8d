import { describe, expect, it } from 'vitest';
import backoffice from '@/utils/sites/adapters/backoffice';
import { finishSnapshot, type AdapterRead } from '@/utils/sites/define';
import { sampleSnapshot } from '../helpers/snapshot';
import { readFixture } from '../helpers/fixtures';

const FIXTURE = readFixture('sites/backoffice-care-folder.html');
const URL_OF_FOLDER = new URL('https://www.backmarket.co.uk/bo-seller/customer-care/folders/4815162');

function read(html: string, url = URL_OF_FOLDER, selectors = backoffice.defaultSelectors): AdapterRead {
  const document = new DOMParser().parseFromString(html, 'text/html');
  return backoffice.read({ document, url, selectors, now: () => new Date('2026-11-22T10:00:00Z') });
}

function readOk(html: string, ...rest: [URL?, Record<string, string>?]) {
  const result = read(html, ...rest);
  if (!result.ok) throw new Error(`expected a conversation, got ${result.reason}: ${result.message}`);
  return result.snapshot;
}

describe('back-office adapter', () => {
  it('reads the header through visible labels when data-qa hooks are absent', () => {
    const snapshot = readOk(FIXTURE);
    expect(snapshot).toMatchObject({
      platform: 'backoffice',
      folderId: '4815162',
      customer: { firstName: 'Olivia', lastName: 'Bennett-Clarke' },
      country: 'en-gb',
      orderId: '72450198',
      product: { title: 'iPad Air (2022) 64GB - Space Gray - WiFi', category: 'Tablets' },
      warrantyState: 'WATER_OR_DROPPED',
      carrier: 'DPD UK',
      trackingNumber: '15501234567890',
      composerFound: true,
    });
    expect(snapshot.problems).toEqual([]);
  });

  it('reads messages with authors, dates and only http(s) attachments', () => {
    const { messages, returnLabels } = readOk(FIXTURE);
    expect(messages.map((m) => [m.id, m.author, m.authorName, m.date])).toEqual([
      ['m1', 'customer', 'Olivia', '2026-11-02T09:12:00+00:00'],
      ['m2', 'merchant', 'Refurb Ltd', '2026-11-02T11:40:00+00:00'],
    ]);
    expect(messages[0]!.attachments.map((a) => a.url)).toEqual(['https://www.backmarket.co.uk/attachments/4815162/front.jpg']);
    expect(messages[1]!.text).toBe('Thanks Olivia, we will look into it. <b>not bold</b>');
    expect(returnLabels[0]?.url).toBe('https://www.backmarket.co.uk/labels/4815162.pdf');
  });

  it('finds the composer by its label and reports when it is gone, still reading the rest', () => {
    const withoutComposer = FIXTURE.replace(/<form>[\s\S]*<\/form>/, '');
    const snapshot = readOk(withoutComposer);
    expect(snapshot.composerFound).toBe(false);
    expect(snapshot.problems).toContainEqual({ part: 'composer', message: 'no composer found' });
    expect(snapshot.orderId).toBe('72450198');
  });

  it('names each part a changed layout hides', () => {
    const stripped = FIXTURE.replace(/<dt>Order ID<\/dt><dd>72450198<\/dd>/, '').replace(/<ol>[\s\S]*<\/ol>/, '');
    const snapshot = readOk(stripped);
    expect(snapshot.problems.map((p) => p.part).sort()).toEqual(['messages', 'order']);
    expect(snapshot.customer.firstName).toBe('Olivia');
  });

  it('uses an override selector instead of the built-in one, and the page shape when neither matches', () => {
    const html = FIXTURE.replace('<textarea aria-label="Write a message"></textarea>', '<div class="editor" contenteditable="true"></div>');
    expect(readOk(html).sources?.composer).toBe('structure');
    const overridden = readOk(html, URL_OF_FOLDER, { ...backoffice.defaultSelectors, composer: 'div.editor' });
    expect(overridden.composerFound).toBe(true);
    expect(overridden.sources?.composer).toBe('adapter');
  });

  it('treats an invalid override selector as not found rather than throwing, and falls back to the structural reader', () => {
    const snapshot = readOk(FIXTURE, URL_OF_FOLDER, { ...backoffice.defaultSelectors, composer: 'textarea[[' });
    expect(snapshot.composerFound).toBe(true);
    expect(snapshot.sources?.composer).toBe('structure');
  });

  it('says there is no conversation on a page without a folder id', () => {
    const result = read(FIXTURE, new URL('https://www.backmarket.co.uk/bo-seller/customer-care'));
    expect(result).toMatchObject({ ok: false, reason: 'no-conversation' });
  });
});

describe('finishSnapshot', () => {
  it('drops a field that fails the schema, names it, and keeps the rest', () => {
    const result = finishSnapshot(sampleSnapshot({ country: 'UK' as never, orderId: 'x'.repeat(500) }));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.snapshot.country).toBeNull();
    expect(result.snapshot.orderId).toBeNull();
    expect(result.snapshot.customer.firstName).toBe('Amelia');
    expect(result.snapshot.problems.map((p) => p.part)).toEqual(['country', 'order']);
    expect(result.snapshot.problems[0]!.message).toMatch(/^country has an unexpected format/);
  });

  it('refuses a read whose core cannot be repaired, naming the field', () => {
    const result = finishSnapshot(sampleSnapshot({ folderId: '' }));
    expect(result).toMatchObject({ ok: false, reason: 'unreadable', message: expect.stringContaining('folderId') });
  });
});
