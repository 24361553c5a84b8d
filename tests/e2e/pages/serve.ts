import fs from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

/**
 * Serves the editor test pages on 127.0.0.1, under /bo-seller/ so the demo build's content script and adapter
 * treat them as platform pages: /bo-seller/test-editors/<editor>/folders/<id>. Each page's script, bundled with
 * its real library, comes from /test-editors/<editor>.js. Nothing else is served.
 */

export const TEST_EDITORS = ['react-textarea', 'vue-model-textarea', 'prosemirror'] as const;
export type TestEditor = (typeof TEST_EDITORS)[number];

const PAGES_DIR = path.dirname(fileURLToPath(import.meta.url));

/** Each page script bundled with its library (React, Vue, ProseMirror) by esbuild, once per server. */
async function bundlePages(): Promise<Map<string, string>> {
  const bundles = new Map<string, string>();
  for (const editor of TEST_EDITORS) {
    const result = await build({
      entryPoints: [path.join(PAGES_DIR, `${editor}.js`)],
      bundle: true,
      format: 'esm',
      write: false,
      minify: true,
      define: { 'process.env.NODE_ENV': '"production"', __VUE_OPTIONS_API__: 'false', __VUE_PROD_DEVTOOLS__: 'false', __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false' },
      logLevel: 'silent',
    });
    bundles.set(editor, result.outputFiles[0]!.text);
  }
  return bundles;
}

export interface EditorPagesServer {
  origin: string;
  pageUrl(editor: TestEditor, folderId?: string): string;
  close(): Promise<void>;
}

export async function startEditorPages(): Promise<EditorPagesServer> {
  const template = await fs.readFile(path.join(PAGES_DIR, 'editor-page.html'), 'utf8');
  const bundles = await bundlePages();
  const server = http.createServer((request, response) => {
    void (async () => {
      const url = new URL(request.url ?? '/', 'http://127.0.0.1');
      const page = /^\/bo-seller\/test-editors\/([a-z-]+)\/folders\/(\d+)$/.exec(url.pathname);
      const script = /^\/test-editors\/([a-z-]+)\.js$/.exec(url.pathname);
      const send = (type: string, body: string) => {
        response.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' });
        response.end(body);
      };
      if (page && (TEST_EDITORS as readonly string[]).includes(page[1]!)) {
        send('text/html; charset=utf-8', template.replaceAll('__EDITOR__', page[1]!).replaceAll('__FOLDER__', page[2]!));
      } else if (script && (TEST_EDITORS as readonly string[]).includes(script[1]!)) {
        send('text/javascript', bundles.get(script[1]!)!);
      } else {
        response.writeHead(404).end();
      }
    })().catch(() => response.writeHead(500).end());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  return {
    origin,
    pageUrl: (editor, folderId = '700100') => `${origin}/bo-seller/test-editors/${editor}/folders/${folderId}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
