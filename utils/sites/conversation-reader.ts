import type { SnapshotRead } from '../messages';
import type { Settings } from '../settings';
import { adapterForUrl, effectiveSelectors } from './registry';
import type { ReadContext, SiteAdapter } from './define';
import { combineReads, type PlatformDataOutcome } from './combine-reads';
import { mergeSeenMessages } from './structure/merge-messages';
import type { ConversationSnapshot } from './snapshot';
import { markTaughtSources } from './teach/taught-parts';
import { t } from '../i18n/translate';

/**
 * Reads the open conversation and re-reads it when the page changes: single-page navigation (the URL changes
 * without a load) and new messages (DOM mutations). The platform's own data (the JSON the page loads) comes first
 * where a data source applies; the site adapter's DOM read fills the rest and finds the composer. Knows nothing of
 * extension APIs, so it runs under happy-dom in tests; the content script wires `onChange` to runtime messaging and
 * `readPlatformData` to the page's own fetch.
 */

/** What the reader needs of the settings; `taughtSelectors` may be absent (callers from before teaching existed). */
export type ReaderSettings = Pick<Settings, 'selectorOverrides' | 'extraOrigins'> & Partial<Pick<Settings, 'taughtSelectors'>>;

export interface ConversationReaderOptions {
  document: Document;
  getUrl: () => string;
  getSettings: () => ReaderSettings;
  onChange: (read: SnapshotRead) => void;
  /**
   * The platform's own data for this page, or null when no data source applies. Called at most once per address
   * until `invalidatePlatformData()` (the page loaded its data again) or DATA_MAX_AGE_MS passed.
   */
  readPlatformData?: (url: URL, adapter: SiteAdapter) => Promise<PlatformDataOutcome | null>;
  /** Quiet period after the last DOM mutation before re-reading; pages render messages in bursts. */
  debounceMs?: number;
  /**
   * How long a page that shows nothing readable yet is taken to be still loading (skeletons, lazy routes) before
   * its read is reported as it is.
   */
  loadingGraceMs?: number;
  /** See SETTLE_QUIET_MS. */
  settleQuietMs?: number;
  now?: () => Date;
}

export interface SettleOptions {
  /** The longest wait; the page is then judged as it is. */
  timeoutMs?: number;
  /** Ends the wait (the content script's context invalidated): the promise rejects with the signal's reason. */
  signal?: AbortSignal;
}

export interface ConversationReader {
  /** A fresh read of the page (DOM now; the platform's data from the cache or, the first time, fetched). */
  read(): Promise<SnapshotRead>;
  /**
   * The read of the page once it has settled: a conversation read, the same "nothing here" through SETTLE_QUIET_MS
   * with the page unchanged, or what the page shows when `timeoutMs` ran out ("still loading" included). A page in
   * the middle of a single-page navigation is thus judged on the conversation it settles on.
   */
  readSettled(options?: SettleOptions): Promise<SnapshotRead>;
  /** The page's reply editor, found with the same adapter and selectors as the read. */
  findComposer(): HTMLElement | null;
  findNextConversation(): HTMLElement | null;
  /** Re-read now and notify if the result differs from the last one sent. */
  refresh(): void;
  /** The page fetched its conversation again (a new message): the next read fetches the data too. */
  invalidatePlatformData(): void;
  stop(): void;
}

/** Data older than this is fetched again on the next read, even if the page did not reload it. */
export const DATA_MAX_AGE_MS = 60_000;
export const LOADING_GRACE_MS = 10_000;
/** How long a page action waits for the page to settle before judging which conversation it shows. */
export const SETTLE_TIMEOUT_MS = 2_000;
/** How long "nothing here" must stay the same, with the page unchanged, to be the page's answer. */
export const SETTLE_QUIET_MS = 500;

/** Compares reads ignoring the read time, so an unchanged page does not spam the panel. */
function fingerprint(read: SnapshotRead): string {
  if (read.status !== 'ok') return JSON.stringify(read);
  const { readAt: _ignored, ...rest } = read.snapshot;
  return JSON.stringify(rest);
}

function parseUrl(href: string): URL | null {
  try {
    return new URL(href);
  } catch {
    return null;
  }
}

/** A read that found no message, no customer and no order: a skeleton, not yet a conversation. */
function showsNothingYet(snapshot: ConversationSnapshot): boolean {
  return (
    snapshot.messages.length === 0 &&
    snapshot.orderId === null &&
    snapshot.customer.firstName === null &&
    snapshot.customer.lastName === null
  );
}

