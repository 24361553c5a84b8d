import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { safeJoin, sendFile, sendJson } from '../http';

/**
 * A second origin serving the demo's attachment files, as the live platform serves uploads from a storage host of
 * its own. Bound to 127.0.0.1 but named `http://localhost:PORT`: a different origin from the pages (127.0.0.1),
 * and one the demo build of the extension has no host permission for.
 */

export interface AttachmentOrigin {
  origin: string;
  close(): Promise<void>;
}

export async function startAttachmentOrigin(attachmentsDir: string): Promise<AttachmentOrigin> {
  const server = createServer((request, response) => {
    const pathname = new URL(request.url ?? '/', 'http://localhost').pathname;
    const isRead = request.method === 'GET' || request.method === 'HEAD';
    const relative = pathname.startsWith('/attachments/') ? pathname.slice('/attachments/'.length) : null;
    const file = relative === null ? null : safeJoin(attachmentsDir, relative);
    if (!isRead || !file || path.basename(file) === 'manifest.json') {
      sendJson(response, isRead ? 404 : 405, { error: { code: isRead ? 404 : 405, message: 'not found' } });
      return;
    }
    sendFile(request, response, file, 'public, max-age=3600')
      .then((sent) => {
        if (!sent) sendJson(response, 404, { error: { code: 404, message: 'no such attachment' } });
      })
      .catch(() => response.destroy());
  });
  server.keepAliveTimeout = 1000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://localhost:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
