/**
 * Demo platform: a local imitation of Back Market's seller back office (customer care), for the extension's
 * demo and browser tests. Node `http` only, bound to 127.0.0.1, no network.
 *
 *   npx tsx scripts/demo-platform/server.ts [--port N] [--scale]
 *
 * Pages (single-page app, index.html for each):  /bo-seller/customer-care   /bo-seller/customer-care/folders/:id
 *                                                 /bo-seller/buyback/orders/:id   (/ redirects to the list)
 * Care API:     GET /ws/sav   GET /ws/sav/:id   POST /ws/sav/:id/msg {message}
 * BuyBack API:  GET /ws/buyback/v1/orders   GET /ws/buyback/v1/orders/:id
 *               GET|POST /ws/buyback/v1/orders/:id/messages {message, files?}
 * New back office (new-backoffice/, a compiled-looking app reading the seller back office's own JSON):
 *               /bo-seller/customer-care/help-requests/:careId   /bo-seller/customer-care/all-requests
 *               GET /seller-after-sales/...  GET /bm/customer_request/...  (see new-backoffice/endpoints.ts)
 *               its attachments are served by a second origin, http://localhost:PORT (`attachmentOrigin`)
 * Demo only:    GET /demo-api/catalog (product titles: the Care API snapshot has none)
 *               POST /demo-api/new-backoffice/orderlines/:uuid/messages {message}
 *               POST /demo-api/attachment-delay {ms} (answers photos that late, as a slow connection would; tests)
 * Files:        GET /attachments/<folder>/<file>   GET /attachments/thumbs/<folder>/<file>
 * Posted messages live in memory for the server's lifetime. `{ scale: true }` adds the 300-message conversation
 * of the scale benchmark (scale-folder.ts), whose photos are drawn on first use into their own folder.
 */
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ensureDemoApp } from './build-app';
import { HttpError, messageFromBody, readJsonBody, safeJoin, sendFile, sendJson } from './http';
import { loadDemoData, type DemoData } from './data/index';
import type { BuybackMessage, CareMessage } from './data/types';
import { CONVERSATION_LIST_PATH } from './data/view';
import { ensureDemoAttachments } from './images';
import { startAttachmentOrigin } from './new-backoffice/attachment-origin';
import { ensureNewBackofficeApp, NEW_BACKOFFICE_BASE } from './new-backoffice/build';
import { createNewBackofficeEndpoints } from './new-backoffice/endpoints';
import { SCALE_FOLDER_ID, scaleCareFolder } from './scale-folder';
import { ensureScaleAttachments } from './scale-images';

export interface DemoPlatform {
  origin: string;
  port: number;
  /** `http://localhost:PORT`: the second origin the new back office's attachments are served from. */
  attachmentOrigin: string;
  close(): Promise<void>;
}

// The page never needs anything but its own origin; a hostile message that somehow became markup could not run.
const CONTENT_SECURITY_POLICY =
  "default-src 'self'; img-src 'self'; style-src 'self'; script-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'";

function nowIso(): string {
  return new Date().toISOString().replace(/\.\d{3}Z$/, '+00:00');
}

/** The new back office (new-backoffice/): its built app, its JSON endpoints and the origin of its files. */
interface NewBackoffice {
  appDir: string;
  attachmentOrigin: string;
  handle: ReturnType<typeof createNewBackofficeEndpoints>;
}

/** Pages of the new back office: the care requests of the live back office's current routes. */
const NEW_BACKOFFICE_PAGE = /^\/bo-seller\/customer-care\/(?:help-requests\/[^/]+|all-requests|open-tasks)\/?$/;