/** The DOM alone, through the page's site adapter (synchronous; used by the reader and in tests). */
export function readConversation(
  document: Document,
  href: string,
  settings: ReaderSettings,
  now: () => Date = () => new Date(),
): SnapshotRead {
  const url = parseUrl(href);
  if (!url) return { status: 'unsupported-page', message: t('pageReading.noAddress') };
  const adapter = adapterForUrl(url, settings.extraOrigins);
  if (!adapter) {
    return { status: 'unsupported-page', message: t('pageReading.unknownPage') };
  }
  try {
    const selectors = effectiveSelectors(adapter, settings.selectorOverrides, settings.taughtSelectors);
    const result = adapter.read({ document, url, selectors, now });
    if (result.ok) return { status: 'ok', snapshot: markTaughtSources(result.snapshot, settings.taughtSelectors?.[adapter.id]) };
    return { status: result.reason, message: result.message };
  } catch (error) {
    // Adapters are written not to throw; if one does anyway, the page must not see it.
    return { status: 'unreadable', message: t('pageReading.pageUnreadable', { error: String(error).slice(0, 200) }) };
  }
}

export function createConversationReader(options: ConversationReaderOptions): ConversationReader {
  const {
    document,
    getUrl,
    getSettings,
    onChange,
    readPlatformData,
    debounceMs = 250,
    loadingGraceMs = LOADING_GRACE_MS,
    settleQuietMs = SETTLE_QUIET_MS,
  } = options;
  const now = options.now ?? (() => new Date());
  let lastSent = '';
  let timer: ReturnType<typeof setTimeout> | undefined;
  let loadingTimer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  let generation = 0;
  let data: { href: string; at: number; outcome: Promise<PlatformDataOutcome | null> } | null = null;
  let firstSeen: { href: string; at: number } | null = null;

  const withAdapter = <T>(use: (adapter: SiteAdapter, context: ReadContext) => T | null): T | null => {
    const settings = getSettings();
    const url = parseUrl(getUrl());
    if (!url) return null;
    const adapter = adapterForUrl(url, settings.extraOrigins);
    if (!adapter) return null;
    const selectors = effectiveSelectors(adapter, settings.selectorOverrides, settings.taughtSelectors);
    return use(adapter, { document, url, selectors, now });
  };
  const findComposer = () => {
    try {
      return withAdapter((adapter, context) => adapter.findComposer(context));
    } catch {
      return null;
    }
  };
  const findNextConversation = () => withAdapter((adapter, context) => adapter.findNextConversation?.(context) ?? null);

  const platformData = (href: string, url: URL, adapter: SiteAdapter): Promise<PlatformDataOutcome | null> => {
    if (!readPlatformData) return Promise.resolve(null);
    const time = now().getTime();
    if (data?.href !== href || time - data.at > DATA_MAX_AGE_MS) {
      const outcome = readPlatformData(url, adapter).catch((error: unknown): PlatformDataOutcome => ({
        ok: false,
        reason: 'failed',
        message: String(error).slice(0, 200),
      }));
      data = { href, at: time, outcome };
    }
    return data.outcome;
  };

  /** A page with nothing readable yet, shortly after it was opened, is still loading: say so rather than "nothing". */
  const withLoadingGrace = (read: SnapshotRead, href: string, namesConversation: boolean): SnapshotRead => {
    const time = now().getTime();
    if (firstSeen?.href !== href) firstSeen = { href, at: time };
    if (read.status === 'unsupported-page' || !namesConversation) return read;
    if (read.status === 'ok' && !showsNothingYet(read.snapshot)) return read;
    const left = firstSeen.at + loadingGraceMs - time;
    if (left <= 0) return read;
    clearTimeout(loadingTimer);
    loadingTimer = setTimeout(refresh, left + 10);
    return { status: 'loading', message: t('pageReading.stillLoading') };
  };

  // Messages seen earlier in this folder: a virtualised list drops those scrolled away, scrolling accumulates them.
  let seen: { folder: string; messages: ConversationSnapshot['messages'] } | null = null;
  const accumulate = (result: SnapshotRead): SnapshotRead => {
    if (result.status !== 'ok') return result;
    const folder = `${result.snapshot.platform}:${result.snapshot.folderId}`;
    const messages = seen?.folder === folder ? mergeSeenMessages(seen.messages, result.snapshot.messages) : result.snapshot.messages;
    seen = { folder, messages };
    return messages === result.snapshot.messages ? result : { ...result, snapshot: { ...result.snapshot, messages } };
  };

  const read = async (): Promise<SnapshotRead> => accumulate(await readOnce());

  const readOnce = async (): Promise<SnapshotRead> => {
    const href = getUrl();
    const settings = getSettings();
    const dom = readConversation(document, href, settings, now);
    const url = parseUrl(href);
    const adapter = url ? adapterForUrl(url, settings.extraOrigins) : null;
    if (!url || !adapter) return dom;
    const outcome = await platformData(href, url, adapter);
    // The page may have changed while the data came: read the DOM again so the two describe the same moment.
    const domNow = outcome ? readConversation(document, getUrl(), settings, now) : dom;
    const combined = combineReads(domNow, outcome, {
      url: href,
      folderIdFromUrl: adapter.folderIdOf?.(url) ?? null,
      platform: adapter.id,
      composerFound: findComposer() !== null,
      now,
    });
    // Only an address that names a conversation can be "still loading" one; a list page is just a list page.
    return withLoadingGrace(combined, href, (adapter.folderIdOf?.(url) ?? null) !== null);
  };

  /**
   * Waits in readSettled, told of what the reader already follows: the page changing (DOM mutations) and each re-read
   * (after a burst of changes, a navigation, the end of the loading grace), so settling needs no poll of its own.
   */
  interface SettleWaiter {
    pageChanged(): void;
    reread(read: SnapshotRead): void;
    stop(): void;
  }
  const settleWaiters = new Set<SettleWaiter>();

  const readSettled = async ({ timeoutMs = SETTLE_TIMEOUT_MS, signal }: SettleOptions = {}): Promise<SnapshotRead> => {
    signal?.throwIfAborted();
    const first = await read();
    if (first.status === 'ok' || timeoutMs <= 0 || stopped) return first;
    return new Promise<SnapshotRead>((resolve, reject) => {
      let latest: SnapshotRead = first;
      let quietTimer: ReturnType<typeof setTimeout> | undefined;
      let done = false;
      const end = () => {
        done = true;
        clearTimeout(quietTimer);
        clearTimeout(deadline);
        settleWaiters.delete(waiter);
        signal?.removeEventListener('abort', onAbort);
      };
      const settle = (result: SnapshotRead) => {
        end();
        resolve(result);
      };
      const onAbort = () => {
        end();
        reject(signal?.reason as Error);
      };
      /** "Still loading" waits for the next read (the page's content or the grace's end); "nothing here" for quiet. */
      const waitForQuiet = () => {
        clearTimeout(quietTimer);
        if (done || latest.status === 'loading') return;
        const shown = fingerprint(latest);
        quietTimer = setTimeout(() => {
          // Judged on a read of the page as it is now, in case a change is still being read.
          void read().then((now) => (fingerprint(now) === shown ? settle(now) : waiter.reread(now)));
        }, settleQuietMs);
      };
      const waiter: SettleWaiter = {
        pageChanged: waitForQuiet,
        reread(result) {
          if (done) return;
          latest = result;
          if (result.status === 'ok') settle(result);
          else waitForQuiet();
        },
        stop: () => settle(latest),
      };
      const deadline = setTimeout(() => void read().then(settle), timeoutMs);
      settleWaiters.add(waiter);
      signal?.addEventListener('abort', onAbort, { once: true });
      // Aborted while the first read was under way: the listener came too late to hear it.
      if (signal?.aborted) onAbort();
      else waitForQuiet();
    });
  };

  const refresh = () => {
    clearTimeout(timer);
    timer = undefined;
    const mine = ++generation;
    void read().then((result) => {
      if (stopped || mine !== generation) return; // a newer read is on its way
      for (const waiter of settleWaiters) waiter.reread(result);
      const print = fingerprint(result);
      if (print === lastSent) return;
      lastSent = print;
      onChange(result);
    });
  };
  const schedule = () => {
    for (const waiter of settleWaiters) waiter.pageChanged();
    clearTimeout(timer);
    timer = setTimeout(refresh, debounceMs);
  };

  // SPA routers render right after pushState, so a mutation burst also covers navigation; the content script adds
  // WXT's location-change event for navigations that change no DOM.
  const observer = new MutationObserver(schedule);
  observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true, attributes: false });

  return {
    read,
    readSettled,
    findComposer,
    findNextConversation,
    refresh,
    invalidatePlatformData() {
      data = null;
      schedule();
    },
    stop() {
      stopped = true;
      observer.disconnect();
      clearTimeout(timer);
      clearTimeout(loadingTimer);
      for (const waiter of settleWaiters) waiter.stop();
    },
  };
}
