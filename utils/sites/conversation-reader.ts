import type { SnapshotRead } from '../messages';
import type { ConversationSnapshot } from './snapshot';
import type { Settings } from '../settings';
import { adapterForUrl, effectiveSelectors } from './registry';
import { LOADING_BOUND_MS, STILL_LOADING_MESSAGE, type ReadContext, type SiteAdapter } from './define';
import { mergeSeenMessages } from './structure/merge-messages';

/**
 * Reads the open conversation and re-reads it when the page changes: single-page navigation (the URL changes
 * without a load) and new messages (DOM mutations). Knows nothing of extension APIs, so it runs under happy-dom in
 * tests; the content script wires `onChange` to runtime messaging.
 */

export interface ConversationReaderOptions {
  document: Document;
  getUrl: () => string;
  getSettings: () => Pick<Settings, 'selectorOverrides' | 'extraOrigins'>;
  onChange: (read: SnapshotRead) => void;
  /** Quiet period after the last DOM mutation before re-reading; pages render messages in bursts. */
  debounceMs?: number;
  now?: () => Date;
}

export interface ConversationReader {
  read(): SnapshotRead;
  /** The page's reply editor, found with the same adapter and selectors as the read. */
  findComposer(): HTMLElement | null;
  findNextConversation(): HTMLElement | null;
  /** Re-read now and notify if the result differs from the last one sent. */
  refresh(): void;
  stop(): void;
}

/** Compares reads ignoring the read time, so an unchanged page does not spam the panel. */
function fingerprint(read: SnapshotRead): string {
  if (read.status !== 'ok') return JSON.stringify(read);
  const { readAt: _ignored, ...rest } = read.snapshot;
  return JSON.stringify(rest);
}

export function readConversation(
  document: Document,
  href: string,
  settings: Pick<Settings, 'selectorOverrides' | 'extraOrigins'>,
  now: () => Date = () => new Date(),
): SnapshotRead {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return { status: 'unsupported-page', message: 'This page has no readable address.' };
  }
  const adapter = adapterForUrl(url, settings.extraOrigins);
  if (!adapter) {
    return { status: 'unsupported-page', message: 'ReturnDesk does not know how to read this page.' };
  }
  try {
    const result = adapter.read({ document, url, selectors: effectiveSelectors(adapter, settings.selectorOverrides), now });
    if (result.ok) return { status: 'ok', snapshot: result.snapshot };
    return { status: result.reason, message: result.message };
  } catch (error) {
    // Adapters are written not to throw; if one does anyway, the page must not see it.
    return { status: 'unreadable', message: `The page could not be read (${String(error).slice(0, 200)}).` };
  }
}

export function createConversationReader(options: ConversationReaderOptions): ConversationReader {
  const { document, getUrl, getSettings, onChange, debounceMs = 250, now } = options;
  let lastSent = '';
  let timer: ReturnType<typeof setTimeout> | undefined;
  let loadingTimer: ReturnType<typeof setTimeout> | undefined;

  // Messages seen earlier in this folder: a virtualised list drops those scrolled away, scrolling accumulates them.
  let seen: { folder: string; messages: ConversationSnapshot['messages'] } | null = null;
  const accumulate = (result: SnapshotRead): SnapshotRead => {
    if (result.status !== 'ok') return result;
    const folder = `${result.snapshot.platform}:${result.snapshot.folderId}`;
    const messages = seen?.folder === folder ? mergeSeenMessages(seen.messages, result.snapshot.messages) : result.snapshot.messages;
    seen = { folder, messages };
    return messages === result.snapshot.messages ? result : { ...result, snapshot: { ...result.snapshot, messages } };
  };
  const read = () => accumulate(readConversation(document, getUrl(), getSettings(), now));
  const refresh = () => {
    clearTimeout(timer);
    timer = undefined;
    const result = read();
    const print = fingerprint(result);
    if (print === lastSent) return;
    lastSent = print;
    onChange(result);
    // A page stuck on its skeleton changes nothing the observer would see: read it again once the bound has passed.
    clearTimeout(loadingTimer);
    if (result.status === 'no-conversation' && result.message === STILL_LOADING_MESSAGE) {
      loadingTimer = setTimeout(refresh, LOADING_BOUND_MS + debounceMs);
    }
  };
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(refresh, debounceMs);
  };

  // SPA routers render right after pushState, so a mutation burst also covers navigation; the content script adds
  // WXT's location-change event for navigations that change no DOM.
  const observer = new MutationObserver(schedule);
  observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true, attributes: false });

  const withAdapter = <T>(use: (adapter: SiteAdapter, context: ReadContext) => T | null): T | null => {
    const settings = getSettings();
    let url: URL;
    try {
      url = new URL(getUrl());
    } catch {
      return null;
    }
    const adapter = adapterForUrl(url, settings.extraOrigins);
    if (!adapter) return null;
    const selectors = effectiveSelectors(adapter, settings.selectorOverrides);
    return use(adapter, { document, url, selectors, now: now ?? (() => new Date()) });
  };
  const findComposer = () => withAdapter((adapter, context) => adapter.findComposer(context));
  const findNextConversation = () => withAdapter((adapter, context) => adapter.findNextConversation?.(context) ?? null);

  return {
    read,
    findComposer,
    findNextConversation,
    refresh,
    stop() {
      observer.disconnect();
      clearTimeout(timer);
      clearTimeout(loadingTimer);
    },
  };
}
