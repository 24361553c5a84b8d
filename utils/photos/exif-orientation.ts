import { fitLongSide } from './downscale';

/**
 * EXIF orientation (1-8) and the scaled JPEG decode. A JPEG decoder scales in the DCT domain as the image is stored;
 * the orientation is applied afterwards, to the small result (in Chromium, ImageDecoder's frame carries the turn and
 * drawImage applies it: checked on a 12 MP photo with orientation 6, whose 1/8 decode shows upright at 378 x 504).
 * So the size asked of the decoder is the stored one, and the size the metrics see is the shown one.
 *
 * Orientations 5-8 turn the image a quarter (TIFF 6.0 / EXIF 2.3): 6 is a phone held upright, camera turned 90°
 * clockwise, the most common one in customers' photos.
 */

export type ExifOrientation = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8;

/** Orientation as read from a header; anything outside 1-8 (absent, corrupt) shows the image as stored. */
export function exifOrientation(value: number | null | undefined): ExifOrientation {
  return value !== null && value !== undefined && Number.isInteger(value) && value >= 1 && value <= 8 ? (value as ExifOrientation) : 1;
}

/** The size as shown: orientations 5-8 swap width and height. */
export function orientedSize(width: number, height: number, orientation: ExifOrientation): { width: number; height: number } {
  return orientation >= 5 ? { width: height, height: width } : { width, height };
}

/**
 * What to ask a scaling decoder for a stored `width` x `height` image with this orientation, so that the shown
 * result's long side is about `longSide`: `desired` in stored pixels (the decoder's frame of reference), `shown` the
 * upright size expected back (before the decoder rounds to its DCT scale).
 */
export function scaledDecodeRequest(
  width: number,
  height: number,
  orientation: number | null | undefined,
  longSide: number,
): { desired: { width: number; height: number }; shown: { width: number; height: number } } {
  const desired = fitLongSide(width, height, longSide);
  return { desired, shown: orientedSize(desired.width, desired.height, exifOrientation(orientation)) };
}
