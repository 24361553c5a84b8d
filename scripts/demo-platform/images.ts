/**
 * Draws every demo attachment (see attachments.ts) into `.cache/demo-attachments/`, once: later starts reuse the
 * files while the generator's sources are unchanged. Deterministic (seeded), no network, no stored binaries.
 *
 *   npx tsx scripts/demo-platform/images.ts [--force]   regenerate and print timing and sizes
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createCanvas, loadImage, type Canvas } from '@napi-rs/canvas';
import { ATTACHMENT_SPECS, PHOTO_HEIGHT, PHOTO_WIDTH, THUMBNAIL_LONG_SIDE, thumbnailFile, type AttachmentSpec } from './attachments';
import { drawDevice } from './draw/devices';
import { DHL_LABELS, drawDhlExpressLabel, drawUpsLabel, photographLabel } from './draw/labels';
import { applyGrain, drawLighting, drawSurface, grainTile, seededRandom } from './draw/scene';
import { drawAboutPhone, drawImeiDialog } from './draw/screenshots';

/** Bump to force regeneration when something outside the hashed sources changes the output (fonts, canvas). */
export const GENERATOR_VERSION = 1;

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '../..');
export const DEMO_ATTACHMENTS_DIR = path.join(repoRoot, '.cache', 'demo-attachments');
const MANIFEST = 'manifest.json';

export interface AttachmentsManifest {
  version: number;
  sourceHash: string;
  generatedInMs: number;
  totalBytes: number;
  files: Record<string, { bytes: number; width: number; height: number }>;
}

async function sourceHash(): Promise<string> {
  const hash = createHash('sha256');
  hash.update(String(GENERATOR_VERSION));
  const files = ['images.ts', 'attachments.ts', 'identifiers.ts', ...(await readdir(path.join(here, 'draw'))).map((f) => `draw/${f}`)];
  for (const file of files.sort()) {
    hash.update(file);
    hash.update(await readFile(path.join(here, file)));
  }
  return hash.digest('hex').slice(0, 16);
}

async function readManifest(dir: string): Promise<AttachmentsManifest | null> {
  try {
    return JSON.parse(await readFile(path.join(dir, MANIFEST), 'utf8')) as AttachmentsManifest;
  } catch {
    return null;
  }
}

async function isCurrent(dir: string, hash: string): Promise<boolean> {
  const manifest = await readManifest(dir);
  if (manifest?.version !== GENERATOR_VERSION || manifest.sourceHash !== hash) return false;
  for (const spec of ATTACHMENT_SPECS) {
    const entry = manifest.files[spec.file];
    const onDisk = await stat(path.join(dir, spec.file)).catch(() => null);
    if (!entry || onDisk?.size !== entry.bytes) return false;
  }
  return true;
}

function drawDevicePhoto(spec: Extract<AttachmentSpec, { kind: 'device-photo' }>, grain: Canvas): Canvas {
  const random = seededRandom(spec.seed);
  const sceneWidth = PHOTO_WIDTH / 2;
  const sceneHeight = PHOTO_HEIGHT / 2;
  const scene = createCanvas(sceneWidth, sceneHeight);
  const ctx = scene.getContext('2d');
  drawSurface(ctx, sceneWidth, sceneHeight, spec.surface, random);
  ctx.save();
  ctx.translate(sceneWidth / 2 + (random() - 0.5) * 120, sceneHeight / 2 + (random() - 0.5) * 80);
  ctx.rotate((random() - 0.5) * 0.14);
  drawDevice(ctx, spec.device, spec.view, spec.colour, random);
  ctx.restore();
  drawLighting(ctx, sceneWidth, sceneHeight, random);
  // Upscaling the half-size scene is the lens softness; the full-size grain on top is the sensor noise.
  const photo = createCanvas(PHOTO_WIDTH, PHOTO_HEIGHT);
  const photoCtx = photo.getContext('2d');
  photoCtx.imageSmoothingEnabled = true;
  photoCtx.imageSmoothingQuality = 'high';
  photoCtx.drawImage(scene, 0, 0, PHOTO_WIDTH, PHOTO_HEIGHT);
  applyGrain(photoCtx, PHOTO_WIDTH, PHOTO_HEIGHT, grain, 0.55);
  if (spec.tooDark) {
    photoCtx.fillStyle = 'rgba(0, 0, 0, 0.92)';
    photoCtx.fillRect(0, 0, PHOTO_WIDTH, PHOTO_HEIGHT);
    applyGrain(photoCtx, PHOTO_WIDTH, PHOTO_HEIGHT, grain, 0.25);
  }
  return photo;
}

