import fs from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';
import { listenOnLoopback } from '../../harness/local-server';
import { ensureDemoAttachments } from '../../../../scripts/demo-platform/images';
import { expectedOf, PAGE_NAMES, PAGES_DIR, type ExpectedSnapshot } from '../../../unit/sites/structure/pages';

/**
 * Serves the conversation test pages (tests/fixtures/conversation-pages/) on 127.0.0.1 at the back office's own
 * routes (each page's expected.json names its path: /bo-seller/customer-care/help-requests/{id}, one legacy
 * /bo_merchant/customer-request/{id}), where demo builds read them with the back-office adapter. Also serves each
 * page's scripts under /conversation-pages/<page>/ and the demo's generated photos under /care-files/. Nothing else.
 */

export interface ConversationPage {
  name: string;
  expected: ExpectedSnapshot;
}

export interface ConversationPagesServer {
  origin: string;
  pages: ConversationPage[];
  urlOf(page: string): string;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.jpg': 'image/jpeg',
  '.png': 'image/png',
  '.pdf': 'application/pdf',
};

/** A file inside `root`, or null for any path that would leave it. */
function inside(root: string, relative: string): string | null {
  const resolved = path.resolve(root, decodeURIComponent(relative));
  return resolved.startsWith(`${root}${path.sep}`) ? resolved : null;
}

export async function startConversationPages(): Promise<ConversationPagesServer> {
  const attachmentsDir = await ensureDemoAttachments();
  const pages = PAGE_NAMES.map((name) => ({ name, expected: expectedOf(name) }));
  const byPath = new Map(pages.map((page) => [page.expected.path, page.name]));
  const server = http.createServer((request, response) => {
    void (async () => {
      const { pathname } = new URL(request.url ?? '/', 'http://127.0.0.1');
      let file: string | null = null;
      const page = byPath.get(pathname);
      if (page) file = path.join(PAGES_DIR, page, 'page.html');
      else if (pathname.startsWith('/conversation-pages/') && pathname.endsWith('.js'))
        file = inside(PAGES_DIR, pathname.slice('/conversation-pages/'.length));
      else if (pathname.startsWith('/care-files/')) file = inside(attachmentsDir, pathname.slice('/care-files/'.length));
      const body = file ? await fs.readFile(file).catch(() => null) : null;
      if (!file || !body) {
        response.writeHead(404).end();
        return;
      }
      response.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
      response.end(body);
    })().catch(() => response.writeHead(500).end());
  });
  const { origin, close } = await listenOnLoopback(server);
  return { origin, pages, urlOf: (name) => `${origin}${expectedOf(name).path}`, close };
}
