// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { areDuplicates, duplicateOfMap, findDuplicateGroups, type HashedPhoto } from '@/utils/photos/duplicates';
import { computePhotoMetrics, hammingDistance } from '@/utils/photos/metrics';
import { downscaleRgba, type RgbaImage } from '@/utils/photos/downscale';
import { THRESHOLDS } from '@/utils/photos/thresholds';
import { addNoise, deviceScene, resizeBilinear, resizeNearest } from './synthetic';
import { decode, drawDeskScene, encodeJpeg } from './canvas';

const hashed = (id: string, image: RgbaImage): HashedPhoto => {
  const metrics = computePhotoMetrics(downscaleRgba(image, THRESHOLDS.analysisLongSide));
  return { id, dHash: metrics.dHash, dHashFine: metrics.dHashFine };
};

const scene = deviceScene({ width: 1024, height: 768, screen: 'dark', noise: 2 });

describe('the same photo, sent again', () => {
  it('is found after a different resize and fresh noise', () => {
    const original = hashed('original', scene);
    expect(areDuplicates(original, hashed('nearest', resizeNearest(scene, 700, 525)))).toBe(true);
    expect(areDuplicates(original, hashed('bilinear+noise', addNoise(resizeBilinear(scene, 640, 480), 6, 4)))).toBe(true);
  });

  it('survives JPEG quality 40 through a real encoder, at full size and resized', async () => {
    const original = hashed('original', scene);
    const jpeg = hashed('jpeg', await decode(await encodeJpeg(scene, 40)));
    const smallJpeg = hashed('small-jpeg', await decode(await encodeJpeg(scene, 40, 600, 450)));
    expect(hammingDistance(original.dHash, jpeg.dHash)).toBeLessThanOrEqual(2);
    expect(areDuplicates(original, jpeg)).toBe(true);
    expect(areDuplicates(original, smallJpeg)).toBe(true);
  });

  it('survives JPEG 40 for a drawn desk scene too', async () => {
    const desk = drawDeskScene(1024, 768);
    const original = hashed('desk', desk);
    const jpeg = hashed('desk-jpeg', await decode(await encodeJpeg(desk, 40, 800, 600)));
    expect(hammingDistance(original.dHash, jpeg.dHash)).toBeLessThanOrEqual(3);
    expect(areDuplicates(original, jpeg)).toBe(true);
  });
});

describe('different photos', () => {
  it('a different scene is far away', () => {
    const other = deviceScene({ width: 1024, height: 768, screen: 'lit', noise: 2, device: [0.1, 0.35, 0.75, 0.35] });
    const a = hashed('a', scene);
    const b = hashed('b', other);
    expect(hammingDistance(a.dHash, b.dHash)).toBeGreaterThan(THRESHOLDS.duplicateMaxDistance);
    expect(areDuplicates(a, b)).toBe(false);
  });

  it('the lit and the dark screen of the same phone in the same place are two photos', () => {
    const lit = deviceScene({ width: 1024, height: 768, screen: 'lit', noise: 2 });
    expect(areDuplicates(hashed('off', scene), hashed('on', lit))).toBe(false);
  });

  it('the front and the back of a black phone on the same spot: same layout, told apart by the fine hash', () => {
    const front = hashed('front', scene);
    const back = hashed('back', deviceScene({ width: 1024, height: 768, screen: 'none', noise: 2 }));
    expect(hammingDistance(front.dHash, back.dHash)).toBeLessThanOrEqual(THRESHOLDS.duplicateMaxDistance);
    expect(areDuplicates(front, back)).toBe(false);
  });
});

describe('findDuplicateGroups', () => {
  const at = (id: string, dHash: string): HashedPhoto => ({ id, dHash });

  it('groups by distance, chains matches, keeps input order, and leaves singles out', () => {
    const photos = [
      at('p1', '0000000000000000'),
      at('p2', 'ffffffffffffffff'),
      at('p3', '000000000000000f'), // 4 bits from p1
      at('p4', '00000000000000ff'), // 4 bits from p3, 8 from p1: joins through p3
      at('p5', 'fffffffffffffff0'), // 4 bits from p2
      at('p6', '0f0f0f0f0f0f0f0f'), // 32 bits from everyone
    ];
    const groups = findDuplicateGroups(photos, { maxDistance: 4 });
    expect(groups).toEqual([
      ['p1', 'p3', 'p4'],
      ['p2', 'p5'],
    ]);
    expect(Object.fromEntries(duplicateOfMap(groups))).toEqual({ p3: 'p1', p4: 'p1', p5: 'p2' });
  });

  it('returns nothing when all photos differ', () => {
    expect(findDuplicateGroups([at('a', '0000000000000000'), at('b', 'ffffffffffffffff')])).toEqual([]);
  });
});
