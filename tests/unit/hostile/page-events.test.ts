import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext as WxtContentScriptContext } from 'wxt/utils/content-script-context';
import { ContentScriptContext } from '@/utils/extension/page-silent-context';
import contentScript from '@/entrypoints/platform.content/index';
import { chordFromEvent } from '@/utils/keyboard/chords';
import type { KeyboardConfig, SnapshotRead } from '@/utils/messages';
import { caseRefOf } from '@/utils/sites/case-ref';
import { readFixture } from '../helpers/fixtures';
import { PAGE_SILENT_CONTEXT, WXT_CONTEXT_MODULE, pageSilentContentScriptContext } from '@/scripts/build/page-silent-context';

/**
 * The page shares the DOM with the content script and can post messages and dispatch events at it. None of that
 * may make ReturnDesk act: only runtime messages from ReturnDesk's own extension pages do, and keys only when the
 * agent pressed them (the browser marks those `isTrusted`; events a page script makes are not).
 *
 * Runs the real content script (main) on the demo conversation page in happy-dom, with WXT's fake browser, in
 * the context class the build gives it (utils/extension/page-silent-context.ts).
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
  palette: [{ kind: 'template', id: 'imei-request', label: 'IMEI: ask for the number', detail: '', chord: null }],
  help: [{ keys: '?', action: 'Show keyboard shortcuts', where: 'platform page' }],
};

let ctx: ContentScriptContext;
let sent: unknown[];

const composer = () =>
  document.querySelector<HTMLTextAreaElement>('[data-qa="composer-input"] textarea, textarea[data-qa="composer-input"]')!;
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
    const [result] = await fakeBrowser.runtime.onMessage.trigger(
      { type: 'panel->content:insert-text', text: 'From the panel', forCase },
      PANEL_SENDER,
      () => undefined,
    );
    expect(result).toMatchObject({ ok: true });
    expect(composer().value).toContain('From the panel');
  });

  it('refuses a reply prepared for another conversation, naming both, and leaves the composer alone', async () => {
    const forCase = { ...(await currentCase()), folderId: '104820257', label: 'conversation 104820257 (Noah Williams)' };
    const before = composer().value;
    const [result] = await fakeBrowser.runtime.onMessage.trigger(
      { type: 'panel->content:insert-text', text: 'Noah’s reply', forCase },
      PANEL_SENDER,
      () => undefined,
    );
    expect(result).toMatchObject({ ok: false });
    const message = (result as unknown as { message: string }).message;
    expect(message).toContain('conversation 104820257 (Noah Williams)');
    expect(message).toContain('conversation 104820113');
    expect(composer().value).toBe(before);
  });

  it('refuses a copy prepared for the same folder with other facts (another customer)', async () => {
    const forCase = { ...(await currentCase()), fingerprint: 'ffffffff' };
    const [result] = await fakeBrowser.runtime.onMessage.trigger(
      { type: 'panel->content:copy-text', text: '1234567890', forCase },
      PANEL_SENDER,
      () => undefined,
    );
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

/** WXT's "content script started" event, under the name a page that knows the extension id can compute. */
const STARTED_EVENT = (WxtContentScriptContext as unknown as { SCRIPT_STARTED_MESSAGE_TYPE: string }).SCRIPT_STARTED_MESSAGE_TYPE;

const overlayRoot = () => document.querySelector('returndesk-overlay')?.shadowRoot ?? null;
const openPalette = async () => {
  const [answer] = await fakeBrowser.runtime.onMessage.trigger({ type: 'background->content:open-palette' }, PANEL_SENDER, () => undefined);
  expect(await answer).toEqual({ ok: true });
  await settle();
  return overlayRoot()!;
};
const trusted = <E extends Event>(event: E): E => Object.defineProperty(event, 'isTrusted', { value: true });
const pressChord = async () => {
  window.dispatchEvent(trusted(new KeyboardEvent('keydown', { ...chord, bubbles: true, cancelable: true })));
  await settle();
};

