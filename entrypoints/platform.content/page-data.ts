/**
 * The page's own JSON, fetched as the page fetches it: same origin, GET only, with the agent's session cookies.
 * Chrome runs a content script's `fetch` with the page's origin; Firefox runs it with the extension's, so there the
 * page's own `content.fetch` is used to carry the page's origin and cookies.
 */

export interface PageJsonResponse {
  status: number;
  contentType: string | null;
  text: string;
}

/** A body bigger than this is not the conversation JSON we expect: cut, so the schema check fails cleanly. */
const MAX_BODY_CHARACTERS = 20_000_000;

type Fetch = typeof fetch;

function pageFetch(): Fetch {
  const content = (globalThis as { content?: { fetch?: Fetch } }).content;
  if (import.meta.env.FIREFOX && typeof content?.fetch === 'function') return content.fetch.bind(content);
  return fetch.bind(globalThis);
}

/** Time windows (performance.now()) of our own requests, so the page's resource entries for them are not mistaken for the page reloading its data. */
export interface OwnRequests {
  isOwn(entry: PerformanceEntry): boolean;
}

export function createPageJsonFetcher(origin: string): {
  fetchJson: (path: string) => Promise<PageJsonResponse>;
  ownRequests: OwnRequests;
} {
  const windows: { start: number; end: number }[] = [];
  const fetchJson = async (path: string): Promise<PageJsonResponse> => {
    // Only paths on the page's own origin: never another site, never a protocol-relative URL.
    if (!path.startsWith('/') || path.startsWith('//')) throw new Error(`not a same-origin path: ${path.slice(0, 100)}`);
    const window = { start: performance.now(), end: Number.POSITIVE_INFINITY };
    windows.push(window);
    if (windows.length > 100) windows.shift();
    try {
      const response = await pageFetch()(new URL(path, origin).href, {
        method: 'GET',
        credentials: 'same-origin',
        redirect: 'error',
        cache: 'no-store',
        headers: { accept: 'application/json' },
      });
      const text = await response.text();
      return {
        status: response.status,
        contentType: response.headers.get('content-type'),
        text: text.length > MAX_BODY_CHARACTERS ? text.slice(0, MAX_BODY_CHARACTERS) : text,
      };
    } finally {
      window.end = performance.now() + 50;
    }
  };
  return {
    fetchJson,
    ownRequests: {
      isOwn: (entry) => windows.some((window) => entry.startTime >= window.start - 1 && entry.startTime <= window.end),
    },
  };
}

/** Every URL the page has requested so far (resource timing): the orderline's uuid is in the data endpoints' URLs. */
export function pageResourceUrls(): string[] {
  try {
    return performance.getEntriesByType('resource').map((entry) => entry.name);
  } catch {
    return [];
  }
}

/**
 * Calls `onReload` when the page requests one of its data endpoints again (a new message arrived, the agent
 * switched request), not for our own requests.
 */
export function watchPageDataRequests(isDataUrl: (url: string) => boolean, own: OwnRequests, onReload: () => void): () => void {
  if (typeof PerformanceObserver === 'undefined') return () => undefined;
  const observer = new PerformanceObserver((list) => {
    if (list.getEntries().some((entry) => isDataUrl(entry.name) && !own.isOwn(entry))) onReload();
  });
  try {
    observer.observe({ type: 'resource', buffered: false });
  } catch {
    return () => undefined;
  }
  return () => observer.disconnect();
}
