import type { Page as PlaywrightPage, Route } from 'playwright-core';
import type { HTTPRequest, KeyInput, Page as PuppeteerPage } from 'puppeteer-core';
import { describe } from 'vitest';
import { waitFor } from './bounded';
import type { ChromiumSession } from './chromium';
import { openFirefoxExtensionPage, type FirefoxSession } from './firefox';
import type { RequestRecorder } from './request-recorder';
import { runIn, scriptOf, type Json, type PageFunction } from './script';
import { useChromiumSuite, useFirefoxSuite, type BrowserSuite } from './suite';

/**
 * One browser driver, so that each browser test is written once and runs in Chromium (playwright-core) and in
 * Firefox ESR (puppeteer-core over WebDriver BiDi).
 *
 * ```ts
 * import { describeInBrowsers, waitFor } from './harness/driver';
 *
 * describeInBrowsers('reply language', (use, browser) => {
 *   it('picks French on the French conversation', async () => {
 *     const driver = use();
 *     await driver.openConversation(`${driver.origin}/bo-seller/customer-care/folders/104821015`);
 *     await driver.openPanel();
 *     const locale = await waitFor(
 *       () => driver.panel.run((selector) => document.querySelector(selector)?.getAttribute('data-reply-locale'), '[data-reply-locale]'),
 *       { timeoutMs: 30_000, what: 'the replies list with its language' },
 *     );
 *     expect(locale).toBe('fr-fr');
 *   });
 *   // Only where a browser truly lacks the feature, and say why:
 *   it.runIf(browser === 'chromium')('… (Firefox: …)', async () => { … });
 * });
 * ```
 *
 * - `driver.page` is the conversation tab, `driver.panel` the tab that shows the panel page (`sidepanel.html`, the
 *   page Chrome's side panel and Firefox's sidebar load), which follows the conversation tab.
 * - `tab.run(fn, ...args)` runs `fn` in the tab: arguments are JSON, checked against `fn`'s parameters; `fn` uses
 *   only its arguments and the page's globals (it is sent as source).
 * - `waitFor(check, { timeoutMs, what })` is the one way to wait: `check` returns undefined or false until it is
 *   satisfied, then the value to return.
 * - `driver.native` gives Playwright's or puppeteer's own objects, for what one browser alone can do (the DevTools
 *   protocol, IME input): such a test or step runs in that browser only and says why the other cannot.
 * - A scenario module with a `-chromium`/`-firefox` pair of thin files converts by taking the `Driver` (or its
 *   `page`/`panel` tabs, which also satisfy the older `DrivenPage`) and being called once inside
 *   `describeInBrowsers` in one `<name>.test.ts`; the pair is then deleted.
 * - `RETURNDESK_E2E_BROWSERS=chromium` (or `firefox`) runs one browser only.
 */

export { waitFor };

export type BrowserName = 'chromium' | 'firefox';

export const BROWSER_LABELS: Record<BrowserName, string> = { chromium: 'Chromium', firefox: 'Firefox ESR' };

