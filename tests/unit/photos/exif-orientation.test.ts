import { describe, expect, it } from 'vitest';
import { exifOrientation, orientedSize, scaledDecodeRequest } from '@/utils/photos/exif-orientation';

describe('scaled JPEG decode of photos with an EXIF orientation', () => {
  it('asks the decoder for the stored size and expects the small result upright (phone held upright, orientation 6)', () => {
    // A 12 MP phone photo is stored 4032 x 3024 with "turn 90° clockwise": it shows 3024 x 4032.
    const request = scaledDecodeRequest(4032, 3024, 6, 512);
    expect(request.desired).toEqual({ width: 512, height: 384 });
    expect(request.shown).toEqual({ width: 384, height: 512 });
  });

  it.each([
    [1, { width: 512, height: 384 }],
    [2, { width: 512, height: 384 }],
    [3, { width: 512, height: 384 }],
    [4, { width: 512, height: 384 }],
    [5, { width: 384, height: 512 }],
    [6, { width: 384, height: 512 }],
    [7, { width: 384, height: 512 }],
    [8, { width: 384, height: 512 }],
  ] as const)('orientation %i shows the small result at %o', (orientation, shown) => {
    expect(scaledDecodeRequest(4032, 3024, orientation, 512).shown).toEqual(shown);
  });

  it('never asks for more than the photo has (a small photo decodes at its own size)', () => {
    expect(scaledDecodeRequest(300, 200, 8, 512)).toEqual({ desired: { width: 300, height: 200 }, shown: { width: 200, height: 300 } });
  });

  it('shows a missing or corrupt orientation as stored', () => {
    expect([exifOrientation(null), exifOrientation(undefined), exifOrientation(0), exifOrientation(9), exifOrientation(6)]).toEqual([
      1, 1, 1, 1, 6,
    ]);
    expect(orientedSize(504, 378, exifOrientation(42))).toEqual({ width: 504, height: 378 });
  });
});