async function photographedLabel(label: Canvas, seed: number, angle: number, grain: Canvas): Promise<Canvas> {
  const random = seededRandom(seed);
  const width = 1536;
  const height = 2048;
  const photo = createCanvas(width, height);
  const ctx = photo.getContext('2d');
  drawSurface(ctx, width, height, 'cardboard', random);
  photographLabel(ctx, label, width, height, angle);
  drawLighting(ctx, width, height, random);
  applyGrain(ctx, width, height, grain, 0.3);
  return photo;
}

/** A one-page PDF with a line of text: what an invoice attachment looks like to the photo check. */
const MINIMAL_PDF = `%PDF-1.4
1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj
2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj
3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents 4 0 R/Resources<</Font<</F1 5 0 R>>>>>>endobj
4 0 obj<</Length 52>>stream
BT /F1 18 Tf 72 760 Td (Invoice - PlayStation 5) Tj ET
endstream endobj
5 0 obj<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>endobj
trailer<</Root 1 0 R>>
%%EOF
`;

async function render(
  spec: Exclude<AttachmentSpec, { kind: 'pdf-document' | 'truncated-photo' }>,
  dir: string,
  grain: Canvas,
): Promise<{ canvas: Canvas; format: 'jpeg' | 'png'; quality: number }> {
  switch (spec.kind) {
    case 'device-photo':
      return { canvas: drawDevicePhoto(spec, grain), format: 'jpeg', quality: 85 };
    case 'device-photo-copy': {
      const source = await loadImage(await readFile(path.join(dir, spec.sourceFile)));
      const height = Math.round((spec.width * source.height) / source.width);
      const canvas = createCanvas(spec.width, height);
      canvas.getContext('2d').drawImage(source, 0, 0, spec.width, height);
      return { canvas, format: 'jpeg', quality: spec.quality };
    }
    case 'about-phone-screenshot':
      return { canvas: drawAboutPhone(), format: 'png', quality: 0 };
    case 'imei-dialog-screenshot':
      return { canvas: await drawImeiDialog(), format: 'png', quality: 0 };
    case 'dhl-express-label': {
      const data = DHL_LABELS[spec.folderId];
      if (!data) throw new Error(`no DHL label data for folder ${spec.folderId}`);
      const label = await drawDhlExpressLabel(data);
      if (!spec.photographed) return { canvas: label, format: 'png', quality: 0 };
      return { canvas: await photographedLabel(label, 457, 3.2, grain), format: 'jpeg', quality: 85 };
    }
    case 'ups-label-photo':
      return { canvas: await photographedLabel(await drawUpsLabel(), 1189, -2.4, grain), format: 'jpeg', quality: 85 };
  }
}

async function encode(canvas: Canvas, format: 'jpeg' | 'png', quality: number): Promise<Buffer> {
  return format === 'png' ? canvas.encode('png') : canvas.encode('jpeg', quality);
}