function createHandler(
  data: DemoData,
  appDir: string,
  attachmentsDir: string,
  scaleAttachmentsDir: string | null,
  newBackoffice: NewBackoffice,
) {
  // A photo answered late is what a slow connection looks like: the panel must show it as still being checked.
  let attachmentDelayMs = 0;
  const folders = new Map(data.careFolders.map((folder) => [String(folder.id), folder]));
  const threads = new Map(data.buybackThreads.map((thread) => [thread.order.orderPublicId, thread]));
  let indexHtml: Buffer | undefined;

  let newBackofficeHtml: Buffer | undefined;

  const sendHtml = (response: ServerResponse, html: Buffer, contentSecurityPolicy: string) => {
    response.writeHead(200, {
      'content-type': 'text/html; charset=utf-8',
      'content-length': html.length,
      'cache-control': 'no-cache',
      'content-security-policy': contentSecurityPolicy,
    });
    response.end(html);
  };
  const sendApp = async (response: ServerResponse) => {
    indexHtml ??= await readFile(path.join(appDir, 'index.html'));
    sendHtml(response, indexHtml, CONTENT_SECURITY_POLICY);
  };
  // Its images come from the attachment origin, and nothing else may load from anywhere.
  const sendNewBackoffice = async (response: ServerResponse) => {
    newBackofficeHtml ??= await readFile(path.join(newBackoffice.appDir, 'index.html'));
    sendHtml(
      response,
      newBackofficeHtml,
      CONTENT_SECURITY_POLICY.replace("img-src 'self'", `img-src 'self' ${newBackoffice.attachmentOrigin}`),
    );
  };

  return async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const { pathname } = url;
    const method = request.method ?? 'GET';
    const isRead = method === 'GET' || method === 'HEAD';
    let match: RegExpExecArray | null;

    if (pathname === '/' && isRead) {
      response.writeHead(302, { location: CONVERSATION_LIST_PATH });
      response.end();
      return;
    }
    if (NEW_BACKOFFICE_PAGE.test(pathname) && isRead) return sendNewBackoffice(response);
    if ((pathname === '/bo-seller' || pathname.startsWith('/bo-seller/')) && isRead) return sendApp(response);
    if (pathname.startsWith(`${NEW_BACKOFFICE_BASE}assets/`) && isRead) {
      const file = safeJoin(newBackoffice.appDir, pathname.slice(NEW_BACKOFFICE_BASE.length));
      if (file && (await sendFile(request, response, file, 'public, max-age=31536000, immutable'))) return;
      throw new HttpError(404, 'no such asset');
    }
    if (await newBackoffice.handle(request, response, pathname)) return;
    if (pathname.startsWith('/assets/') && isRead) {
      const file = safeJoin(appDir, pathname.slice(1));
      if (file && (await sendFile(request, response, file, 'public, max-age=31536000, immutable'))) return;
      throw new HttpError(404, 'no such asset');
    }
    if (pathname.startsWith('/attachments/') && isRead) {
      const relative = pathname.slice('/attachments/'.length);
      const isScale =
        scaleAttachmentsDir !== null && (relative.startsWith(`${SCALE_FOLDER_ID}/`) || relative.startsWith(`thumbs/${SCALE_FOLDER_ID}/`));
      const file = safeJoin(isScale ? scaleAttachmentsDir : attachmentsDir, relative);
      if (attachmentDelayMs > 0 && !relative.startsWith('thumbs/')) await new Promise((resolve) => setTimeout(resolve, attachmentDelayMs));
      if (file && path.basename(file) !== 'manifest.json' && (await sendFile(request, response, file, 'public, max-age=3600'))) return;
      throw new HttpError(404, 'no such attachment');
    }
    if (pathname === '/favicon.ico') {
      response.writeHead(204);
      response.end();
      return;
    }

    // Care API.
    if (pathname === '/ws/sav' || pathname === '/ws/sav/') {
      if (!isRead) throw new HttpError(405, 'method not allowed');
      const results = [...folders.values()].map((folder) => ({
        id: folder.id,
        client: 0,
        merchant: folder.merchant?.id,
        orderline: folder.orderline?.id,
        date_creation: folder.date_creation,
        date_last_message: folder.date_last_message,
        state: folder.state,
        lines: (folder.lines ?? []).map((line) => line.id),
        country_code: folder.country_code,
        backcare: false,
      }));
      sendJson(response, 200, { count: results.length, results });
      return;
    }
    if ((match = /^\/ws\/sav\/([^/]+)\/?$/.exec(pathname))) {
      const folder = folders.get(decodeURIComponent(match[1]!));
      if (!folder) throw new HttpError(404, 'Care Folder does not exist');
      if (!isRead) throw new HttpError(405, 'method not allowed');
      sendJson(response, 200, folder);
      return;
    }
    if ((match = /^\/ws\/sav\/([^/]+)\/msg\/?$/.exec(pathname))) {
      const folder = folders.get(decodeURIComponent(match[1]!));
      if (!folder) throw new HttpError(404, 'Care Folder does not exist');
      if (method !== 'POST') throw new HttpError(405, 'method not allowed');
      const text = messageFromBody(await readJsonBody(request));
      const messages = (folder.messages ??= []);
      const id = Math.max(0, ...messages.map((message) => message.id ?? 0)) + 1;
      const created: CareMessage = {
        id,
        message: text,
        date_creation: nowIso(),
        attachments: [],
        initiator: 'Merchant',
        kind: 'MERCHANT_TO_CLIENT',
        is_informative: false,
      };
      messages.push(created);
      folder.date_last_message = created.date_creation;
      folder.date_modification = created.date_creation;
      // postMessageResponse
      sendJson(response, 201, {
        id,
        message: text,
        date_creation: created.date_creation,
        group: folder.id,
        sender: folder.merchant?.id,
        attachments: [],
      });
      return;
    }

    // BuyBack API.
    if (pathname === '/ws/buyback/v1/orders' || pathname === '/ws/buyback/v1/orders/') {
      if (!isRead) throw new HttpError(405, 'method not allowed');
      const results = [...threads.values()].map((thread) => thread.order);
      sendJson(response, 200, { count: results.length, next: null, previous: null, results });
      return;
    }
    if ((match = /^\/ws\/buyback\/v1\/orders\/([^/]+)\/?$/.exec(pathname))) {
      const thread = threads.get(decodeURIComponent(match[1]!));
      if (!thread) throw new HttpError(404, 'BuyBack order does not exist');
      if (!isRead) throw new HttpError(405, 'method not allowed');
      sendJson(response, 200, thread.order);
      return;
    }
    if ((match = /^\/ws\/buyback\/v1\/orders\/([^/]+)\/messages\/?$/.exec(pathname))) {
      const thread = threads.get(decodeURIComponent(match[1]!));
      if (!thread) throw new HttpError(404, 'BuyBack order does not exist');
      if (isRead) {
        sendJson(response, 200, { count: thread.messages.length, next: null, previous: null, results: thread.messages });
        return;
      }
      if (method !== 'POST') throw new HttpError(405, 'method not allowed');
      const created: BuybackMessage = {
        body: messageFromBody(await readJsonBody(request)),
        date: nowIso(),
        attachments: [],
        author: 'Merchant',
      };
      thread.messages.push(created);
      sendJson(response, 201, created);
      return;
    }

    if (pathname === '/demo-api/catalog' && isRead) {
      sendJson(response, 200, data.catalog);
      return;
    }
    if (pathname === '/demo-api/attachment-delay' && method === 'POST') {
      const body = await readJsonBody(request);
      const ms = body && typeof body === 'object' && 'ms' in body ? Number(body.ms) : NaN;
      if (!Number.isInteger(ms) || ms < 0 || ms > 60_000) throw new HttpError(400, 'ms: a whole number of milliseconds, 0 to 60000');
      attachmentDelayMs = ms;
      sendJson(response, 200, { ms });
      return;
    }
    throw new HttpError(404, 'not found');
  };
}

