/**
 * Draws the 150 photos of the long conversation (scale-folder.ts) into `.cache/demo-attachments-scale/`, with
 * thumbnails, once: later starts reuse them while this generator's sources are unchanged. Its own folder and
 * manifest, so the ordinary demo attachments (images.ts) are never regenerated or slowed by it. Each photo has its
 * own seed, so no two share bytes (the numbers cache is keyed by content hash and would otherwise skip them).
 *
 *   npx tsx scripts/demo-platform/scale-images.ts [--force]
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createCanvas, type Canvas } from '@napi-rs/canvas';
import { THUMBNAIL_LONG_SIDE, thumbnailFile } from './attachments';
import { drawDevice } from './draw/devices';
import { applyGrain, drawLighting, drawSurface, grainTile, seededRandom } from './draw/scene';
import { SCALE_PHOTOS, type ScalePhotoSpec } from './scale-folder';

const here = path.dirname(fileURLToPath(import.meta.url));
export const SCALE_ATTACHMENTS_DIR = path.resolve(here, '../../.cache/demo-attachments-scale');
const MANIFEST = 'manifest.json';
/** The devices are drawn for a 2016×1512 scene (half of 12 MP), as in images.ts. */
const SCENE_WIDTH = 2016;
const SCENE_HEIGHT = 1512;

interface ScaleManifest {
  sourceHash: string;
  generatedInMs: number;
  totalBytes: number;
  files: Record<string, number>;
}

async function sourceHash(): Promise<string> {
  const hash = createHash('sha256');
  const files = ['scale-images.ts', 'scale-folder.ts', ...(await readdir(path.join(here, 'draw'))).map((file) => `draw/${file}`)];
  for (const file of files.sort()) {
    hash.update(file);
    hash.update(await readFile(path.join(here, file)));
  }
  return hash.digest('hex').slice(0, 16);
}

async function isCurrent(dir: string, hash: string): Promise<boolean> {
  const manifest = await readFile(path.join(dir, MANIFEST), 'utf8')
    .then((text) => JSON.parse(text) as ScaleManifest)
    .catch(() => null);
  if (manifest?.sourceHash !== hash) return false;
  for (const spec of SCALE_PHOTOS) {
    const onDisk = await stat(path.join(dir, spec.file)).catch(() => null);
    if (!onDisk || onDisk.size !== manifest.files[spec.file]) return false;
  }
  return true;
}

function drawPhoto(spec: ScalePhotoSpec, grain: Canvas): Canvas {
  const random = seededRandom(spec.seed);
  const scene = createCanvas(SCENE_WIDTH, SCENE_HEIGHT);
  const ctx = scene.getContext('2d');
  drawSurface(ctx, SCENE_WIDTH, SCENE_HEIGHT, spec.surface, random);
  ctx.save();
  ctx.translate(SCENE_WIDTH / 2 + (random() - 0.5) * 160, SCENE_HEIGHT / 2 + (random() - 0.5) * 100);
  ctx.rotate((random() - 0.5) * 0.2);
  drawDevice(ctx, 'smartphone', spec.view, spec.colour, random);
  ctx.restore();
  drawLighting(ctx, SCENE_WIDTH, SCENE_HEIGHT, random);
  const photo = spec.width === SCENE_WIDTH ? scene : createCanvas(spec.width, spec.height);
  const photoCtx = photo.getContext('2d');
  if (photo !== scene) {
    photoCtx.imageSmoothingEnabled = true;
    photoCtx.imageSmoothingQuality = 'high';
    photoCtx.drawImage(scene, 0, 0, spec.width, spec.height);
  }
  applyGrain(photoCtx, spec.width, spec.height, grain, 0.55);
  return photo;
}

async function generate(dir: string): Promise<ScaleManifest> {
  const started = performance.now();
  const grain = grainTile(20261301);
  const files: Record<string, number> = {};
  const work = async (spec: ScalePhotoSpec) => {
    const photo = drawPhoto(spec, grain);
    const bytes = await photo.encode('jpeg', 85);
    const target = path.join(dir, spec.file);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, bytes);
    const scale = THUMBNAIL_LONG_SIDE / Math.max(photo.width, photo.height);
    const thumb = createCanvas(Math.round(photo.width * scale), Math.round(photo.height * scale));
    const thumbCtx = thumb.getContext('2d');
    thumbCtx.imageSmoothingQuality = 'high';
    thumbCtx.drawImage(photo, 0, 0, thumb.width, thumb.height);
    const thumbTarget = path.join(dir, thumbnailFile(spec.file));
    await mkdir(path.dirname(thumbTarget), { recursive: true });
    await writeFile(thumbTarget, await thumb.encode('jpeg', 80));
    files[spec.file] = bytes.length;
  };
  // Two at a time: encoding runs off the main thread, so drawing the next photo overlaps it (2 cores).
  let next = 0;
  const lane = async () => {
    while (next < SCALE_PHOTOS.length) await work(SCALE_PHOTOS[next++]!);
  };
  await mkdir(dir, { recursive: true });
  await Promise.all([lane(), lane()]);
  const manifest: ScaleManifest = {
    sourceHash: await sourceHash(),
    generatedInMs: Math.round(performance.now() - started),
    totalBytes: Object.values(files).reduce((sum, bytes) => sum + bytes, 0),
    files,
  };
  await writeFile(path.join(dir, MANIFEST), JSON.stringify(manifest, null, 2));
  return manifest;
}

let pending: Promise<string> | undefined;

/**
 * The folder of the long conversation's photos, drawn first if missing or outdated (about half a minute on two
 * cores). Generated beside the folder and swapped in, so a running server never serves half a set.
 */
export function ensureScaleAttachments(options: { force?: boolean } = {}): Promise<string> {
  if (!pending || options.force) {
    pending = (async () => {
      const dir = SCALE_ATTACHMENTS_DIR;
      const hash = await sourceHash();
      if (!options.force && (await isCurrent(dir, hash))) return dir;
      const fresh = `${dir}.tmp-${process.pid}-${Date.now()}`;
      await generate(fresh);
      const old = `${dir}.old-${process.pid}-${Date.now()}`;
      await rename(dir, old).catch(() => undefined);
      await rename(fresh, dir);
      await rm(old, { recursive: true, force: true });
      return dir;
    })();
    pending.catch(() => {
      pending = undefined;
    });
  }
  return pending;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const dir = await ensureScaleAttachments({ force: process.argv.includes('--force') });
  const manifest = JSON.parse(await readFile(path.join(dir, MANIFEST), 'utf8')) as ScaleManifest;
  console.log(`${Object.keys(manifest.files).length} photos in ${dir}`);
  console.log(`generated in ${(manifest.generatedInMs / 1000).toFixed(1)} s, ${(manifest.totalBytes / 1e6).toFixed(1)} MB`);
}