/** A tab, the same in both browsers. Keys are written as Playwright writes them: "Enter", "Alt+2", "Control+z". */
export interface DrivenTab {
  /** Runs `fn(...args)` in the tab and returns its awaited result. */
  run<Args extends Json[], Result>(fn: PageFunction<Args, Result>, ...args: Args): Promise<Awaited<Result>>;
  /**
   * A script given as source, built by `scriptOf`: for the helpers that also serve a browser's own page (panel.ts,
   * keyboard.ts, navigation.ts take an evaluate function). New code uses `run`.
   */
  evaluate(script: string): Promise<unknown>;
  /** The visible text of the first element matching `selector` (the body by default), whitespace collapsed; '' when absent. */
  text(selector?: string): Promise<string>;
  /** Presses a key or a chord ("Alt+Shift+K") with trusted input. */
  press(key: string): Promise<void>;
  /** A key with Control held, e.g. "z" (for `DrivenPage`). */
  pressWithControl(key: string): Promise<void>;
  /** Types text with trusted key events where the focus is. */
  type(text: string): Promise<void>;
  /**
   * Clicks, with the mouse, the visible element with this role and accessible name (whitespace collapsed; the whole
   * name unless `exact: false`, which takes the first whose name contains it).
   */
  click(role: string, name: string, options?: { exact?: boolean }): Promise<void>;
  /** Clicks, with the mouse, the first visible element matching a CSS selector. */
  clickOn(selector: string): Promise<void>;
  /**
   * Replaces the value of the field matching `selector` as an edit would (the native value setter, then an
   * `input` event: what Playwright's `fill` does), so the page's framework sees it.
   */
  fill(selector: string, value: string): Promise<void>;
  /** Gives the file input matching `selector` one file, as choosing it in the file dialog would. */
  setInputFile(selector: string, file: { name: string; mimeType: string; content: string }): Promise<void>;
  /**
   * Holds back, by `ms`, every request of this tab whose URL contains `urlPart` (a slow connection). Returns the
   * function that stops it.
   */
  delayRequests(urlPart: string, ms: number): Promise<() => Promise<void>>;
  /** Reloads the page from its own script, without waiting for the new document (as a person pressing F5). */
  reload(): Promise<void>;
  /** Accepts every `confirm`/`alert` the tab opens from now on. */
  acceptDialogs(): void;
  /** Focuses the element with this role and name, as Tab would. */
  focus(role: string, name: string): Promise<void>;
  moveTo(x: number, y: number): Promise<void>;
  clickAt(x: number, y: number): Promise<void>;
  goto(url: string): Promise<void>;
  bringToFront(): Promise<void>;
  url(): Promise<string>;
  isClosed(): boolean;
  close(): Promise<void>;
}

/** What a browser test drives: the suite's browser, its two tabs and the demo platform. */
export interface Driver {
  browser: BrowserName;
  origin: string;
  recorder: RequestRecorder;
  /** The conversation tab (reopened by `openConversation` if a test closed it). */
  readonly page: DrivenTab;
  /** The tab that shows the panel page. */
  readonly panel: DrivenTab;
  extensionUrl(pagePath: string): string;
  /** Loads `url` in the conversation tab and brings it to the front. */
  openConversation(url: string): Promise<void>;
  /** Loads an extension page (the panel by default) in the panel tab; the conversation tab stays the one followed. */
  openPanel(pagePath?: string): Promise<void>;
  /** A new tab showing an extension page (the options page, say). */
  openExtensionTab(pagePath: string): Promise<DrivenTab>;
  /** `storage.local` of the extension, read and written through the panel tab (an extension page). */
  storage: {
    get(key: string): Promise<unknown>;
    set(values: Record<string, Json>): Promise<void>;
    remove(key: string): Promise<void>;
  };
  /** A new tab showing `url` (a web page or an extension page); closed by the test. */
  openTab(url: string): Promise<DrivenTab>;
  /** Every row of a store of ReturnDesk's IndexedDB, read through the panel tab; [] when the store does not exist. */
  databaseRows(store: string): Promise<unknown[]>;
  /**
   * The browser's own objects, for what only one browser can do. A test that uses them runs in that browser only
   * and says why the other cannot.
   */
  native: NativeSuite;
}

export type NativeSuite =
  | { browser: 'chromium'; suite: BrowserSuite<ChromiumSession, PlaywrightPage> }
  | { browser: 'firefox'; suite: BrowserSuite<FirefoxSession, PuppeteerPage> };

// ---- In-page functions (sent as source: self-contained) ----

function visibleText(selector: string | null): string {
  const node = selector ? document.querySelector(selector) : document.body;
  if (!node) return '';
  const text = node instanceof HTMLElement ? node.innerText : (node.textContent ?? '');
  return text.replace(/\s+/g, ' ').trim();
}

