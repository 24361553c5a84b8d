import http from 'node:http';
import { expect } from 'vitest';
import { waitFor, type DrivenTab } from '../harness/driver';

/**
 * A back-office conversation whose photos live on two origins, as the Care API describes attachments (URLs on a
 * CDN host): the page and two photos on `http://127.0.0.1:<port>` at the back office's own route
 * `/bo-seller/customer-care/help-requests/{id}` (read by the back-office adapter in demo builds), and two more
 * photos on a second origin, `http://localhost:<port>`, standing in for the CDN. The photos' bytes are the demo
 * platform's tablet folder. Neither server sends CORS headers: only a host permission lets the panel read them.
 */

export const HELP_REQUEST_ID = '5550001';
const TABLET_PHOTOS = ['IMG_2210.jpg', 'IMG_2211.jpg', 'IMG_2212.jpg', 'IMG_2213.jpg'];
export const PAGE_PHOTOS = TABLET_PHOTOS.slice(0, 2);
export const CDN_PHOTOS = TABLET_PHOTOS.slice(2);

export interface AttachmentHostsServer {
  pageUrl: string;
  /** `localhost:<port>`: what the panel names. */
  cdnHost: string;
  /** Paths requested from the second origin, in order. */
  cdnRequests: string[];
  close(): Promise<void>;
}

function page(cdnOrigin: string): string {
  const link = (href: string, name: string) => `<a data-qa="attachment" href="${href}">${name}</a>`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Help request ${HELP_REQUEST_ID}</title></head>
<body>
  <main data-qa="care-folder-page">
    <h1>Help request ${HELP_REQUEST_ID}</h1>
    <dl>
      <dt>Customer</dt><dd data-qa="customer-name">Amelia Hart</dd>
      <dt>Order ID</dt><dd data-qa="order-id">72450777</dd>
      <dt>Product</dt><dd data-qa="product-title">iPad Air (2022) 64GB - Space Gray - WiFi</dd>
      <dt>Category</dt><dd data-qa="category">Tablets</dd>
    </dl>
    <ol>
      <li role="article" data-qa="message" data-author="customer" data-message-id="m1">
        <div data-qa="message-body">Here are the photos of the tablet.</div>
        ${PAGE_PHOTOS.map((name) => link(`/files/${name}`, name)).join('\n        ')}
        ${CDN_PHOTOS.map((name) => link(`${cdnOrigin}/cdn/${name}`, name)).join('\n        ')}
      </li>
    </ol>
    <form><textarea aria-label="Write a message"></textarea></form>
  </main>
</body></html>`;
}

async function listen(server: http.Server): Promise<number> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  return typeof address === 'object' && address ? address.port : 0;
}

/** `demoOrigin`: the running demo platform, whose tablet photos are served again here. */
export async function startAttachmentHosts(demoOrigin: string): Promise<AttachmentHostsServer> {
  const photos = new Map<string, Buffer>();
  for (const name of TABLET_PHOTOS) {
    const response = await fetch(`${demoOrigin}/attachments/104820257/${name}`);
    if (!response.ok) throw new Error(`the demo platform did not serve ${name} (${response.status})`);
    photos.set(name, Buffer.from(await response.arrayBuffer()));
  }
  const sendPhoto = (response: http.ServerResponse, name: string | undefined) => {
    const bytes = name ? photos.get(name) : undefined;
    if (!bytes) return void response.writeHead(404).end();
    response.writeHead(200, { 'content-type': 'image/jpeg', 'content-length': bytes.length, 'cache-control': 'no-store' });
    response.end(bytes);
  };

  const cdnRequests: string[] = [];
  const cdn = http.createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    cdnRequests.push(path);
    sendPhoto(response, /^\/cdn\/([\w.]+)$/.exec(path)?.[1]);
  });
  const cdnPort = await listen(cdn);
  const cdnOrigin = `http://localhost:${cdnPort}`;

  const site = http.createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    if (path === `/bo-seller/customer-care/help-requests/${HELP_REQUEST_ID}`) {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      return void response.end(page(cdnOrigin));
    }
    sendPhoto(response, /^\/files\/([\w.]+)$/.exec(path)?.[1]);
  });
  const sitePort = await listen(site);

  const close = (server: http.Server) =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return {
    pageUrl: `http://127.0.0.1:${sitePort}/bo-seller/customer-care/help-requests/${HELP_REQUEST_ID}`,
    cdnHost: `localhost:${cdnPort}`,
    cdnRequests,
    close: async () => {
      await close(site);
      await close(cdn);
    },
  };
}

/** What the panel shows about the four photos. */
export interface PhotosView {
  photos: string;
  numbers: string;
  /** Names of the photo rows that show a check result. */
  checked: string[];
  /** Photo rows that say they need access. */
  waiting: string[];
}

/** Runs in the panel: what it shows about the photos. */
function photosView(): PhotosView {
  const text = (selector: string) => (document.querySelector<HTMLElement>(selector)?.innerText ?? '').replace(/\s+/g, ' ');
  const rows = [...document.querySelectorAll('#photos .photo-row')];
  const name = (row: Element) => row.querySelector('.photo-row__name')?.textContent?.split('·')[0]?.trim() ?? '';
  return {
    photos: text('#photos'),
    numbers: text('#numbers'),
    checked: rows.filter((row) => !/Not checked|Checking/.test(row.textContent ?? '')).map(name),
    waiting: rows.filter((row) => (row.textContent ?? '').includes('needs access to')).map(name),
  };
}

export const readPhotosView = (panel: DrivenTab): Promise<PhotosView> => panel.run(photosView);

/** Before any host is allowed: the page's photos checked, the other host's listed as waiting, none requested. */
export async function expectOtherHostWaiting(panel: DrivenTab, hosts: AttachmentHostsServer): Promise<void> {
  const view = await waitFor(
    async () => {
      const current = await readPhotosView(panel);
      return current.checked.length === PAGE_PHOTOS.length && current.waiting.length === CDN_PHOTOS.length ? current : undefined;
    },
    { timeoutMs: 60_000, what: 'the page’s photos checked and the other host’s listed as needing access' },
  );
  expect(view.checked.sort()).toEqual([...PAGE_PHOTOS].sort());
  expect(view.waiting.sort()).toEqual([...CDN_PHOTOS].sort());
  expect(view.photos).toContain(`2 attachments need access to ${hosts.cdnHost}`);
  expect(view.photos).not.toContain('has not sent any photos');
  // Per image ("needs access") once the numbers list them, or the section's summary ("2 attachments need access")
  // before: either way the host is named.
  expect(view.numbers).toMatch(new RegExp(`needs? access to ${hosts.cdnHost.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
  expect(hosts.cdnRequests, 'nothing is fetched from a host before it is allowed').toEqual([]);
}

/** After the host is allowed: all four photos checked, without a reload, and fetched from the other host. */
export async function expectAllCheckedOnceAllowed(panel: DrivenTab, hosts: AttachmentHostsServer): Promise<void> {
  const view = await waitFor(
    async () => {
      const current = await readPhotosView(panel);
      return current.checked.length === PAGE_PHOTOS.length + CDN_PHOTOS.length ? current : undefined;
    },
    { timeoutMs: 60_000, what: 'all four photos checked after allowing the host' },
  );
  expect(view.photos).not.toContain('need access');
  expect(hosts.cdnRequests.filter((path) => path.startsWith('/cdn/')).length).toBeGreaterThanOrEqual(CDN_PHOTOS.length);
}
