// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { computePhotoMetrics, hammingDistance } from '@/utils/photos/metrics';
import { assessPhoto } from '@/utils/photos/assess';
import { THRESHOLDS } from '@/utils/photos/thresholds';
import {
  addGlare,
  appScreenshot,
  blank,
  boxBlur,
  deviceScene,
  exposure,
  motionBlur,
  resizeBilinear,
  resizeNearest,
  addNoise,
} from './synthetic';

const W = 512;
const H = 384;
const photoSize = { width: 4032, height: 3024 };
const problemsOf = (image: Parameters<typeof computePhotoMetrics>[0], size = photoSize) =>
  assessPhoto(computePhotoMetrics(image, size), size).problems.map((problem) => problem.code);

const phone = deviceScene({ width: W, height: H, screen: 'dark', noise: 2 });
const litPhone = deviceScene({ width: W, height: H, screen: 'lit', noise: 2 });
const phoneBack = deviceScene({ width: W, height: H, screen: 'none', noise: 2 });

describe('a well taken photo', () => {
  it.each([
    ['screen off', phone],
    ['screen on', litPhone],
    ['back', phoneBack],
  ])('%s has no problem', (_name, image) => {
    expect(problemsOf(image)).toEqual([]);
  });
});

describe('brightness', () => {
  it('a photo at a third of a normal exposure is too dark', () => {
    const dark = exposure(phone, 0.3);
    expect(computePhotoMetrics(dark).brightness.p95).toBeLessThan(THRESHOLDS.tooDarkMaxP95);
    expect(problemsOf(dark)).toEqual(['too-dark']);
  });

  it('a slightly dim photo is still fine', () => {
    expect(problemsOf(exposure(phone, 0.75))).toEqual([]);
  });

  it('a photo three times over-exposed is overexposed, and not also reported as glare', () => {
    const bright = exposure(phone, 3);
    const metrics = computePhotoMetrics(bright);
    expect(metrics.brightness.clippedFraction).toBeGreaterThan(THRESHOLDS.overexposedMinClipped);
    expect(problemsOf(bright)).toEqual(['overexposed']);
  });

  it('percentiles are ordered and bounded', () => {
    const { brightness } = computePhotoMetrics(phone);
    expect(brightness.p5).toBeLessThanOrEqual(brightness.p25);
    expect(brightness.p25).toBeLessThanOrEqual(brightness.p50);
    expect(brightness.p50).toBeLessThanOrEqual(brightness.p75);
    expect(brightness.p75).toBeLessThanOrEqual(brightness.p95);
    expect(brightness.p95).toBeLessThanOrEqual(255);
  });
});

describe('sharpness', () => {
  it('a box-blurred photo (lens out of focus) is blurred', () => {
    const blurred = boxBlur(phone, 2);
    const metrics = computePhotoMetrics(blurred);
    expect(metrics.sharpness.blurEffect!).toBeGreaterThan(THRESHOLDS.blurredMinBlurEffect);
    expect(metrics.sharpness.score!).toBeLessThan(computePhotoMetrics(phone).sharpness.score! / 10);
    expect(problemsOf(blurred)).toEqual(['blurred']);
  });

  it('hand shake (a one-way smear) is blurred too', () => {
    expect(problemsOf(motionBlur(phone, 12))).toEqual(['blurred']);
  });

  it('a dim but sharp photo is not blurred: the score is normalised by contrast', () => {
    const dim = exposure(phone, 0.3);
    const sharp = computePhotoMetrics(phone).sharpness;
    const dimSharpness = computePhotoMetrics(dim).sharpness;
    // The raw Laplacian variance collapses with the light...
    expect(dimSharpness.laplacianVariance).toBeLessThan(sharp.laplacianVariance / 5);
    // ...the normalised measures do not.
    expect(dimSharpness.score!).toBeGreaterThan(sharp.score! * 0.7);
    expect(Math.abs(dimSharpness.blurEffect! - sharp.blurEffect!)).toBeLessThan(0.05);
    expect(problemsOf(dim)).not.toContain('blurred');
  });

  it('a frame without contrast gets no sharpness verdict', () => {
    const grey = blank(W, H, [90, 90, 90]);
    expect(computePhotoMetrics(grey).sharpness.score).toBeNull();
    expect(problemsOf(grey)).not.toContain('blurred');
  });
});