/** Finds the visible element with `role` and accessible `name`, scrolls it into view, optionally focuses it, and returns its centre. */
function locateByRole(role: string, name: string, focus: boolean, exact: boolean): { x: number; y: number } | string {
  const implicit: Record<string, string> = {
    button: 'button, input[type="button"], input[type="submit"], input[type="reset"]',
    link: 'a[href]',
    textbox:
      'textarea, input:not([type]), input[type="text"], input[type="search"], input[type="email"], input[type="url"], input[type="tel"], input[type="number"]',
    checkbox: 'input[type="checkbox"]',
    radio: 'input[type="radio"]',
    combobox: 'select',
    heading: 'h1, h2, h3, h4, h5, h6',
  };
  const clean = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
  const nameOf = (element: Element): string => {
    const label = element.getAttribute('aria-label');
    if (label) return clean(label);
    const labelledBy = element.getAttribute('aria-labelledby');
    if (labelledBy)
      return clean(
        labelledBy
          .split(/\s+/)
          .map((id) => document.getElementById(id)?.textContent ?? '')
          .join(' '),
      );
    const labels = (element as HTMLInputElement).labels;
    if (labels && labels.length > 0) return clean([...labels].map((item) => item.textContent).join(' '));
    if (element instanceof HTMLInputElement && ['button', 'submit', 'reset'].includes(element.type)) return clean(element.value);
    const text = clean(element instanceof HTMLElement ? element.innerText : element.textContent);
    return text || clean(element.getAttribute('title'));
  };
  const selector = `[role="${role}"]${implicit[role] ? `, ${implicit[role]}` : ''}`;
  const candidates = [...document.querySelectorAll(selector)].filter(
    (element) => element.getClientRects().length > 0 && (element.getAttribute('role') ?? role) === role,
  );
  const found = candidates.find((element) => (exact ? nameOf(element) === clean(name) : nameOf(element).includes(clean(name))));
  if (!found) return `no visible ${role} named "${name}"; there are: ${candidates.map(nameOf).slice(0, 30).join(' | ')}`;
  found.scrollIntoView({ block: 'center', inline: 'center' });
  if (focus) (found as HTMLElement).focus();
  const box = found.getBoundingClientRect();
  return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
}

/** `storage.local` as both browsers give it to extension pages (`browser` in Firefox, `chrome` in Chromium). */
interface ExtensionGlobals {
  browser?: { storage: { local: LocalStorageArea } };
  chrome?: { storage: { local: LocalStorageArea } };
}
interface LocalStorageArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(values: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

/** The centre of the first visible element matching `selector`, scrolled into view; a reason when there is none. */
function locateSelector(selector: string): { x: number; y: number } | string {
  const found = [...document.querySelectorAll(selector)].find((element) => element.getClientRects().length > 0);
  if (!found) return `no visible element matches ${selector}`;
  found.scrollIntoView({ block: 'center', inline: 'center' });
  const box = found.getBoundingClientRect();
  return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
}

function fillField(selector: string, value: string): boolean {
  const field = document.querySelector<HTMLInputElement | HTMLTextAreaElement>(selector);
  if (!field) return false;
  field.focus();
  const prototype = field instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  Object.getOwnPropertyDescriptor(prototype, 'value')!.set!.call(field, value);
  field.dispatchEvent(new Event('input', { bubbles: true }));
  field.dispatchEvent(new Event('change', { bubbles: true }));
  return true;
}

function giveFile(selector: string, name: string, mimeType: string, content: string): boolean {
  const input = document.querySelector<HTMLInputElement>(selector);
  if (!input) return false;
  const transfer = new DataTransfer();
  transfer.items.add(new File([content], name, { type: mimeType }));
  input.files = transfer.files;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  input.dispatchEvent(new Event('change', { bubbles: true }));
  return true;
}

async function storageGet(key: string): Promise<unknown> {
  const extension = globalThis as unknown as ExtensionGlobals;
  const area = (extension.browser ?? extension.chrome)!.storage.local;
  return (await area.get(key))[key];
}

async function storageSet(values: Record<string, Json>): Promise<true> {
  const extension = globalThis as unknown as ExtensionGlobals;
  await (extension.browser ?? extension.chrome)!.storage.local.set(values);
  return true;
}

async function storageRemove(key: string): Promise<true> {
  const extension = globalThis as unknown as ExtensionGlobals;
  await (extension.browser ?? extension.chrome)!.storage.local.remove(key);
  return true;
}

async function allRows(store: string): Promise<unknown[]> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const open = indexedDB.open('returndesk');
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error ?? new Error('indexedDB.open failed'));
  });
  try {
    if (!db.objectStoreNames.contains(store)) return [];
    return await new Promise<unknown[]>((resolve, reject) => {
      const request = db.transaction(store).objectStore(store).getAll();
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('getAll failed'));
    });
  } finally {
    db.close();
  }
}

