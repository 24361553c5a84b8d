import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureBuiltApp, OUTPUT_DIR } from '../build-app';

const here = path.dirname(fileURLToPath(import.meta.url));

/** URL path of the new back office's built assets on the demo origin. */
export const NEW_BACKOFFICE_BASE = '/new-backoffice/';

/** The built new back office (index.html + assets/), rebuilt only when app/ changed. */
export function ensureNewBackofficeApp(options: { quiet?: boolean } = {}): Promise<string> {
  return ensureBuiltApp(
    { appDir: path.join(here, 'app'), outDir: path.join(OUTPUT_DIR, 'demo-new-backoffice'), base: NEW_BACKOFFICE_BASE, extraSources: [] },
    options,
  );
}
