import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import contentScript from '@/entrypoints/platform.content/index';
import { chordFromEvent } from '@/utils/keyboard/chords';
import type { KeyboardConfig, SnapshotRead } from '@/utils/messages';
import { caseRefOf } from '@/utils/sites/case-ref';
import { readFixture } from '../helpers/fixtures';

/**
 * The page shares the DOM with the content script and can post messages and dispatch events at it. None of that
 * may make ReturnDesk act: only runtime messages from ReturnDesk's own extension pages do, and keys only when the
 * agent pressed them (the browser marks those `isTrusted`; events a page script makes are not).
 *
 * Runs the real content script (main) on the demo conversation page in happy-dom, with WXT's fake browser.
 */

const PAGE_URL = 'http://127.0.0.1:5391/bo-seller/customer-care/folders/104820113';
const PANEL_SENDER = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/sidepanel.html') };
const A_CASE = { platform: 'demo', folderId: '104820113', fingerprint: '00000000', label: 'conversation 104820113' };
const INSERT = { type: 'panel->content:insert-text', text: 'PAGE-INJECTED', forCase: A_CASE } as const;

/** What the panel sends with an insert: the conversation it prepared the text for, as the page shows it now. */
async function currentCase() {
  const [read] = await fakeBrowser.runtime.onMessage.trigger({ type: 'panel->content:get-snapshot' }, PANEL_SENDER, () => undefined);
  const parsed = read as unknown as SnapshotRead;
  if (parsed.status !== 'ok') throw new Error(`the demo page was not read: ${JSON.stringify(parsed)}`);
  return caseRefOf(parsed.snapshot);
}

const chord = { key: 'i', code: 'KeyI', ctrlKey: true, altKey: true, shiftKey: false, metaKey: false };
const keyboardConfig: KeyboardConfig = {
  bindings: [{ chord: chordFromEvent(chord)!, request: { kind: 'template', id: 'imei-request' } }],
  abbreviations: [{ abbreviation: ';imei', templateId: 'imei-request' }],
  palette: [],
  help: [],
};

let ctx: ContentScriptContext;
let sent: unknown[];

const composer = () => document.querySelector<HTMLTextAreaElement>('[data-qa="composer-input"] textarea, textarea[data-qa="composer-input"]')!;
const runRequests = () => sent.filter((message) => (message as { type?: string }).type === 'content->background:run');
const settle = () => new Promise((resolve) => setTimeout(resolve, 30));

beforeEach(async () => {
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(PAGE_URL);
  const page = new DOMParser().parseFromString(readFixture('sites/demo-104820113.html'), 'text/html');
  document.body.replaceChildren(...[...page.body.childNodes].map((node) => document.importNode(node, true)));
  sent = [];
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((async (message: unknown) => {
    sent.push(message);
    const type = (message as { type?: string }).type;
    if (type === 'content->background:keyboard-config') return keyboardConfig;
    if (type === 'content->background:run') return { status: 'queued' };
    return undefined;
  }) as never);
  const { main, ...options } = contentScript;
  ctx = new ContentScriptContext('platform', options);
  await main(ctx);
  await settle();
});

afterEach(() => {
  ctx.abort('test finished');
  document.body.replaceChildren();
});