// ---- The two implementations ----

/** What differs between Playwright's and puppeteer's pages; everything else is built on it once. */
type TabPrimitives = Pick<
  DrivenTab,
  | 'evaluate'
  | 'setInputFile'
  | 'acceptDialogs'
  | 'delayRequests'
  | 'press'
  | 'type'
  | 'moveTo'
  | 'clickAt'
  | 'goto'
  | 'bringToFront'
  | 'url'
  | 'isClosed'
  | 'close'
>;

function tabFrom(primitives: () => TabPrimitives): DrivenTab {
  const tab: DrivenTab = {
    run: async (fn, ...args) => (await primitives().evaluate(scriptOf(fn, ...args))) as never,
    evaluate: (script) => primitives().evaluate(script),
    text: (selector) => tab.run(visibleText, selector ?? null),
    press: (key) => primitives().press(key),
    pressWithControl: (key) => primitives().press(`Control+${key}`),
    type: (text) => primitives().type(text),
    async click(role, name, options) {
      const at = await tab.run(locateByRole, role, name, false, options?.exact ?? true);
      if (typeof at === 'string') throw new Error(at);
      await primitives().clickAt(at.x, at.y);
    },
    async clickOn(selector) {
      const at = await tab.run(locateSelector, selector);
      if (typeof at === 'string') throw new Error(at);
      await primitives().clickAt(at.x, at.y);
    },
    async fill(selector, value) {
      const found = await tab.run(fillField, selector, value);
      if (!found) throw new Error(`no field matches ${selector}`);
    },
    setInputFile: (selector, file) => primitives().setInputFile(selector, file),
    acceptDialogs: () => primitives().acceptDialogs(),
    delayRequests: (urlPart, ms) => primitives().delayRequests(urlPart, ms),
    async reload() {
      // The old document goes away while the script runs: its answer may never come.
      await primitives()
        .evaluate(
          scriptOf(() => {
            setTimeout(() => location.reload(), 0);
            return true;
          }),
        )
        .catch(() => undefined);
    },
    async focus(role, name) {
      const at = await tab.run(locateByRole, role, name, true, true);
      if (typeof at === 'string') throw new Error(at);
    },
    moveTo: (x, y) => primitives().moveTo(x, y),
    clickAt: (x, y) => primitives().clickAt(x, y),
    goto: (url) => primitives().goto(url),
    bringToFront: () => primitives().bringToFront(),
    url: () => primitives().url(),
    isClosed: () => primitives().isClosed(),
    close: () => primitives().close(),
  };
  return tab;
}

export function playwrightTab(page: () => PlaywrightPage): DrivenTab {
  return tabFrom(() => {
    const current = page();
    return {
      evaluate: (script) => current.evaluate(script),
      setInputFile: (selector, file) =>
        current.locator(selector).setInputFiles({ name: file.name, mimeType: file.mimeType, buffer: Buffer.from(file.content) }),
      acceptDialogs: () => {
        current.on('dialog', (dialog) => void dialog.accept());
      },
      async delayRequests(urlPart, ms) {
        const matches = (url: URL) => url.href.includes(urlPart);
        const hold = async (route: Route) => {
          await new Promise((resolve) => setTimeout(resolve, ms));
          await route.continue().catch(() => undefined); // the page may be gone by then
        };
        await current.route(matches, hold);
        return () => current.unroute(matches, hold).catch(() => undefined);
      },
      press: (key) => current.keyboard.press(key),
      type: (text) => current.keyboard.type(text),
      moveTo: (x, y) => current.mouse.move(x, y),
      clickAt: (x, y) => current.mouse.click(x, y),
      goto: async (url) => {
        await current.goto(url);
      },
      bringToFront: () => current.bringToFront(),
      url: async () => current.url(),
      isClosed: () => current.isClosed(),
      close: () => current.close(),
    };
  });
}

