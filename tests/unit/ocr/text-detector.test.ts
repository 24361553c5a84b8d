// @vitest-environment node
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ATTACHMENT_SPECS, type AttachmentSpec } from '@/scripts/demo-platform/attachments';
import { ensureDemoAttachments } from '@/scripts/demo-platform/images';
import { textDetectorInput } from '@/scripts/lib/text-detector-input';
import type { GrayImage } from '@/utils/ocr/gray-image';
import { detectText } from '@/utils/ocr/text-detector';

/**
 * Issue 15 part 6: only images that can hold a number go to OCR. Every image of the demo platform is judged the way
 * the numbers worker judges it (decoded to about 1000 px, grey): the screenshots and labels, clean or photographed,
 * must go to OCR (a number lost there is a number the agent never sees); the camera photos of devices must not
 * (each costs tesseract seconds).
 */

const HOLDS_TEXT: ReadonlySet<AttachmentSpec['kind']> = new Set([
  'about-phone-screenshot',
  'imei-dialog-screenshot',
  'dhl-express-label',
  'ups-label-photo',
]);
const DEVICE_PHOTO: ReadonlySet<AttachmentSpec['kind']> = new Set(['device-photo', 'device-photo-copy']);
const withText = ATTACHMENT_SPECS.filter((spec) => HOLDS_TEXT.has(spec.kind)).map((spec) => spec.file);
const devicePhotos = ATTACHMENT_SPECS.filter((spec) => DEVICE_PHOTO.has(spec.kind)).map((spec) => spec.file);

let dir = '';
const small = new Map<string, GrayImage>();

beforeAll(async () => {
  dir = await ensureDemoAttachments();
  for (const file of [...withText, ...devicePhotos]) small.set(file, await textDetectorInput(path.join(dir, file)));
}, 240_000);

describe('the text detector on the demo platform images', () => {
  it('has screenshots, labels and device photos to judge', () => {
    expect(withText.length).toBeGreaterThanOrEqual(6);
    expect(devicePhotos.length).toBeGreaterThanOrEqual(25);
  });

  it('sends every screenshot and label (clean or photographed) to OCR', () => {
    const verdicts = withText.map((file) => [file, detectText(small.get(file)!).holdsText]);
    expect(verdicts).toEqual(withText.map((file) => [file, true]));
  });

  it('keeps every camera photo of a device away from OCR', () => {
    const verdicts = devicePhotos.map((file) => [file, detectText(small.get(file)!).holdsText]);
    expect(verdicts).toEqual(devicePhotos.map((file) => [file, false]));
  });

  it('sees text turned a quarter (a label photographed sideways)', () => {
    const label = small.get('104820734/IMG_0457.jpg')!;
    const turned: GrayImage = { width: label.height, height: label.width, data: new Uint8Array(label.data.length) };
    for (let y = 0; y < label.height; y++) {
      for (let x = 0; x < label.width; x++) turned.data[x * turned.width + (label.height - 1 - y)] = label.data[y * label.width + x]!;
    }
    expect(detectText(turned).holdsText).toBe(true);
  });

  it('sees no text on an empty page or a smooth gradient', () => {
    const blank: GrayImage = { width: 400, height: 300, data: new Uint8Array(400 * 300).fill(235) };
    const gradient: GrayImage = {
      width: 400,
      height: 300,
      data: Uint8Array.from({ length: 400 * 300 }, (_, i) => Math.round(((i % 400) / 400) * 255)),
    };
    expect([detectText(blank).holdsText, detectText(gradient).holdsText]).toEqual([false, false]);
  });
});