describe('the overlay over the page', () => {
  it('runs a palette entry the agent clicks (the control)', async () => {
    const root = await openPalette();
    root.querySelector<HTMLElement>('[role="option"]')!.dispatchEvent(trusted(new MouseEvent('click', { bubbles: true, composed: true })));
    await settle();
    expect(runRequests()).toEqual([expect.objectContaining({ request: { kind: 'template', id: 'imei-request' } })]);
  });

  it('runs nothing a page script clicks, types or presses in the palette, and stays open for the agent', async () => {
    const root = await openPalette();
    const option = root.querySelector<HTMLElement>('[role="option"]')!;
    option.click();
    option.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    const search = root.querySelector<HTMLInputElement>('input')!;
    search.value = 'zzz-nothing';
    search.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    search.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true, cancelable: true }));
    search.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true, cancelable: true }));
    await settle();
    expect(runRequests()).toEqual([]);
    expect(root.querySelectorAll('[role="option"]')).toHaveLength(1);
  });

  it('lets no page script close the shortcut help', async () => {
    await pressKey('?');
    const root = overlayRoot()!;
    expect(root.querySelector('[role="dialog"]')).not.toBeNull();
    root.querySelector<HTMLButtonElement>('button')!.click();
    root.querySelector('[role="dialog"]')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    await settle();
    expect(root.querySelector('[role="dialog"]')).not.toBeNull();
  });
});

async function pressKey(key: string) {
  document.body.dispatchEvent(trusted(new KeyboardEvent('keydown', { key, code: '', bubbles: true, cancelable: true, composed: true })));
  await settle();
}

describe('WXT’s content-script start event, fired by the page', () => {
  it('does not shut the content script down: chords, the palette and the panel’s requests keep working', async () => {
    for (const detail of [{ contentScriptName: 'platform', messageId: 'page-made' }, { contentScriptName: 'platform' }, null]) {
      document.dispatchEvent(new CustomEvent(STARTED_EVENT, { detail }));
      window.postMessage({ type: STARTED_EVENT, contentScriptName: 'platform', messageId: 'page-made' }, '*');
    }
    await settle();
    expect(ctx.isValid).toBe(true);
    await pressChord();
    expect(runRequests()).toHaveLength(1);
    const root = await openPalette();
    root.querySelector<HTMLElement>('[role="option"]')!.dispatchEvent(trusted(new MouseEvent('click', { bubbles: true, composed: true })));
    await settle();
    expect(runRequests()).toHaveLength(2);
    const forCase = await currentCase();
    const [result] = await fakeBrowser.runtime.onMessage.trigger(
      { type: 'panel->content:insert-text', text: 'Still here', forCase },
      PANEL_SENDER,
      () => undefined,
    );
    expect(result).toMatchObject({ ok: true });
  });

  it('dispatches nothing the page can listen for when a content script starts', async () => {
    const heard: string[] = [];
    const listen = (event: Event) => heard.push(event.type);
    document.addEventListener(STARTED_EVENT, listen);
    window.addEventListener(STARTED_EVENT, listen);
    window.addEventListener('message', (event) => heard.push(JSON.stringify(event.data)));
    const { main, ...options } = contentScript;
    const second = new ContentScriptContext('platform', options);
    await main(second);
    await settle();
    second.abort('test finished');
    expect(heard).toEqual([]);
    // Nor did the new copy stop the running one: only an update or reload does (the runtime id goes).
    expect(ctx.isValid).toBe(true);
  });

  it('a copy left behind by an update or reload stops by itself and leaves the keys to the page', async () => {
    vi.spyOn(fakeBrowser.runtime, 'id', 'get').mockReturnValue(undefined as never);
    await pressChord();
    expect(runRequests()).toEqual([]);
    expect(ctx.isValid).toBe(false);
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
    expect(runRequests()).toEqual([
      expect.objectContaining({ request: expect.objectContaining({ kind: 'expand', abbreviation: ';imei' }) }),
    ]);
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

  it('is started by the build in ReturnDesk’s context class, not WXT’s', () => {
    const plugin = pageSilentContentScriptContext();
    const wxtEntry = join(process.cwd(), 'node_modules/wxt/dist/virtual/content-script-isolated-world-entrypoint.mjs');
    expect(readFileSync(wxtEntry, 'utf8')).toContain(`from "${WXT_CONTEXT_MODULE}"`);
    expect(plugin.resolveId(WXT_CONTEXT_MODULE, wxtEntry)).toBe(PAGE_SILENT_CONTEXT);
    // The class itself extends WXT's: that one import stays WXT's.
    expect(plugin.resolveId(WXT_CONTEXT_MODULE, PAGE_SILENT_CONTEXT)).toBeNull();
    expect(readFileSync(join(process.cwd(), 'wxt.config.ts'), 'utf8')).toContain('pageSilentContentScriptContext()');
  });

  it('has no window-message channel to the page', () => {
    for (const { file, text } of sources) {
      expect(text, file).not.toMatch(/addEventListener\(\s*['"]message['"]|['"]message['"]\s*,|\bonmessage\b|\.postMessage\(/);
    }
  });
});
