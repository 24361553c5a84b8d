/**
 * Builds the demo back office (app/, Preact) with Vite's JS API into `.output/demo-platform/`, unless the last
 * build came from the same sources (hash of app/, data/*.ts and the tool versions, kept in build-hash.txt).
 */
import { createHash } from 'node:crypto';
import { readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '../..');
const appDir = path.join(here, 'app');
export const DEMO_APP_DIR = path.join(repoRoot, '.output', 'demo-platform');
const HASH_FILE = 'build-hash.txt';

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((entry) => (entry.isDirectory() ? filesUnder(path.join(dir, entry.name)) : [path.join(dir, entry.name)])),
  );
  return nested.flat();
}

async function sourceHash(): Promise<string> {
  const hash = createHash('sha256');
  const dataModules = (await readdir(path.join(here, 'data'))).filter((file) => file.endsWith('.ts')).map((file) => path.join(here, 'data', file));
  for (const file of [...(await filesUnder(appDir)), ...dataModules].sort()) {
    hash.update(path.relative(here, file));
    hash.update(await readFile(file));
  }
  for (const dependency of ['vite', 'preact', '@preact/preset-vite']) {
    const manifest = await readFile(path.join(repoRoot, 'node_modules', dependency, 'package.json'), 'utf8').catch(() => '');
    hash.update(`${dependency}@${(JSON.parse(manifest || '{}') as { version?: string }).version ?? '?'}`);
  }
  return hash.digest('hex').slice(0, 16);
}

let pending: Promise<string> | undefined;

/** The folder with the built app (index.html + assets/), rebuilt only when its sources changed. */
export function ensureDemoApp(options: { quiet?: boolean; force?: boolean } = {}): Promise<string> {
  if (!pending || options.force) {
    pending = (async () => {
      const hash = await sourceHash();
      const builtHash = await readFile(path.join(DEMO_APP_DIR, HASH_FILE), 'utf8').catch(() => '');
      if (!options.force && builtHash.trim() === hash) return DEMO_APP_DIR;
      const { build } = await import('vite');
      const { default: preact } = await import('@preact/preset-vite');
      // Build beside the target and swap it in, so a server already running never serves half a build.
      const fresh = `${DEMO_APP_DIR}.tmp-${process.pid}-${Date.now()}`;
      await build({
        root: appDir,
        base: '/',
        configFile: false,
        publicDir: false,
        mode: 'production',
        logLevel: options.quiet ? 'silent' : 'warn',
        plugins: [preact()],
        define: { 'process.env.NODE_ENV': JSON.stringify('production') },
        build: { outDir: fresh, emptyOutDir: true, target: 'es2022', reportCompressedSize: false, sourcemap: false },
      });
      await writeFile(path.join(fresh, HASH_FILE), hash);
      const old = `${DEMO_APP_DIR}.old-${process.pid}-${Date.now()}`;
      await rename(DEMO_APP_DIR, old).catch(() => undefined);
      try {
        await rename(fresh, DEMO_APP_DIR);
      } catch (error) {
        const winner = await readFile(path.join(DEMO_APP_DIR, HASH_FILE), 'utf8').catch(() => '');
        if (winner.trim() !== hash) throw error;
      }
      await rm(fresh, { recursive: true, force: true });
      await rm(old, { recursive: true, force: true });
      return DEMO_APP_DIR;
    })();
    pending.catch(() => {
      pending = undefined;
    });
  }
  return pending;
}