/** Draws every attachment into `dir` (created), with thumbnails, and writes the manifest last. */
export async function generateDemoAttachments(dir: string): Promise<AttachmentsManifest> {
  const started = performance.now();
  const grain = grainTile(20261122);
  const files: AttachmentsManifest['files'] = {};
  const queue = [...ATTACHMENT_SPECS];
  // Copies read their source from disk, so sources must be finished first: run copies after the rest.
  const readsAnother = (spec: AttachmentSpec) => spec.kind === 'device-photo-copy' || spec.kind === 'truncated-photo';
  const copies = queue.filter(readsAnother);
  const originals = queue.filter((spec) => !readsAnother(spec));

  const work = async (spec: AttachmentSpec) => {
    const target = path.join(dir, spec.file);
    if (spec.kind === 'pdf-document' || spec.kind === 'truncated-photo') {
      const bytes =
        spec.kind === 'pdf-document'
          ? Buffer.from(MINIMAL_PDF, 'latin1')
          : await readFile(path.join(dir, spec.sourceFile)).then((all) => all.subarray(0, Math.round(all.length * spec.keepFraction)));
      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(target, bytes);
      files[spec.file] = { bytes: bytes.length, width: 0, height: 0 };
      return;
    }
    const { canvas, format, quality } = await render(spec, dir, grain);
    await mkdir(path.dirname(target), { recursive: true });
    const bytes = await encode(canvas, format, quality);
    await writeFile(target, bytes);
    const scale = THUMBNAIL_LONG_SIDE / Math.max(canvas.width, canvas.height);
    const thumb = createCanvas(Math.round(canvas.width * scale), Math.round(canvas.height * scale));
    const thumbCtx = thumb.getContext('2d');
    thumbCtx.imageSmoothingQuality = 'high';
    thumbCtx.drawImage(canvas, 0, 0, thumb.width, thumb.height);
    const thumbTarget = path.join(dir, thumbnailFile(spec.file));
    await mkdir(path.dirname(thumbTarget), { recursive: true });
    await writeFile(thumbTarget, await encode(thumb, format, 80));
    files[spec.file] = { bytes: bytes.length, width: canvas.width, height: canvas.height };
  };
  // Two at a time: encoding runs off the main thread, so drawing the next picture overlaps it (2 cores).
  const runPool = async (specs: AttachmentSpec[]) => {
    let next = 0;
    const worker = async () => {
      while (next < specs.length) await work(specs[next++]!);
    };
    await Promise.all([worker(), worker()]);
  };
  await mkdir(dir, { recursive: true });
  await runPool(originals);
  await runPool(copies);
  const manifest: AttachmentsManifest = {
    version: GENERATOR_VERSION,
    sourceHash: await sourceHash(),
    generatedInMs: Math.round(performance.now() - started),
    totalBytes: Object.values(files).reduce((sum, file) => sum + file.bytes, 0),
    files,
  };
  await writeFile(path.join(dir, MANIFEST), JSON.stringify(manifest, null, 2));
  return manifest;
}

/** One generator at a time across processes (parallel test files, e2e setup): the others wait for its result. */
async function withLock<T>(lockDir: string, work: () => Promise<T>): Promise<T> {
  for (;;) {
    try {
      await mkdir(lockDir);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const info = await stat(lockDir).catch(() => null);
      // A lock left by a killed process: generation takes well under a minute.
      if (info && Date.now() - info.mtimeMs > 5 * 60_000) await rm(lockDir, { recursive: true, force: true });
      else await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
  try {
    return await work();
  } finally {
    await rm(lockDir, { recursive: true, force: true });
  }
}

let pending: Promise<string> | undefined;

/** The attachments folder, generated first if missing or outdated. Safe to call from several processes. */
export function ensureDemoAttachments(options: { force?: boolean } = {}): Promise<string> {
  if (!pending || options.force) {
    pending = (async () => {
      const dir = DEMO_ATTACHMENTS_DIR;
      const hash = await sourceHash();
      if (!options.force && (await isCurrent(dir, hash))) return dir;
      await mkdir(path.dirname(dir), { recursive: true });
      return withLock(`${dir}.lock`, async () => {
        if (!options.force && (await isCurrent(dir, hash))) return dir;
        // Generate beside the folder and swap it in, so a running server never serves half a set.
        const fresh = `${dir}.tmp-${process.pid}-${Date.now()}`;
        await generateDemoAttachments(fresh);
        const old = `${dir}.old-${process.pid}-${Date.now()}`;
        await rename(dir, old).catch(() => undefined);
        await rename(fresh, dir);
        await rm(old, { recursive: true, force: true });
        return dir;
      });
    })();
    pending.catch(() => {
      pending = undefined;
    });
  }
  return pending;
}

export async function readDemoAttachmentsManifest(): Promise<AttachmentsManifest | null> {
  return readManifest(DEMO_ATTACHMENTS_DIR);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const dir = await ensureDemoAttachments({ force: process.argv.includes('--force') });
  const manifest = await readManifest(dir);
  if (manifest) {
    console.log(`${Object.keys(manifest.files).length} attachments in ${dir}`);
    console.log(`generated in ${(manifest.generatedInMs / 1000).toFixed(1)} s, ${(manifest.totalBytes / 1e6).toFixed(1)} MB`);
  }
}