/** puppeteer presses one key at a time: a chord is its modifiers held down around the key. */
async function pressChord(page: PuppeteerPage, chord: string): Promise<void> {
  const parts = chord === '+' ? ['+'] : chord.split(/\+(?!$)/);
  const key = parts.pop() as KeyInput;
  const modifiers = parts.map((part) => (part === 'Ctrl' ? 'Control' : part) as KeyInput);
  for (const modifier of modifiers) await page.keyboard.down(modifier);
  try {
    await page.keyboard.press(key);
  } finally {
    for (const modifier of modifiers.reverse()) await page.keyboard.up(modifier);
  }
}

export function puppeteerTab(page: () => PuppeteerPage, openExtensionPage: (page: PuppeteerPage, url: string) => Promise<void>): DrivenTab {
  return tabFrom(() => {
    const current = page();
    return {
      evaluate: (script) => current.evaluate(script),
      // puppeteer's uploadFile over BiDi leaves the input without a change event in Firefox ESR: the file is given
      // to the input as a drop would give it (a DataTransfer), then the change event the file dialog fires.
      setInputFile: async (selector, file) => {
        const given = await current.evaluate(scriptOf(giveFile, selector, file.name, file.mimeType, file.content));
        if (!given) throw new Error(`no file input matches ${selector}`);
      },
      acceptDialogs: () => {
        current.on('dialog', (dialog) => void dialog.accept());
      },
      async delayRequests(urlPart, ms) {
        const hold = (request: HTTPRequest) => {
          if (request.isInterceptResolutionHandled()) return;
          const go = () => request.continue().catch(() => undefined);
          if (request.url().includes(urlPart)) setTimeout(go, ms);
          else void go();
        };
        await current.setRequestInterception(true);
        current.on('request', hold);
        return async () => {
          current.off('request', hold);
          await current.setRequestInterception(false).catch(() => undefined);
        };
      },
      press: (key) => pressChord(current, key),
      type: (text) => current.keyboard.type(text),
      moveTo: (x, y) => current.mouse.move(x, y),
      clickAt: (x, y) => current.mouse.click(x, y),
      goto: async (url) => {
        // WebDriver BiDi refuses to navigate to moz-extension:// URLs: the page navigates itself from a 127.0.0.1 page.
        if (url.startsWith('moz-extension:')) await openExtensionPage(current, url);
        else await current.goto(url, { timeout: 30_000 });
      },
      bringToFront: () => current.bringToFront(),
      // puppeteer's page.url() keeps the 127.0.0.1 address after a navigation done by the page: ask the document.
      url: () => runIn(current, () => location.href),
      isClosed: () => current.isClosed(),
      close: () => current.close(),
    };
  });
}

function driverParts(driver: Pick<Driver, 'panel'>): Pick<Driver, 'storage' | 'databaseRows'> {
  return {
    storage: {
      get: (key) => driver.panel.run(storageGet, key),
      set: async (values) => {
        await driver.panel.run(storageSet, values);
      },
      remove: async (key) => {
        await driver.panel.run(storageRemove, key);
      },
    },
    databaseRows: (store) => driver.panel.run(allRows, store),
  };
}

