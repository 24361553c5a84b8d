import http from 'node:http';
import net from 'node:net';
import type { AddressInfo } from 'node:net';

/**
 * A recording HTTP proxy on 127.0.0.1, set as the browser's only proxy. Every request the browser would send off
 * this machine (pages, extension pages, the background, the browser itself) arrives here: plain HTTP as an
 * absolute-URL request, HTTPS/WSS as CONNECT. Those are recorded and refused. Requests for the loopback interface
 * normally bypass the proxy; if one arrives anyway it is forwarded, so local pages keep working.
 *
 * Direct requests to the proxy's own port (`GET /...`) get a blank "launchpad" page: a 127.0.0.1 page from which
 * tests navigate to extension pages (Firefox refuses to open moz-extension:// URLs any other way).
 */

export interface RecordedRequest {
  /** `CONNECT` for tunnels (https, wss), otherwise the HTTP method. */
  method: string;
  /** Host name as the browser asked for it (lowercase, no port). */
  host: string;
  port: number;
  /** Full URL for plain HTTP; `host:port` for tunnels, whose path the proxy cannot see. */
  target: string;
}

/**
 * Browser-internal destinations tolerated in the record. Requests started by our pages, extension pages or the
 * background are never listed here: every entry must say which browser component sends it and why no flag or
 * pref turns it off.
 */
export const BROWSER_INTERNAL_ALLOWLIST: readonly { host: string; why: string }[] = [];

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '::1', '[::1]']);

export function isLoopbackHost(host: string): boolean {
  return LOOPBACK_HOSTS.has(host.toLowerCase());
}

export interface RequestRecorder {
  port: number;
  /** `http://127.0.0.1:PORT`, for `--proxy-server` and Firefox proxy prefs. */
  proxyOrigin: string;
  /** A blank 127.0.0.1 page served by the recorder itself. */
  launchpadUrl: string;
  /** Everything that tried to leave the machine, in arrival order. */
  requests(): RecordedRequest[];
  /** `requests()` minus the browser-internal allowlist: what tests assert to be empty. */
  leaks(): RecordedRequest[];
  clear(): void;
  close(): Promise<void>;
}

const LAUNCHPAD_HTML = '<!doctype html><meta charset="utf-8"><title>launchpad</title><p>ReturnDesk test launchpad (127.0.0.1)</p>';

function splitHostPort(authority: string, defaultPort: number): { host: string; port: number } {
  const match = /^(\[[^\]]+\]|[^:]+)(?::(\d+))?$/.exec(authority);
  if (!match) return { host: authority.toLowerCase(), port: defaultPort };
  return { host: match[1]!.toLowerCase(), port: match[2] ? Number(match[2]) : defaultPort };
}

export async function startRequestRecorder(): Promise<RequestRecorder> {
  const recorded: RecordedRequest[] = [];
  const sockets = new Set<net.Socket>();

  const server = http.createServer((request, response) => {
    const rawUrl = request.url ?? '/';
    if (rawUrl.startsWith('/')) {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      response.end(LAUNCHPAD_HTML);
      return;
    }
    let url: URL;
    try {
      url = new URL(rawUrl);
    } catch {
      response.writeHead(400).end();
      return;
    }
    const host = url.hostname.toLowerCase();
    const port = url.port ? Number(url.port) : url.protocol === 'https:' ? 443 : 80;
    if (isLoopbackHost(host)) {
      const upstream = http.request(
        {
          host: url.hostname.replace(/^\[|\]$/g, ''),
          port,
          method: request.method,
          path: url.pathname + url.search,
          headers: request.headers,
        },
        (upstreamResponse) => {
          response.writeHead(upstreamResponse.statusCode ?? 502, upstreamResponse.headers);
          upstreamResponse.pipe(response);
        },
      );
      upstream.on('error', () => response.destroy());
      request.pipe(upstream);
      return;
    }
    recorded.push({ method: request.method ?? 'GET', host, port, target: url.href });
    response.writeHead(403, { 'content-type': 'text/plain' }).end('blocked by the ReturnDesk test request recorder');
  });

  server.on('connect', (request: http.IncomingMessage, clientSocket: net.Socket, head: Buffer) => {
    const authority = request.url ?? '';
    const { host, port } = splitHostPort(authority, 443);
    if (!isLoopbackHost(host)) {
      recorded.push({ method: 'CONNECT', host, port, target: `${host}:${port}` });
      clientSocket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    const upstream = net.connect(port, host.replace(/^\[|\]$/g, ''), () => {
      clientSocket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length) upstream.write(head);
      upstream.pipe(clientSocket);
      clientSocket.pipe(upstream);
    });
    upstream.on('error', () => clientSocket.destroy());
    clientSocket.on('error', () => upstream.destroy());
  });

  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const allowed = new Set(BROWSER_INTERNAL_ALLOWLIST.map((entry) => entry.host));

  return {
    port,
    proxyOrigin: `http://127.0.0.1:${port}`,
    launchpadUrl: `http://127.0.0.1:${port}/launchpad`,
    requests: () => [...recorded],
    leaks: () => recorded.filter((entry) => !allowed.has(entry.host)),
    clear: () => {
      recorded.length = 0;
    },
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** One line per destination, for assertion messages. */
export function describeRequests(requests: RecordedRequest[]): string {
  return requests.map((entry) => `${entry.method} ${entry.target}`).join('\n');
}
