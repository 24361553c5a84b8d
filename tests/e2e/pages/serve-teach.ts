import fs from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll } from 'vitest';

/**
 * Serves teach-page.html on 127.0.0.1 at a back-office help-request route (/bo-seller/customer-care/help-requests/
 * <id>), which demo builds read with the back-office adapter, as they would the live page. Nothing else is served.
 */

export interface TeachPageServer {
  pageUrl(folderId?: string): string;
  close(): Promise<void>;
}

export async function startTeachPage(): Promise<TeachPageServer> {
  const template = await fs.readFile(path.join(path.dirname(fileURLToPath(import.meta.url)), 'teach-page.html'), 'utf8');
  const server = http.createServer((request, response) => {
    const page = /^\/bo-seller\/customer-care\/help-requests\/(\d{4,12})$/.exec(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    if (!page) return void response.writeHead(404).end();
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    response.end(template.replaceAll('__FOLDER__', page[1]!));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  return {
    pageUrl: (folderId = '5550101') => `${origin}/bo-seller/customer-care/help-requests/${folderId}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Starts the page server for a `describe` and closes it after; the returned function gives the running server. */
export function useTeachPage(): () => TeachPageServer {
  let server: TeachPageServer | undefined;
  beforeAll(async () => {
    server = await startTeachPage();
  });
  afterAll(() => server?.close());
  return () => {
    if (!server) throw new Error('the teach page server did not start');
    return server;
  };
}
