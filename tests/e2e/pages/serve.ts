import fs from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { ensureDemoAttachments } from '../../../scripts/demo-platform/images';

/**
 * Serves the editor test pages on 127.0.0.1, under /bo-seller/ so the demo build's content script and adapter
 * treat them as platform pages: /bo-seller/test-editors/<editor>/folders/<id>. Each page's script, bundled with
 * its real library, comes from /test-editors/<editor>.js; TinyMCE's own files from /tinymce/. Nothing else is served.
 */

export const TEST_EDITORS = [
  'react-textarea',
  'vue-model-textarea',
  'prosemirror',
  'quill',
  'ckeditor5',
  'tinymce',
  'lexical',
  'draft-js',
  'slate',
] as const;
/** Pages that are not editors to insert into but composers that must refuse (refusing.js). */
export const REFUSING_EDITORS = ['refusing'] as const;
export type TestEditor = (typeof TEST_EDITORS)[number] | (typeof REFUSING_EDITORS)[number];
const PAGE_NAMES: readonly string[] = [...TEST_EDITORS, ...REFUSING_EDITORS];

const PAGES_DIR = path.dirname(fileURLToPath(import.meta.url));

/** TinyMCE loads its theme, model, icons and skin from here at run time (self-hosted, never a CDN). */
const TINYMCE_DIR = path.join(PAGES_DIR, '../../../node_modules/tinymce');
const STATIC_TYPES: Record<string, string> = { '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };

/** Each page script bundled with its library (React, Vue, ProseMirror, Quill...) by esbuild, once per server. */
async function bundlePages(): Promise<Map<string, string>> {
  const bundles = new Map<string, string>();
  for (const editor of PAGE_NAMES) {
    const result = await build({
      entryPoints: [path.join(PAGES_DIR, `${editor}.js`)],
      bundle: true,
      format: 'esm',
      target: 'es2022',
      write: false,
      minify: true,
      // global: Draft.js's helpers (fbjs) expect Node's name for the global object.
      define: {
        global: 'globalThis',
        'process.env.NODE_ENV': '"production"',
        __VUE_OPTIONS_API__: 'false',
        __VUE_PROD_DEVTOOLS__: 'false',
        __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
      },
      logLevel: 'silent',
    });
    bundles.set(editor, result.outputFiles[0]!.text);
  }
  return bundles;
}

export interface EditorPagesServer {
  origin: string;
  pageUrl(editor: TestEditor, folderId?: string, options?: { attachments?: boolean }): string;
  close(): Promise<void>;
}

/**
 * With `?with-attachments`, the customer's message carries two of the demo's generated images, so photos and numbers
 * run on an editor page too: the Pixel's About-phone screenshot (its IMEIs) and a device photo.
 */
const ATTACHMENT_FILES = ['104820619/Screenshot_20261114-104302.png', '104820113/IMG_4101.jpg'];
const ATTACHMENTS_MARKUP = ATTACHMENT_FILES.map(
  (file) =>
    `          <a data-qa="message-attachment" href="/care-files/${file}" download="${file.split('/').pop()}"><img src="/care-files/${file}" alt="" width="120" /></a>`,
).join('\n');

export async function startEditorPages(): Promise<EditorPagesServer> {
  const attachmentsDir = await ensureDemoAttachments();
  const template = await fs.readFile(path.join(PAGES_DIR, 'editor-page.html'), 'utf8');
  const bundles = await bundlePages();
  const server = http.createServer((request, response) => {
    void (async () => {
      const url = new URL(request.url ?? '/', 'http://127.0.0.1');
      const page = /^\/bo-seller\/test-editors\/([a-z0-9-]+)\/folders\/(\d+)$/.exec(url.pathname);
      const script = /^\/test-editors\/([a-z0-9-]+)\.js$/.exec(url.pathname);
      const tinymceFile = /^\/tinymce\/((?:[a-z0-9-]+\/)*[a-z0-9.-]+\.(?:js|css|json))$/.exec(url.pathname);
      const send = (type: string, body: string) => {
        response.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' });
        response.end(body);
      };
      if (page && PAGE_NAMES.includes(page[1]!)) {
        const attachments = url.searchParams.has('with-attachments') ? ATTACHMENTS_MARKUP : '';
        send(
          'text/html; charset=utf-8',
          template.replaceAll('__EDITOR__', page[1]!).replaceAll('__FOLDER__', page[2]!).replaceAll('__ATTACHMENTS__', attachments),
        );
      } else if (url.pathname.startsWith('/care-files/') && ATTACHMENT_FILES.includes(url.pathname.slice('/care-files/'.length))) {
        const file = url.pathname.slice('/care-files/'.length);
        response.writeHead(200, { 'content-type': file.endsWith('.png') ? 'image/png' : 'image/jpeg', 'cache-control': 'no-store' });
        response.end(await fs.readFile(path.join(attachmentsDir, file)));
      } else if (script && PAGE_NAMES.includes(script[1]!)) {
        send('text/javascript', bundles.get(script[1]!)!);
      } else if (tinymceFile && !tinymceFile[1]!.includes('..')) {
        send(STATIC_TYPES[path.extname(tinymceFile[1]!)]!, await fs.readFile(path.join(TINYMCE_DIR, tinymceFile[1]!), 'utf8'));
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
    pageUrl: (editor, folderId = '700100', options = {}) =>
      `${origin}/bo-seller/test-editors/${editor}/folders/${folderId}${options.attachments ? '?with-attachments' : ''}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
