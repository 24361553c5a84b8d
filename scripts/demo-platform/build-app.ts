/**
 * Builds the demo's Preact apps with Vite's JS API (the back office app/ into `.output/demo-platform/`, and the new
 * back office), unless the last build came from the same sources (hash of the sources and the tool versions, kept
 * in build-hash.txt).
 */
import { createHash } from 'node:crypto';
import { readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '../..');
const appDir = path.join(here, 'app');
export const DEMO_APP_DIR = path.join(repoRoot, '.output', 'demo-platform');
export const OUTPUT_DIR = path.join(repoRoot, '.output');
const HASH_FILE = 'build-hash.txt';

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((entry) => (entry.isDirectory() ? filesUnder(path.join(dir, entry.name)) : Promise.resolve([path.join(dir, entry.name)]))),
  );
  return nested.flat();
}

/** A Preact app built with Vite into `outDir`, rebuilt only when the files it is made from changed. */
export interface BuiltApp {
  /** Folder with index.html and the app's sources. */
  appDir: string;
  outDir: string;
  /** URL path the assets are served under, e.g. `/` or `/new-backoffice/`. */
  base: string;
  /** Further source files whose change means a rebuild (besides everything under appDir). */
  extraSources: string[];
}

async function sourceHash(app: BuiltApp): Promise<string> {
  const hash = createHash('sha256');
  hash.update(app.base);
  for (const file of [...(await filesUnder(app.appDir)), ...app.extraSources].sort()) {
    hash.update(path.relative(here, file));
    hash.update(await readFile(file));
  }
  for (const dependency of ['vite', 'preact', '@preact/preset-vite']) {
    const manifest = await readFile(path.join(repoRoot, 'node_modules', dependency, 'package.json'), 'utf8').catch(() => '');
    hash.update(`${dependency}@${(JSON.parse(manifest || '{}') as { version?: string }).version ?? '?'}`);
  }
  return hash.digest('hex').slice(0, 16);
}

const pending = new Map<string, Promise<string>>();

/** The folder with the built app (index.html + assets/), rebuilt only when its sources changed. */
export function ensureBuiltApp(app: BuiltApp, options: { quiet?: boolean; force?: boolean } = {}): Promise<string> {
  let building = pending.get(app.outDir);
  if (!building || options.force) {
    building = (async () => {
      const hash = await sourceHash(app);
      const builtHash = await readFile(path.join(app.outDir, HASH_FILE), 'utf8').catch(() => '');
      if (!options.force && builtHash.trim() === hash) return app.outDir;
      const { build } = await import('vite');
      const { default: preact } = await import('@preact/preset-vite');
      // Build beside the target and swap it in, so a server already running never serves half a build.
      const fresh = `${app.outDir}.tmp-${process.pid}-${Date.now()}`;
      await build({
        root: app.appDir,
        base: app.base,
        configFile: false,
        publicDir: false,
        mode: 'production',
        logLevel: options.quiet ? 'silent' : 'warn',
        plugins: [preact()],
        define: { 'process.env.NODE_ENV': JSON.stringify('production') },
        build: { outDir: fresh, emptyOutDir: true, target: 'es2022', reportCompressedSize: false, sourcemap: false },
      });
      await writeFile(path.join(fresh, HASH_FILE), hash);
      const old = `${app.outDir}.old-${process.pid}-${Date.now()}`;
      await rename(app.outDir, old).catch(() => undefined);
      try {
        await rename(fresh, app.outDir);
      } catch (error) {
        const winner = await readFile(path.join(app.outDir, HASH_FILE), 'utf8').catch(() => '');
        if (winner.trim() !== hash) throw error;
      }
      await rm(fresh, { recursive: true, force: true });
      await rm(old, { recursive: true, force: true });
      return app.outDir;
    })();
    pending.set(app.outDir, building);
    building.catch(() => {
      pending.delete(app.outDir);
    });
  }
  return building;
}

/** The demo back office (app/), whose pages also import the conversation views of data/*.ts. */
export async function ensureDemoApp(options: { quiet?: boolean; force?: boolean } = {}): Promise<string> {
  const dataModules = (await readdir(path.join(here, 'data')))
    .filter((file) => file.endsWith('.ts'))
    .map((file) => path.join(here, 'data', file));
  return ensureBuiltApp({ appDir, outDir: DEMO_APP_DIR, base: '/', extraSources: dataModules }, options);
}
