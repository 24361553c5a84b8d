// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { assessPhoto, PHOTO_PROBLEM_CODES, PROBLEM_MESSAGES } from '@/utils/photos/assess';
import { computePhotoMetrics } from '@/utils/photos/metrics';
import { THRESHOLDS } from '@/utils/photos/thresholds';
import { addGlare, boxBlur, deviceScene, exposure } from './synthetic';

const phone = deviceScene({ width: 512, height: 384, screen: 'dark', noise: 2 });
const metrics = computePhotoMetrics(phone);
const codes = (size: { width: number; height: number }, m = metrics) => assessPhoto(m, size).problems.map((p) => p.code);

describe('assessPhoto', () => {
  it('a good photo at camera size is usable', () => {
    expect(assessPhoto(metrics, { width: 4032, height: 3024 })).toEqual({
      problems: [],
      usable: true,
      looksLikeScreenshot: false,
      blurDoubt: false,
    });
  });

  it.each([
    [{ width: 1024, height: 768 }, []],
    [{ width: 768, height: 1024 }, []],
    [{ width: 800, height: 600 }, ['too-small']],
    [{ width: 960, height: 540 }, ['too-small']],
    [{ width: 320, height: 240 }, ['too-small']],
  ])('size %o -> %o', (size, expected) => {
    expect(codes(size)).toEqual(expected);
  });

  it('reports several problems at once, in a fixed order', () => {
    const bad = computePhotoMetrics(boxBlur(exposure(addGlare(phone, 0.5, 0.45, 0.08, 0.07), 0.3), 2));
    const problems = codes({ width: 640, height: 480 }, bad);
    expect(problems[0]).toBe('too-small');
    expect(problems).toContain('too-dark');
    expect(problems).toContain('blurred');
    expect(problems).toEqual([...problems].sort((a, b) => PHOTO_PROBLEM_CODES.indexOf(a) - PHOTO_PROBLEM_CODES.indexOf(b)));
    expect(assessPhoto(bad, { width: 640, height: 480 }).usable).toBe(false);
  });

  it('the too-small limits are the ones in thresholds.ts', () => {
    const justBig = { width: THRESHOLDS.minLongSide, height: THRESHOLDS.minShortSide };
    expect(codes(justBig)).toEqual([]);
    expect(codes({ width: justBig.width - 1, height: justBig.height })).toEqual(['too-small']);
    expect(codes({ width: justBig.width, height: justBig.height - 1 })).toEqual(['too-small']);
  });

  it('speaks to the customer in plain words: what is wrong, then what to do', () => {
    for (const code of PHOTO_PROBLEM_CODES) {
      const message = PROBLEM_MESSAGES[code];
      expect(message, code).toMatch(/^[A-Z].*\.$/);
      expect(message, code).toMatch(/Please /);
      expect(message.toLowerCase(), code).not.toMatch(/luma|exposure|pixel|laplacian|threshold|metric|hash/);
    }
  });

  describe('blur: sure, doubtful, sharp', () => {
    const withBlurEffect = (blurEffect: number) => ({ ...metrics, sharpness: { ...metrics.sharpness, blurEffect } });
    const camera = { width: 4032, height: 3024 };

    it('a softness between the two thresholds is a doubt for the agent, not a problem for the customer', () => {
      const soft = assessPhoto(withBlurEffect((THRESHOLDS.maybeBlurredMinBlurEffect + THRESHOLDS.blurredMinBlurEffect) / 2), camera);
      expect(soft).toMatchObject({ problems: [], usable: true, blurDoubt: true });
    });

    it('clear blur stays a problem, with no doubt about it', () => {
      const smeared = assessPhoto(withBlurEffect(THRESHOLDS.blurredMinBlurEffect + 0.05), camera);
      expect(smeared.problems.map((p) => p.code)).toEqual(['blurred']);
      expect(smeared.blurDoubt).toBe(false);
    });

    it('a sharp photo raises no doubt', () => {
      expect(assessPhoto(withBlurEffect(THRESHOLDS.maybeBlurredMinBlurEffect - 0.05), camera).blurDoubt).toBe(false);
    });
  });
});
