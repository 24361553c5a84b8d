// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { summarisePhotoSet, type PhotoInSet } from '@/utils/checklist/photo-set';
import { categoryById } from '@/utils/checklist/registry';
import type { PhotoCheck } from '@/utils/photos/analysis';

const hash = (n: number) => n.toString(16).padStart(16, '0');
const checked = (n: number, extra: Partial<Extract<PhotoCheck, { kind: 'checked' }>> = {}): PhotoCheck => ({
  kind: 'checked',
  width: 4032,
  height: 3024,
  problems: [],
  usable: true,
  screenshot: false,
  screenLit: null,
  // Far-apart hashes so only photos given the same n count as duplicates.
  dHash: hash(n * 0x0f0f0f0f0f0f),
  dHashFine: hash(n * 0x0f0f0f0f0f0f).repeat(4),
  notes: [],
  ms: 50,
  ...extra,
});
const photo = (url: string, messageIndex: number, attachmentIndex: number, check: PhotoCheck | null): PhotoInSet => ({
  url,
  messageIndex,
  attachmentIndex,
  check,
});

describe('summarisePhotoSet', () => {
  const tablet = categoryById('tablet');

  it('counts what arrived over several messages and asks for exactly the rest', () => {
    const photos = [
      photo('on.jpg', 0, 0, checked(1, { screenLit: true })),
      photo('off.jpg', 0, 1, checked(2, { screenLit: false })),
      photo('back.jpg', 1, 0, checked(3)),
      photo('left.jpg', 2, 0, checked(4)),
      photo('right.jpg', 2, 1, checked(5)),
    ];
    const summary = summarisePhotoSet(tablet, photos, {}, 'en-gb');
    expect(summary.evaluation.summary).toBe('5 of 7');
    expect(summary.request.items.map((item) => [item.shotId, item.kind])).toEqual([
      ['top-side', 'missing'],
      ['bottom-side', 'missing'],
    ]);
  });

  it('flags the same photo sent twice and does not let the copy fill a second shot', () => {
    const photos = [photo('a.jpg', 0, 0, checked(1)), photo('a-again.jpg', 1, 0, checked(1))];
    const summary = summarisePhotoSet(categoryById('computer'), photos, {}, 'en-us');
    expect(summary.duplicateOf.get('a-again.jpg')).toBe('a.jpg');
    expect(summary.suggestions.get('a-again.jpg')?.shotId).toBeNull();
    expect(summary.evaluation.counts.received).toBe(1);
  });

  it("keeps the agent's confirmed choice, and ignores photos still being checked or that failed", () => {
    const photos = [
      photo('x.jpg', 0, 0, checked(1)),
      photo('pending.jpg', 0, 1, null),
      photo('doc.pdf', 0, 2, { kind: 'failed', code: 'not-an-image', message: 'This is a PDF document, not a photo.' }),
    ];
    const summary = summarisePhotoSet(tablet, photos, { 'x.jpg': 'bottom-side' }, null);
    expect(summary.suggestions.get('x.jpg')).toMatchObject({ shotId: 'bottom-side', confirmed: true });
    expect(summary.suggestions.has('pending.jpg')).toBe(false);
    expect(summary.evaluation.slots.find((slot) => slot.shot.id === 'bottom-side')?.status).toBe('received-usable');
  });

  it('asks again for a dark photo, with its reason', () => {
    const dark = checked(1, { usable: false, problems: [{ code: 'too-dark', message: 'This photo is too dark.' }] });
    const summary = summarisePhotoSet(tablet, [photo('dark.jpg', 0, 0, dark)], { 'dark.jpg': 'back' }, 'en-gb');
    expect(summary.request.items.find((item) => item.shotId === 'back')).toMatchObject({
      kind: 'reshoot',
      reasons: ['This photo is too dark.'],
    });
  });

  describe('photos that may be blurred', () => {
    const laptop = categoryById('computer');
    const set = (doubtful: PhotoCheck) =>
      laptop.shots.map((shot, index) =>
        photo(
          `${shot.id}.jpg`,
          0,
          index,
          index === 1 ? doubtful : checked(index + 1, { screenLit: shot.id === 'screen-on' ? true : null }),
        ),
      );
    const doubtful = checked(2, { blurDoubt: true });
    const doubtfulUrl = `${laptop.shots[1]!.id}.jpg`;
    const reshoots = (blurVerdicts = {}) =>
      summarisePhotoSet(laptop, set(doubtful), {}, 'en-gb', blurVerdicts).request.items.filter((item) => item.kind === 'reshoot');

    it('are not asked for again until the agent says they are blurred', () => {
      expect(reshoots()).toEqual([]);
      expect(reshoots({ [doubtfulUrl]: 'sharp' })).toEqual([]);
      const asked = reshoots({ [doubtfulUrl]: 'blurred' });
      expect(asked.map((item) => item.shotId)).toEqual([laptop.shots[1]!.id]);
      expect(asked[0]!.reasons.join(' ')).toMatch(/blurred/);
    });

    it('a clearly blurred photo is asked for again whatever was said about a doubt', () => {
      const blurred = checked(2, { problems: [{ code: 'blurred', message: 'This photo is blurred.' }], usable: false });
      const summary = summarisePhotoSet(laptop, set(blurred), {}, 'en-gb', { [doubtfulUrl]: 'sharp' });
      expect(summary.request.items.filter((item) => item.kind === 'reshoot').map((item) => item.shotId)).toEqual([laptop.shots[1]!.id]);
    });
  });
});
