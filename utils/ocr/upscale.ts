/**
 * Small renders: a label or a screen saved at a few hundred pixels (realdata imei14/imei15, 220x480 frames of a
 * phone filming a monitor). The pipeline's usual scale brings text lines to about 20 px, which reads clean text
 * fast; on small, blurry renders tesseract needs capitals of about 30 px. Measured with native tesseract on
 * imei14/imei15: nothing at 2x, the highlighted IMEI at 3x-4x. So when the first pass on a small render finds no
 * valid number, a second one runs on a copy enlarged to about 40 px lines (at most 4x).
 */

/** Long side (decoded pixels) below which an image counts as a small render. */
export const SMALL_RENDER_LONG_SIDE = 800;
/** Text line height of the enlarged copy: capitals of about 30 px. */
const SMALL_RENDER_LINE_HEIGHT = 40;
const SMALL_RENDER_MAX_UPSCALE = 4;
/** The enlarged copy stays within what one OCR pass handles in about a second. */
const SMALL_RENDER_MAX_LONG_SIDE = 2000;
/** Below this gain over the first pass's scale a second pass would read the same thing again. */
const MIN_GAIN = 1.4;

/**
 * Scale factor of the second, enlarged pass over a small render, or null when the image is not small or the first
 * pass (at `firstScale`) was already about as large.
 */
export function smallRenderRetryScale(width: number, height: number, lineHeight: number | null, firstScale: number): number | null {
  const long = Math.max(width, height);
  if (long <= 0 || long >= SMALL_RENDER_LONG_SIDE) return null;
  const byLine = lineHeight ? SMALL_RENDER_LINE_HEIGHT / lineHeight : SMALL_RENDER_MAX_UPSCALE;
  const factor = Math.min(SMALL_RENDER_MAX_UPSCALE, SMALL_RENDER_MAX_LONG_SIDE / long, Math.max(byLine, firstScale * MIN_GAIN));
  return factor >= firstScale * MIN_GAIN ? Math.round(factor * 100) / 100 : null;
}
