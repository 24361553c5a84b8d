// @vitest-environment node
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { createCanvas, loadImage } from '@napi-rs/canvas';
import { beforeAll, describe, expect, it } from 'vitest';
import { ATTACHMENT_SPECS, PHOTO_HEIGHT, PHOTO_WIDTH } from '@/scripts/demo-platform/attachments';
import { ensureDemoAttachments, readDemoAttachmentsManifest } from '@/scripts/demo-platform/images';

let dir = '';

beforeAll(async () => {
  dir = await ensureDemoAttachments();
}, 180_000);

/** The picture shrunk to 64x48 grey levels: enough to compare brightness and content. */
async function greyThumbnail(file: string): Promise<number[]> {
  const image = await loadImage(await readFile(path.join(dir, file)));
  const canvas = createCanvas(64, 48);
  const ctx = canvas.getContext('2d');
  // Averaging resampler: the photo's grain must not alias into the comparison.
  ctx.imageSmoothingQuality = 'high';
  ctx.drawImage(image, 0, 0, 64, 48);
  const { data } = ctx.getImageData(0, 0, 64, 48);
  const grey: number[] = [];
  for (let index = 0; index < data.length; index += 4)
    grey.push(0.2126 * data[index]! + 0.7152 * data[index + 1]! + 0.0722 * data[index + 2]!);
  return grey;
}

const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
const meanDifference = (a: number[], b: number[]) => mean(a.map((value, index) => Math.abs(value - b[index]!)));

describe('demo attachments', () => {
  it('generates every file listed in the specs, with a manifest', async () => {
    const manifest = await readDemoAttachmentsManifest();
    expect(Object.keys(manifest!.files).sort()).toEqual(ATTACHMENT_SPECS.map((spec) => spec.file).sort());
  });

  it('makes device photos full-size 12 MP JPEGs that do not compress to nothing', async () => {
    const manifest = (await readDemoAttachmentsManifest())!;
    const photos = ATTACHMENT_SPECS.filter((spec) => spec.kind === 'device-photo' && !spec.tooDark);
    expect(photos.length).toBeGreaterThanOrEqual(25);
    for (const spec of photos) {
      const entry = manifest.files[spec.file]!;
      expect([entry.width, entry.height], spec.file).toEqual([PHOTO_WIDTH, PHOTO_HEIGHT]);
      expect(entry.bytes, spec.file).toBeGreaterThan(1_000_000);
    }
    const bytes = await readFile(path.join(dir, photos[0]!.file));
    expect([...bytes.subarray(0, 3)]).toEqual([0xff, 0xd8, 0xff]);
  });

  it('makes the "too dark" iPad photo really dark, and the others not', async () => {
    expect(mean(await greyThumbnail('104820257/IMG_2212.jpg'))).toBeLessThan(20);
    expect(mean(await greyThumbnail('104820257/IMG_2210.jpg'))).toBeGreaterThan(60);
  });

  it('sends the same MacBook photo twice with different bytes and size but the same picture', async () => {
    const manifest = (await readDemoAttachmentsManifest())!;
    const original = manifest.files['104820391/IMG_7730.jpg']!;
    const copy = manifest.files['104820391/IMG_7730 (1).jpg']!;
    expect(copy.width).toBeLessThan(original.width);
    expect(copy.bytes).not.toBe(original.bytes);
    const [a, b, other] = await Promise.all(
      ['104820391/IMG_7730.jpg', '104820391/IMG_7730 (1).jpg', '104820391/IMG_7731.jpg'].map(greyThumbnail),
    );
    expect(meanDifference(a!, b!)).toBeLessThan(4);
    expect(meanDifference(a!, other!)).toBeGreaterThan(10);
  });

  it('makes phone-sized PNG screenshots and ~2000 px label photos', async () => {
    const manifest = (await readDemoAttachmentsManifest())!;
    for (const file of ['104820619/Screenshot_20261114-104215.png', '104820619/Screenshot_20261114-104302.png']) {
      expect(manifest.files[file]).toMatchObject({ width: 1080, height: 2400 });
      const bytes = await readFile(path.join(dir, file));
      expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
    }
    for (const file of ['104820734/IMG_0457.jpg', 'US-31842-HMQRT/IMG_1189.jpg']) {
      expect(Math.max(manifest.files[file]!.width, manifest.files[file]!.height)).toBe(2048);
    }
  });
});
