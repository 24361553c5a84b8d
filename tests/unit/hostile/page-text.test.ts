import { describe, expect, it } from 'vitest';
import { MAX_CONVERSATION_TEXT } from '@/utils/sites/define';
import { conversationSnapshotSchema } from '@/utils/sites/snapshot';
import { PAGE_NAMES, PAGES, addAttachmentLink, loadPage, messageElements, read, readOk } from './page-helpers';

/**
 * What a customer (or a compromised page) can put in a conversation, read through the real adapters the way the
 * content script reads it. Nothing is interpreted: markup and template look-alikes stay words, and sizes the
 * snapshot cannot hold are cut with a marker or left out with a reason, never failing the whole conversation.
 */

const MARKUP = `<script>alert(document.cookie)</script><img src=x onerror="alert(1)"> <b>bold</b> <a href="javascript:alert(2)">link</a>`;
const LOOK_ALIKES = '{{first_name}} {{#missing_shots}}{{.}}{{/missing_shots}} {{^x}}{{/x}} ${document.cookie} {{{raw}}}';

describe.each(PAGE_NAMES)('%s adapter: hostile message text', (name) => {
  it('keeps markup and template look-alikes as the words the customer typed', () => {
    const document = loadPage(name);
    const body = document.querySelectorAll(PAGES[name].body)[0]!;
    body.textContent = `${MARKUP}\n${LOOK_ALIKES}`;
    const snapshot = readOk(document, name);
    expect(snapshot.messages[0]!.text).toBe(`${MARKUP}\n${LOOK_ALIKES}`);
  });

  it('reads real elements a careless page put inside a message as their text, not as elements', () => {
    const document = loadPage(name);
    const body = document.querySelectorAll(PAGES[name].body)[0]!;
    const bold = document.createElement('b');
    bold.textContent = 'not bold';
    const style = document.createElement('style');
    style.textContent = 'body{display:none}';
    body.replaceChildren('Before ', bold, ' ', style, ' after');
    expect(readOk(document, name).messages[0]!.text).toBe('Before not bold body{display:none} after');
  });

  it('cuts a megabytes-long message with a marker, keeping every other message and the header', () => {
    const document = loadPage(name);
    const before = readOk(loadPage(name), name);
    const bodies = document.querySelectorAll(PAGES[name].body);
    bodies[0]!.textContent = `Start of a pasted log. ${'0123456789'.repeat(300_000)}`;
    const snapshot = readOk(document, name);
    const cut = snapshot.messages[0]!.text;
    expect(cut.length).toBeLessThanOrEqual(20_000);
    expect(cut.startsWith('Start of a pasted log. 0123456789')).toBe(true);
    expect(cut).toMatch(/\n\[… message cut by ReturnDesk: 3000023 characters in all\]$/);
    expect(snapshot.messages.slice(1)).toEqual(before.messages.slice(1));
    expect(snapshot.customer).toEqual(before.customer);
    expect(snapshot.orderId).toBe(before.orderId);
  });

  it('never splits an emoji when cutting', () => {
    const document = loadPage(name);
    document.querySelectorAll(PAGES[name].body)[0]!.textContent = '😀'.repeat(30_000);
    const text = readOk(document, name).messages[0]!.text;
    // No lone surrogate: every high surrogate is followed by a low one.
    expect(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(text)).toBe(false);
  });

  it('keeps a conversation of thousands of huge messages small enough to pass to the panel', () => {
    const document = loadPage(name);
    const template = messageElements(document, name)[0]!;
    const list = template.parentElement!;
    for (let i = 0; i < 150; i++) {
      const copy = template.cloneNode(true) as Element;
      copy.setAttribute('data-message-id', `huge-${i}`);
      copy.querySelector(PAGES[name].body)!.textContent = 'y'.repeat(25_000);
      list.append(copy);
    }
    const short = template.cloneNode(true) as Element;
    short.setAttribute('data-message-id', 'short-last');
    short.querySelector(PAGES[name].body)!.textContent = 'Here is my IMEI: 356938035643809';
    list.append(short);
    const snapshot = readOk(document, name);
    const total = snapshot.messages.reduce((sum, message) => sum + message.text.length, 0);
    expect(total).toBeLessThanOrEqual(MAX_CONVERSATION_TEXT);
    expect(snapshot.messages.find((message) => message.id === 'short-last')?.text).toBe('Here is my IMEI: 356938035643809');
    expect(
      snapshot.messages
        .filter((message) => message.id.startsWith('huge-'))
        .every((message) => message.text.includes('message cut by ReturnDesk: 25000 characters')),
    ).toBe(true);
    // Chrome refuses runtime messages over 64 MiB; stay far below.
    expect(JSON.stringify(snapshot).length).toBeLessThan(4 * 1024 * 1024);
  });

  it('cuts or leaves out over-long names, dates, ids and links instead of refusing the conversation', () => {
    const document = loadPage(name);
    const message = messageElements(document, name)[0]!;
    message.setAttribute('data-message-id', 'i'.repeat(5000));
    message.querySelector(PAGES[name].author)!.textContent = 'N'.repeat(5000);
    message.querySelector('time')?.setAttribute('datetime', '2'.repeat(5000));
    const link = document.createElement('a');
    link.setAttribute('data-qa', PAGES[name].attachment);
    link.setAttribute('href', '/attachments/long.jpg');
    link.setAttribute('download', 'd'.repeat(5000));
    link.setAttribute('type', 't'.repeat(5000));
    link.textContent = 'long.jpg';
    message.append(link);
    addAttachmentLink(document, name, message, `/attachments/${'p'.repeat(5000)}.jpg`);
    const result = read(document, name);
    expect(result.status).toBe('ok');
    if (result.status !== 'ok') return;
    expect(conversationSnapshotSchema.safeParse(result.snapshot).success).toBe(true);
    expect(result.snapshot.messages).toHaveLength(messageElements(loadPage(name), name).length);
    const first = result.snapshot.messages[0]!;
    expect(first.authorName).toBe('N'.repeat(200));
    expect(first.attachments.some((attachment) => attachment.url.endsWith('/attachments/long.jpg'))).toBe(true);
    // A link longer than a URL may be in the snapshot (4096) is dropped, not cut into another address.
    expect(first.attachments.some((attachment) => attachment.url.includes('pppp'))).toBe(false);
  });
});

describe('backoffice adapter: live-page shapes', () => {
  it('reads messages that carry no id at all (the live page gives none), numbering them', () => {
    const document = loadPage('backoffice');
    for (const message of messageElements(document, 'backoffice')) message.removeAttribute('data-message-id');
    const snapshot = readOk(document, 'backoffice');
    expect(snapshot.messages.map((message) => message.id)).toEqual(['message-1', 'message-2']);
    expect(snapshot.messages[0]!.attachments).toHaveLength(1);
  });
});