function chromiumDriver(use: () => BrowserSuite<ChromiumSession, PlaywrightPage>): () => Driver {
  let driver: Driver | undefined;
  return () => {
    const suite = use();
    if (driver) return driver;
    const { session } = suite;
    const built: Driver = {
      browser: 'chromium',
      origin: suite.origin,
      recorder: suite.recorder,
      page: playwrightTab(() => suite.conversationTab),
      panel: playwrightTab(() => suite.panelTab),
      extensionUrl: (pagePath) => session.extensionUrl(pagePath),
      async openConversation(url) {
        if (suite.conversationTab.isClosed()) suite.conversationTab = await session.context.newPage();
        await suite.conversationTab.goto(url);
        await suite.conversationTab.bringToFront();
      },
      async openPanel(pagePath = 'sidepanel.html') {
        await suite.panelTab.goto(session.extensionUrl(pagePath));
      },
      openExtensionTab: (pagePath) => built.openTab(session.extensionUrl(pagePath)),
      async openTab(url) {
        const page = await session.context.newPage();
        await page.goto(url);
        return playwrightTab(() => page);
      },
      ...driverParts({ panel: playwrightTab(() => suite.panelTab) }),
      native: { browser: 'chromium', suite },
    };
    driver = built;
    return built;
  };
}

function firefoxDriver(use: () => BrowserSuite<FirefoxSession, PuppeteerPage>): () => Driver {
  let driver: Driver | undefined;
  return () => {
    const suite = use();
    if (driver) return driver;
    const { session, recorder } = suite;
    const openExtensionPage = (page: PuppeteerPage, url: string) =>
      openFirefoxExtensionPage(session, page, url.slice(session.extensionUrl('').length), recorder.launchpadUrl);
    const tab = (page: () => PuppeteerPage) => puppeteerTab(page, openExtensionPage);
    const built: Driver = {
      browser: 'firefox',
      origin: suite.origin,
      recorder,
      page: tab(() => suite.conversationTab),
      panel: tab(() => suite.panelTab),
      extensionUrl: (pagePath) => session.extensionUrl(pagePath),
      async openConversation(url) {
        if (suite.conversationTab.isClosed()) suite.conversationTab = await session.browser.newPage();
        await suite.conversationTab.goto(url, { timeout: 30_000 });
        await suite.conversationTab.bringToFront();
      },
      async openPanel(pagePath = 'sidepanel.html') {
        await openFirefoxExtensionPage(session, suite.panelTab, pagePath, recorder.launchpadUrl);
      },
      openExtensionTab: (pagePath) => built.openTab(session.extensionUrl(pagePath)),
      async openTab(url) {
        const page = await session.browser.newPage();
        const opened = tab(() => page);
        await opened.goto(url);
        return opened;
      },
      ...driverParts({ panel: tab(() => suite.panelTab) }),
      native: { browser: 'firefox', suite },
    };
    driver = built;
    return built;
  };
}

/** The browsers to run: both, unless `RETURNDESK_E2E_BROWSERS` names some. */
export function selectedBrowsers(): BrowserName[] {
  const asked = (process.env.RETURNDESK_E2E_BROWSERS ?? '')
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean);
  const all: BrowserName[] = ['chromium', 'firefox'];
  return asked.length === 0 ? all : all.filter((name) => asked.includes(name));
}

export interface BrowserSuiteOptions {
  chromium?: Parameters<typeof useChromiumSuite>[0];
  firefox?: Parameters<typeof useFirefoxSuite>[0];
}

/**
 * Declares the tests of `body` once per browser, in a `describe` named "<Browser>, <title>". One browser runs at a
 * time: each describe launches its browser before its tests and closes it after them.
 */
export function describeInBrowsers(
  title: string,
  body: (use: () => Driver, browser: BrowserName) => void,
  options: BrowserSuiteOptions = {},
): void {
  for (const browser of selectedBrowsers()) {
    describe(`${BROWSER_LABELS[browser]}, ${title}`, () => {
      const use =
        browser === 'chromium' ? chromiumDriver(useChromiumSuite(options.chromium)) : firefoxDriver(useFirefoxSuite(options.firefox));
      body(use, browser);
    });
  }
}
