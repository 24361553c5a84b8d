// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { computePhotoMetrics } from '@/utils/photos/metrics';
import { assessPhoto } from '@/utils/photos/assess';
import type { RgbaImage } from '@/utils/photos/downscale';
import { appScreenshot, deviceScene, exposure } from './synthetic';

/** What a smoothing downscale does to an underexposed JPEG: shadows crushed into flat blocks, noise gone. */
function crushIntoBlocks(image: RgbaImage, block: number): RgbaImage {
  const data = new Uint8ClampedArray(image.data);
  for (let y = 0; y < image.height; y++) {
    for (let x = 0; x < image.width; x++) {
      const source = ((y - (y % block)) * image.width + (x - (x % block))) * 4;
      const target = (y * image.width + x) * 4;
      for (let c = 0; c < 3; c++) data[target + c] = Math.round(image.data[source + c]! / 4) * 4;
    }
  }
  return { ...image, data };
}

describe('a very dark camera photo', () => {
  const camera = { width: 4032, height: 3024 };

  it('is not mistaken for a screenshot, so it is still flagged too dark', () => {
    const dark = crushIntoBlocks(exposure(deviceScene({ width: 512, height: 384, screen: 'none', noise: 0 }), 0.07), 8);
    const metrics = computePhotoMetrics(dark, camera);
    expect(metrics.screenshot.looksLikeScreenshot).toBe(false);
    expect(assessPhoto(metrics, camera).problems.map((problem) => problem.code)).toContain('too-dark');
  });

  it('while a dark-mode screenshot, which has bright text, still is one', () => {
    const screenshot = appScreenshot(236, 512, true);
    expect(computePhotoMetrics(screenshot, { width: 1080, height: 2340 }).screenshot.looksLikeScreenshot).toBe(true);
  });
});