describe('glare', () => {
  it('a blown-out reflection on the screen is glare', () => {
    const withGlare = addGlare(phone, 0.5, 0.45, 0.07, 0.06);
    const metrics = computePhotoMetrics(withGlare);
    expect(metrics.glare.blobCount).toBe(1);
    expect(metrics.glare.fraction).toBeGreaterThan(THRESHOLDS.glareMaxFraction);
    expect(problemsOf(withGlare)).toEqual(['glare']);
  });

  it('a small sparkle is not', () => {
    const sparkle = addGlare(phone, 0.5, 0.45, 0.012, 0.012);
    expect(computePhotoMetrics(sparkle).glare.fraction).toBeLessThan(THRESHOLDS.glareMaxFraction);
    expect(problemsOf(sparkle)).toEqual([]);
  });

  it('a bright white background running off the frame is not glare', () => {
    const onWhite = deviceScene({ width: W, height: H, screen: 'dark', noise: 2, table: [252, 252, 252] });
    expect(computePhotoMetrics(onWhite).glare.fraction).toBe(0);
  });

  it('a lit screen showing a white app is the screen, not a reflection', () => {
    const whiteApp = deviceScene({ width: W, height: H, screen: 'lit', noise: 0 });
    // Blow out the screen itself, as a camera exposing for the room does.
    const blown = exposure(whiteApp, 1.25);
    const metrics = computePhotoMetrics(blown);
    expect(metrics.screen.lit).toBe(true);
    expect(metrics.glare.fraction).toBeLessThan(THRESHOLDS.glareMaxFraction);
  });
});

describe('lit screen', () => {
  it('finds a lit screen, a dark screen, and nothing on a flat frame', () => {
    expect(computePhotoMetrics(litPhone).screen.lit).toBe(true);
    expect(computePhotoMetrics(phone).screen.lit).toBe(false);
    expect(computePhotoMetrics(blank(W, H, [120, 110, 100])).screen.lit).toBeNull();
  });

  it('works in portrait and with the phone elsewhere in the frame', () => {
    const portrait = deviceScene({ width: H, height: W, screen: 'lit', noise: 2, device: [0.3, 0.12, 0.4, 0.76] });
    const corner = deviceScene({ width: W, height: H, screen: 'lit', noise: 2, device: [0.08, 0.1, 0.25, 0.7] });
    expect(computePhotoMetrics(portrait).screen.lit).toBe(true);
    expect(computePhotoMetrics(corner).screen.lit).toBe(true);
  });

  it('locates the screen where it was drawn', () => {
    const { region } = computePhotoMetrics(litPhone).screen;
    expect(region).not.toBeNull();
    // Device at x 0.36..0.64, y 0.14..0.86; its screen slightly inside.
    expect(region!.x).toBeGreaterThan(0.33);
    expect(region!.x + region!.width).toBeLessThan(0.67);
    expect(region!.y).toBeGreaterThan(0.11);
    expect(region!.y + region!.height).toBeLessThan(0.89);
  });
});

