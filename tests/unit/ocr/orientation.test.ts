// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createCanvas } from '@napi-rs/canvas';
import { rotateGray, toGray, type GrayImage } from '@/utils/ocr/gray-image';
import { estimateTextOrientation } from '@/utils/ocr/orientation';

/** Six lines of real text (Skia, DejaVu Sans 28 px) on white, like a label or a settings screen. */
function fakeText(): GrayImage {
  const canvas = createCanvas(900, 600);
  const context = canvas.getContext('2d');
  context.fillStyle = '#fafafa';
  context.fillRect(0, 0, 900, 600);
  context.fillStyle = '#141414';
  context.font = '28px "DejaVu Sans"';
  const lines = [
    'Serial number R58N20ABCXK',
    'IMEI (SIM slot 1)',
    '353916114829138',
    'Model number SM-G991B',
    'Android version 14',
    'Waybill 48 9305 1262',
  ];
  lines.forEach((line, index) => context.fillText(line, 40 + (index % 3) * 17, 80 + index * 85));
  const pixels = context.getImageData(0, 0, 900, 600);
  return toGray({ width: 900, height: 600, data: new Uint8ClampedArray(pixels.data) });
}

describe('estimateTextOrientation', () => {
  it('finds level text and its line height', () => {
    const result = estimateTextOrientation(fakeText());
    expect(result.sideways).toBe(false);
    expect(result.correction).toBe(0);
    expect(result.lineHeight).toBeGreaterThan(14);
    expect(result.lineHeight).toBeLessThan(40);
  });

  it('gives the correction that levels text turned by a few degrees', () => {
    for (const angle of [5, -6]) {
      const result = estimateTextOrientation(rotateGray(fakeText(), angle, 250));
      expect(result.sideways).toBe(false);
      expect(result.correction).toBeCloseTo(-angle, 0);
    }
  });

  it('sees text turned by 90 degrees as sideways', () => {
    expect(estimateTextOrientation(rotateGray(fakeText(), 90)).sideways).toBe(true);
    expect(estimateTextOrientation(rotateGray(fakeText(), -90)).sideways).toBe(true);
  });
});