describe('the content script and the page world', () => {
  it('inserts a reply for ReturnDesk’s own panel (the control for the tests below)', async () => {
    const forCase = await currentCase();
    const [result] = await fakeBrowser.runtime.onMessage.trigger({ type: 'panel->content:insert-text', text: 'From the panel', forCase }, PANEL_SENDER, () => undefined);
    expect(result).toMatchObject({ ok: true });
    expect(composer().value).toContain('From the panel');
  });

  it('refuses a reply prepared for another conversation, naming both, and leaves the composer alone', async () => {
    const forCase = { ...(await currentCase()), folderId: '104820257', label: 'conversation 104820257 (Noah Williams)' };
    const before = composer().value;
    const [result] = await fakeBrowser.runtime.onMessage.trigger({ type: 'panel->content:insert-text', text: 'Noah’s reply', forCase }, PANEL_SENDER, () => undefined);
    expect(result).toMatchObject({ ok: false });
    const message = (result as unknown as { message: string }).message;
    expect(message).toContain('conversation 104820257 (Noah Williams)');
    expect(message).toContain('conversation 104820113');
    expect(composer().value).toBe(before);
  });

  it('refuses a copy prepared for the same folder with other facts (another customer)', async () => {
    const forCase = { ...(await currentCase()), fingerprint: 'ffffffff' };
    const [result] = await fakeBrowser.runtime.onMessage.trigger({ type: 'panel->content:copy-text', text: '1234567890', forCase }, PANEL_SENDER, () => undefined);
    expect(result).toMatchObject({ ok: false });
  });

  it('ignores window messages shaped like the panel’s', async () => {
    window.postMessage(INSERT, '*');
    window.dispatchEvent(new MessageEvent('message', { data: INSERT, origin: location.origin }));
    document.dispatchEvent(new MessageEvent('message', { data: INSERT, origin: location.origin }));
    await settle();
    expect(composer().value).not.toContain('PAGE-INJECTED');
  });

  it('ignores runtime messages from anything but its own extension pages', async () => {
    const senders = [
      {},
      { id: 'another-extension', url: 'chrome-extension://another-extension/panel.html' },
      // Our own content script in another platform tab (what a compromised page could make it say).
      { id: fakeBrowser.runtime.id, url: 'https://www.backmarket.fr/bo-seller/customer-care/folders/1', tab: { id: 7 } },
      { id: fakeBrowser.runtime.id, url: `${PAGE_URL}#chrome-extension://${fakeBrowser.runtime.id}/` },
    ];
    for (const sender of senders) {
      const results = await fakeBrowser.runtime.onMessage.trigger(INSERT, sender as never, () => undefined);
      expect(results, JSON.stringify(sender)).toEqual([undefined]);
    }
    expect(composer().value).not.toContain('PAGE-INJECTED');
  });

  it('refuses panel look-alikes from its own panel that do not fit the message schema', async () => {
    for (const message of [
      { ...INSERT, type: 'panel->content:insert-text ' },
      { ...INSERT, text: 'x'.repeat(20_001) },
      { type: 'panel->content:insert-text', text: { toString: () => 'PAGE-INJECTED' }, forCase: A_CASE },
      { type: 'panel->content:insert-text', text: 'PAGE-INJECTED' },
      JSON.parse('{"__proto__": {"type": "panel->content:insert-text", "text": "PAGE-INJECTED"}}'),
    ]) {
      expect(await fakeBrowser.runtime.onMessage.trigger(message, PANEL_SENDER, () => undefined)).toEqual([undefined]);
    }
    expect(composer().value).toBe('');
  });

  // WXT posts a window message naming the extension id when a content script starts, unless the entrypoint sets
  // `noScriptStartedPostMessage: true` (entrypoints/platform.content/index.ts).
  it('does not tell the page it is installed (WXT’s start-up window message names the extension id)', async () => {
    const posted = vi.spyOn(window, 'postMessage');
    const { main: _main, ...options } = contentScript;
    const second = new ContentScriptContext('platform', options);
    second.abort('test finished');
    expect(posted.mock.calls.map(([data]) => JSON.stringify(data)).filter((data) => data.includes(fakeBrowser.runtime.id))).toEqual([]);
  });
});

describe('keys and typing the page fakes', () => {
  it('a real-looking chord still reaches the panel when the browser marks it trusted (the control)', async () => {
    const event = new KeyboardEvent('keydown', { ...chord, bubbles: true, cancelable: true });
    Object.defineProperty(event, 'isTrusted', { value: true });
    window.dispatchEvent(event);
    await settle();
    expect(runRequests()).toHaveLength(1);
  });

  it('a chord dispatched by page script runs nothing', async () => {
    window.dispatchEvent(new KeyboardEvent('keydown', { ...chord, bubbles: true, cancelable: true }));
    composer().dispatchEvent(new KeyboardEvent('keydown', { ...chord, bubbles: true, cancelable: true }));
    await settle();
    expect(runRequests()).toEqual([]);
  });

  const typeAbbreviation = async (trusted: boolean) => {
    const field = composer();
    field.focus();
    field.value = 'Hello ;imei';
    field.setSelectionRange(field.value.length, field.value.length);
    const event = new InputEvent('input', { bubbles: true, inputType: 'insertText', data: 'i' });
    if (trusted) Object.defineProperty(event, 'isTrusted', { value: true });
    field.dispatchEvent(event);
    await settle();
  };

  it('an abbreviation the agent typed expands (the control)', async () => {
    await typeAbbreviation(true);
    expect(runRequests()).toEqual([expect.objectContaining({ request: expect.objectContaining({ kind: 'expand', abbreviation: ';imei' }) })]);
  });

  it('an abbreviation "typed" by page script expands nothing', async () => {
    await typeAbbreviation(false);
    expect(runRequests()).toEqual([]);
  });
});

describe('content script source', () => {
  const directory = join(process.cwd(), 'entrypoints/platform.content');
  const sources = readdirSync(directory, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.(ts|tsx)$/.test(file))
    .map((file) => ({ file, text: readFileSync(join(directory, file), 'utf8') }));

  it('has no window-message channel to the page', () => {
    for (const { file, text } of sources) {
      expect(text, file).not.toMatch(/addEventListener\(\s*['"]message['"]|['"]message['"]\s*,|\bonmessage\b|\.postMessage\(/);
    }
  });
});