describe('dHash', () => {
  const hashOf = (image: Parameters<typeof computePhotoMetrics>[0]) => computePhotoMetrics(image).dHash;

  it('is 64 bits as 16 hex digits, with a 256-bit fine companion', () => {
    const metrics = computePhotoMetrics(phone);
    expect(metrics.dHash).toMatch(/^[0-9a-f]{16}$/);
    expect(metrics.dHashFine).toMatch(/^[0-9a-f]{64}$/);
  });

  it('barely changes when the same scene is resized another way, or gains noise', () => {
    const big = deviceScene({ width: 1600, height: 1200, screen: 'dark', noise: 2 });
    expect(hammingDistance(hashOf(resizeNearest(big, W, H)), hashOf(phone))).toBeLessThanOrEqual(3);
    expect(hammingDistance(hashOf(addNoise(resizeBilinear(big, 640, 480), 5, 9)), hashOf(phone))).toBeLessThanOrEqual(3);
  });

  it('differs a lot for a different scene', () => {
    const elsewhere = deviceScene({ width: W, height: H, screen: 'lit', noise: 2, device: [0.05, 0.3, 0.7, 0.4] });
    expect(hammingDistance(hashOf(elsewhere), hashOf(phone))).toBeGreaterThan(16);
  });

  it('hamming distance counts differing bits', () => {
    expect(hammingDistance('0000000000000000', 'ffffffffffffffff')).toBe(64);
    expect(hammingDistance('00000000000000f1', '0000000000000000')).toBe(5);
    expect(() => hammingDistance('00', '000')).toThrow();
  });
});

describe('looksLikeScreenshot', () => {
  it('recognises app screenshots, light and dark, at their exact size and after resizing', () => {
    const light = computePhotoMetrics(appScreenshot(236, 512), { width: 1170, height: 2532 });
    const dark = computePhotoMetrics(appScreenshot(236, 512, true), { width: 1170, height: 2532 });
    const resized = computePhotoMetrics(appScreenshot(300, 512), { width: 900, height: 1536 });
    expect(light.screenshot.looksLikeScreenshot).toBe(true);
    expect(light.screenshot.clues.join(' ')).toContain('1170x2532');
    expect(dark.screenshot.looksLikeScreenshot).toBe(true);
    expect(resized.screenshot.looksLikeScreenshot).toBe(true);
    expect(light.screenshot.noiseSigma).toBeLessThan(0.05);
  });

  it('does not mistake camera photos for screenshots, even blown out, dark or very blurred', () => {
    for (const image of [phone, litPhone, exposure(phone, 3), exposure(phone, 0.3), boxBlur(phone, 4)]) {
      const { screenshot } = computePhotoMetrics(image, photoSize);
      expect(screenshot.looksLikeScreenshot, screenshot.clues.join(', ')).toBe(false);
    }
  });

  it('a photographed label at a tablet screen size is not a screenshot: its paper clips flat, but the sensor left noise', () => {
    // Portrait photo of a label on a table, 3 MP (1536x2048 is also an iPad screen); the paper blows out to white.
    const labelPhoto = deviceScene({ width: 384, height: 512, screen: 'dark', noise: 2 });
    for (let y = 100; y < 400; y++) labelPhoto.data.fill(255, (y * 384 + 90) * 4, (y * 384 + 300) * 4);
    const { screenshot } = computePhotoMetrics(labelPhoto, { width: 1536, height: 2048 });
    expect(screenshot.matchesScreenResolution).toBe(true);
    expect(screenshot.flatFraction).toBeGreaterThan(THRESHOLDS.screenshotMinFlatWithScreenSize);
    expect(screenshot.looksLikeScreenshot, screenshot.clues.join(', ')).toBe(false);
  });

  it('a camera photo at a 4K size is not a screenshot because of its size', () => {
    expect(computePhotoMetrics(phone, { width: 3840, height: 2160 }).screenshot.looksLikeScreenshot).toBe(false);
  });

  it('skips brightness and glare checks for screenshots', () => {
    const screenshot = appScreenshot(236, 512);
    const metrics = computePhotoMetrics(screenshot, { width: 1170, height: 2532 });
    // White cards and background would read as glare and overexposure on a camera photo.
    expect(metrics.brightness.p50).toBeGreaterThanOrEqual(THRESHOLDS.overexposedMinMedian);
    const assessment = assessPhoto(metrics, { width: 1170, height: 2532 });
    expect(assessment).toMatchObject({ problems: [], usable: true, looksLikeScreenshot: true });
  });
});

describe('input checks', () => {
  it('refuses a truncated buffer', () => {
    expect(() => computePhotoMetrics({ width: 10, height: 10, data: new Uint8ClampedArray(12) })).toThrow(/truncated/);
  });
});
