import { describe, expect, it } from 'vitest';
import { smallRenderRetryScale } from '../../../utils/ocr/upscale';

describe('the enlarged second look at a small render', () => {
  it('enlarges a 220x480 frame with 10 px lines to 4x (capitals of about 30 px)', () => {
    expect(smallRenderRetryScale(220, 480, 10, 2)).toBe(4);
  });

  it('keeps the enlarged copy within 2000 px on its long side', () => {
    expect(smallRenderRetryScale(700, 500, 6, 2)).toBeCloseTo(2000 / 700, 2);
  });

  it('gives no second look to an image that is not small', () => {
    expect(smallRenderRetryScale(1241, 1754, 10, 2)).toBeNull();
  });

  it('gives none when the first pass was already about as large', () => {
    expect(smallRenderRetryScale(600, 400, 12, 2.5)).toBeNull();
  });
});
