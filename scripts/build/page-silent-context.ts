import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Gives WXT's content-script entry ReturnDesk's context class (utils/extension/page-silent-context.ts) instead of
 * WXT's own, whose constructor dispatches a start event on the page's `document` and stops the content script
 * when the page fires one. WXT has no option for either, and the entry builds the context before our code runs,
 * so the import is redirected at build time. Only that class's own import of WXT's context is left alone.
 */

export const WXT_CONTEXT_MODULE = 'wxt/utils/content-script-context';
export const PAGE_SILENT_CONTEXT = resolve(dirname(fileURLToPath(import.meta.url)), '../../utils/extension/page-silent-context.ts');

export function pageSilentContentScriptContext() {
  return {
    name: 'returndesk-page-silent-content-script-context',
    enforce: 'pre' as const,
    resolveId(source: string, importer: string | undefined) {
      if (source !== WXT_CONTEXT_MODULE || !importer) return null;
      if (importer.replace(/\\/g, '/').endsWith('/utils/extension/page-silent-context.ts')) return null;
      return PAGE_SILENT_CONTEXT;
    },
  };
}
