import fs from 'node:fs/promises';
import { createCanvas, loadImage } from '@napi-rs/canvas';
import { fitLongSide } from '../../utils/photos/downscale';
import { toGray, type GrayImage } from '../../utils/ocr/gray-image';
import { TEXT_DETECTOR_LONG_SIDE } from '../../utils/ocr/text-detector';

/**
 * An image file as the numbers worker gives it to the text detector (utils/ocr/text-detector.ts): as shown, long
 * side about TEXT_DETECTOR_LONG_SIDE (Skia draws it scaled, as the browser's 1/4-scale decode does), grey,
 * transparency on white. For the detector's test and benchmark.
 */
export async function textDetectorInput(file: string): Promise<GrayImage> {
  const image = await loadImage(await fs.readFile(file));
  const size = fitLongSide(image.width, image.height, TEXT_DETECTOR_LONG_SIDE);
  const canvas = createCanvas(size.width, size.height);
  const context = canvas.getContext('2d');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, size.width, size.height);
  context.drawImage(image, 0, 0, size.width, size.height);
  return toGray({ ...size, data: context.getImageData(0, 0, size.width, size.height).data });
}