export async function startDemoPlatform(options: { port?: number; quiet?: boolean; scale?: boolean } = {}): Promise<DemoPlatform> {
  const quiet = options.quiet ?? false;
  // One after the other: two Vite builds at once would fight over the two cores.
  const appDir = await ensureDemoApp({ quiet });
  const [newBackofficeDir, attachmentsDir, scaleAttachmentsDir] = await Promise.all([
    ensureNewBackofficeApp({ quiet }),
    ensureDemoAttachments(),
    options.scale ? ensureScaleAttachments() : null,
  ]);
  const data = loadDemoData();
  if (options.scale) data.careFolders.push(scaleCareFolder());
  const attachmentOrigin = await startAttachmentOrigin(attachmentsDir);
  const handle = createHandler(data, appDir, attachmentsDir, scaleAttachmentsDir, {
    appDir: newBackofficeDir,
    attachmentOrigin: attachmentOrigin.origin,
    handle: createNewBackofficeEndpoints(attachmentOrigin.origin),
  });
  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      const status = error instanceof HttpError ? error.status : 500;
      if (status === 500 && !quiet) console.error('[demo-platform]', error);
      if (response.headersSent) {
        response.destroy();
        return;
      }
      sendJson(response, status, { error: { code: status, message: error instanceof Error ? error.message : 'error' } });
    });
  });
  // Keep-alive sockets from browsers would otherwise hold close() open.
  server.keepAliveTimeout = 1000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  }).catch(async (error: unknown) => {
    await attachmentOrigin.close();
    throw error;
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  if (!quiet) console.log(`[demo-platform] ${origin}${CONVERSATION_LIST_PATH}`);
  return {
    origin,
    port,
    attachmentOrigin: attachmentOrigin.origin,
    close: async () => {
      await Promise.all([
        new Promise<void>((resolve, reject) => {
          server.close((error) => (error ? reject(error) : resolve()));
          server.closeAllConnections();
        }),
        attachmentOrigin.close(),
      ]);
    },
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const portFlag = process.argv.indexOf('--port');
  const port = portFlag > -1 ? Number(process.argv[portFlag + 1]) : 0;
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error('usage: npx tsx scripts/demo-platform/server.ts [--port N] [--scale]');
    process.exit(2);
  }
  const platform = await startDemoPlatform({ port, scale: process.argv.includes('--scale') });
  console.log('Serving until Ctrl+C.');
  const stop = () => {
    void platform.close().finally(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
