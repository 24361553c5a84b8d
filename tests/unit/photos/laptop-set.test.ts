// @vitest-environment node
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { createCanvas, loadImage } from '@napi-rs/canvas';
import { beforeAll, describe, expect, it } from 'vitest';
import { ATTACHMENT_SPECS } from '@/scripts/demo-platform/attachments';
import { ensureDemoAttachments } from '@/scripts/demo-platform/images';
import { decodePhotoFile } from '@/scripts/lib/node-image';
import { analysePixels } from '@/utils/photos/analysis';
import { downscaleRgba, type RgbaImage } from '@/utils/photos/downscale';
import { boxBlur, resizeBilinear } from './synthetic';

/**
 * Issue #14: the panel called 5 of the 6 sharp photos of the demo's laptop conversation (a smooth grey laptop on a
 * plain desk) blurred and asked for them again. In Chromium the worker decodes a 4032 px JPEG at 1/8 scale
 * (504 px: each pixel the mean of an 8x8 block, the DCT's DC term) and used to stretch that to 512 px, which
 * interpolated every pixel. These photos are read here both ways the product reads them: as the worker's scaled
 * decode gives them (8x8 block means, measured at 504 px) and as the CLI does (npm run photos).
 */

const LAPTOP_FOLDER = '104820391';
const laptopFiles = ATTACHMENT_SPECS.filter((spec) => spec.file.startsWith(`${LAPTOP_FOLDER}/`) && spec.kind === 'device-photo').map(
  (spec) => spec.file,
);

let dir = '';
const scaledDecodes = new Map<string, { image: RgbaImage; original: { width: number; height: number } }>();

/** What a JPEG decoder scaling by 1/8 gives: the mean of each 8x8 block (exact for 4032x3024). */
async function decodeAtOneEighth(file: string) {
  const full = await loadImage(await readFile(path.join(dir, file)));
  const canvas = createCanvas(full.width, full.height);
  canvas.getContext('2d').drawImage(full, 0, 0);
  const { data } = canvas.getContext('2d').getImageData(0, 0, full.width, full.height);
  const original = { width: full.width, height: full.height };
  return { image: downscaleRgba({ ...original, data }, Math.max(original.width, original.height) / 8), original };
}

beforeAll(async () => {
  dir = await ensureDemoAttachments();
  for (const file of laptopFiles) scaledDecodes.set(file, await decodeAtOneEighth(file));
}, 180_000);

const blurVerdictOf = (result: ReturnType<typeof analysePixels>) =>
  result.problems.some((problem) => problem.code === 'blurred') ? 'blurred' : result.blurDoubt ? 'may be blurred' : 'sharp';

describe('the demo laptop set (sharp photos of a smooth item on a plain desk)', () => {
  it('has the six photos the conversation sends', () => {
    expect(laptopFiles).toHaveLength(6);
  });

  it('is sharp as the browser worker decodes it (1/8-scale JPEG decode, measured as decoded)', () => {
    const verdicts = laptopFiles.map((file) => {
      const { image, original } = scaledDecodes.get(file)!;
      expect(image.width).toBe(504);
      return [file, blurVerdictOf(analysePixels(image, original))];
    });
    expect(verdicts).toEqual(laptopFiles.map((file) => [file, 'sharp']));
  });

  it('is sharp as npm run photos decodes it', async () => {
    const verdicts: [string, string][] = [];
    for (const file of laptopFiles) {
      const decoded = await decodePhotoFile(path.join(dir, file), {});
      if (!decoded.ok) throw new Error(decoded.failure.message);
      verdicts.push([file, blurVerdictOf(analysePixels(decoded.photo.image, decoded.photo.original))]);
    }
    expect(verdicts).toEqual(laptopFiles.map((file) => [file, 'sharp']));
  });

  it('still calls one of them blurred once it really is out of focus', () => {
    const { image, original } = scaledDecodes.get(laptopFiles[1]!)!;
    expect(blurVerdictOf(analysePixels(boxBlur(image, 2), original))).toBe('blurred');
  });

  it('stretched from 504 to 512 px (the old worker path), the set is at most a doubt, never a request', () => {
    const verdicts = laptopFiles.map((file) => {
      const { image, original } = scaledDecodes.get(file)!;
      const result = analysePixels(resizeBilinear(image, 512, 384), original);
      expect(result.problems).toEqual([]);
      return blurVerdictOf(result);
    });
    expect(verdicts).not.toContain('blurred');
  });
});
