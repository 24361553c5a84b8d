// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { downscaleRgba, fitLongSide, resampleArea } from '@/utils/photos/downscale';
import { computePhotoMetrics, hammingDistance } from '@/utils/photos/metrics';
import { assessPhoto } from '@/utils/photos/assess';
import { drawDeskScene } from './canvas';
import { addNoise, deviceScene } from './synthetic';

describe('resampleArea', () => {
  it('averages exactly the pixels each output pixel covers', () => {
    // 4x2 single channel -> 2x1: each output is the mean of a 2x2 block.
    const source = [0, 10, 100, 200, 20, 30, 50, 50];
    expect([...resampleArea(source, 4, 2, 1, 2, 1)]).toEqual([15, 100]);
  });

  it('shares a pixel between outputs at a non-integer ratio, keeping the mean', () => {
    const source = [0, 30, 60];
    const out = resampleArea(source, 3, 1, 1, 2, 1);
    // Output 0 covers pixel 0 and half of pixel 1; output 1 the other half and pixel 2.
    expect(out[0]).toBeCloseTo(10, 5);
    expect(out[1]).toBeCloseTo(50, 5);
    expect((out[0]! + out[1]!) / 2).toBeCloseTo(30, 5);
  });
});

describe('downscaleRgba', () => {
  it('fits the long side and keeps the aspect ratio', () => {
    expect(fitLongSide(4032, 3024, 512)).toEqual({ width: 512, height: 384 });
    expect(fitLongSide(1170, 2532, 512)).toEqual({ width: 237, height: 512 });
    expect(fitLongSide(300, 200, 512)).toEqual({ width: 300, height: 200 });
  });

  it('returns a copy, never an upscale, for small images', () => {
    const image = deviceScene({ width: 40, height: 30 });
    const result = downscaleRgba(image, 512);
    expect(result).toMatchObject({ width: 40, height: 30 });
    expect(result.data).not.toBe(image.data);
    expect([...result.data]).toEqual([...image.data]);
  });
});

describe('metrics survive the CLI downscale', () => {
  // The same desk drawn once at a phone camera's 12 MP and once directly at 512 px, each with sensor noise that
  // ends up about one level deep at 512 px (averaging 7.9 x 7.9 pixels divides it by 7.9).
  const full = addNoise(drawDeskScene(4032, 3024, { glare: true }), 8, 1);
  const direct = addNoise(drawDeskScene(512, 384, { glare: true }), 1, 2);
  const downscaled = downscaleRgba(full, 512);
  const original = { width: 4032, height: 3024 };
  const a = computePhotoMetrics(downscaled, original);
  const b = computePhotoMetrics(direct, original);

  it('produces the analysis size', () => {
    expect(downscaled).toMatchObject({ width: 512, height: 384 });
  });

  it('agrees on brightness', () => {
    expect(Math.abs(a.brightness.mean - b.brightness.mean)).toBeLessThan(2);
    expect(Math.abs(a.brightness.p50 - b.brightness.p50)).toBeLessThanOrEqual(3);
    expect(Math.abs(a.brightness.p95 - b.brightness.p95)).toBeLessThanOrEqual(3);
  });

  it('agrees on sharpness', () => {
    expect(Math.abs(a.sharpness.blurEffect! - b.sharpness.blurEffect!)).toBeLessThan(0.06);
    const ratio = a.sharpness.score! / b.sharpness.score!;
    expect(ratio).toBeGreaterThan(0.6);
    expect(ratio).toBeLessThan(1.6);
  });

  it('agrees on the screen, the glare and the hashes', () => {
    expect(a.screen.lit).toBe(b.screen.lit);
    expect(a.screen.lit).toBe(true);
    expect(a.glare.fraction).toBeGreaterThan(0.005);
    expect(Math.abs(a.glare.fraction - b.glare.fraction)).toBeLessThan(a.glare.fraction * 0.15);
    expect(hammingDistance(a.dHash, b.dHash)).toBeLessThanOrEqual(2);
    expect(hammingDistance(a.dHashFine, b.dHashFine)).toBeLessThanOrEqual(10);
  });

  it('reaches the same verdict: a camera photo whose only problem is the reflection', () => {
    expect(a.screenshot.looksLikeScreenshot).toBe(false);
    expect(b.screenshot.looksLikeScreenshot).toBe(false);
    expect(assessPhoto(a, original)).toEqual(assessPhoto(b, original));
    expect(assessPhoto(a, original).problems.map((problem) => problem.code)).toEqual(['glare']);
  });
});
