// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { computePhotoMetrics } from '@/utils/photos/metrics';
import { assessPhoto } from '@/utils/photos/assess';
import { duplicateOfMap, findDuplicateGroups } from '@/utils/photos/duplicates';
import { suggestAssignments } from '@/utils/photos/assign';
import { downscaleRgba, type RgbaImage } from '@/utils/photos/downscale';
import { evaluateChecklist } from '@/utils/checklist/evaluate';
import { buildPhotoRequest } from '@/utils/checklist/request';
import { detectCategory } from '@/utils/checklist/detect-category';
import { categoryById } from '@/utils/checklist/registry';
import { appScreenshot, boxBlur, deviceScene, exposure } from '../photos/synthetic';
import { decode, encodeJpeg } from '../photos/canvas';

interface Received {
  id: string;
  messageIndex: number;
  attachmentIndex: number;
  image: RgbaImage;
  original: { width: number; height: number };
}

const camera = { width: 4032, height: 3024 };
const scene = (options: Parameters<typeof deviceScene>[0]) => deviceScene({ noise: 2, ...options });
const side = (seed: number) => scene({ width: 512, height: 384, screen: 'none', seed, device: [0.1, 0.44, 0.8, 0.1], body: [70, 72, 80] });

describe('from received images to the request, for a phone return', async () => {
  const back = scene({ width: 512, height: 384, screen: 'none', body: [150, 170, 200] });
  const received: Received[] = [
    // Message 1: screen on, screen off, back.
    { id: 'on', messageIndex: 0, attachmentIndex: 0, image: scene({ width: 512, height: 384, screen: 'lit' }), original: camera },
    { id: 'off', messageIndex: 0, attachmentIndex: 1, image: scene({ width: 512, height: 384, screen: 'dark' }), original: camera },
    { id: 'back', messageIndex: 0, attachmentIndex: 2, image: back, original: camera },
    // Message 2: left side in a dark room, a screenshot of the IMEI screen, right side.
    { id: 'left-dark', messageIndex: 1, attachmentIndex: 0, image: exposure(side(3), 0.3), original: camera },
    { id: 'imei', messageIndex: 1, attachmentIndex: 1, image: appScreenshot(236, 512), original: { width: 1170, height: 2532 } },
    { id: 'right', messageIndex: 1, attachmentIndex: 2, image: side(4), original: camera },
    // Message 3: the back again (forwarded, so re-compressed), and the top side, shaken.
    {
      id: 'back-again',
      messageIndex: 2,
      attachmentIndex: 0,
      image: await decode(await encodeJpeg(back, 40, 800, 600)),
      original: { width: 800 * 2, height: 600 * 2 },
    },
    { id: 'top-shaken', messageIndex: 2, attachmentIndex: 1, image: boxBlur(side(5), 2), original: camera },
  ];

  const category = categoryById(
    detectCategory({ categoryName: 'Smartphones', productTitle: 'iPhone 13 128GB - Midnight - Unlocked' }).category,
  );
  const measured = received.map((photo) => {
    const metrics = computePhotoMetrics(downscaleRgba(photo.image, 512), photo.original);
    return { ...photo, metrics, assessment: assessPhoto(metrics, photo.original) };
  });
  const duplicateOf = duplicateOfMap(
    findDuplicateGroups(measured.map((m) => ({ id: m.id, dHash: m.metrics.dHash, dHashFine: m.metrics.dHashFine }))),
  );
  const suggestions = suggestAssignments(
    category,
    measured.map((m) => ({
      id: m.id,
      messageIndex: m.messageIndex,
      attachmentIndex: m.attachmentIndex,
      width: m.original.width,
      height: m.original.height,
      screenLit: m.metrics.screen.lit,
      looksLikeScreenshot: m.assessment.looksLikeScreenshot,
      duplicateOf: duplicateOf.get(m.id) ?? null,
    })),
  );
  const evaluation = evaluateChecklist({
    category,
    photos: measured.map((m) => ({ id: m.id, problems: m.assessment.problems, duplicateOf: duplicateOf.get(m.id) ?? null })),
    assignments: suggestions.flatMap((s) => (s.shotId ? [{ photoId: s.photoId, shotId: s.shotId }] : [])),
  });
  const request = buildPhotoRequest(category, evaluation, { locale: 'en-gb' });

  it('finds each photo problem', () => {
    const problems = Object.fromEntries(measured.map((m) => [m.id, m.assessment.problems.map((p) => p.code)]));
    expect(problems).toEqual({
      on: [],
      off: [],
      back: [],
      'left-dark': ['too-dark'],
      imei: [],
      right: [],
      'back-again': [],
      'top-shaken': ['blurred'],
    });
    expect(measured.find((m) => m.id === 'imei')!.assessment.looksLikeScreenshot).toBe(true);
  });

  it('spots the forwarded copy of the back', () => {
    expect(Object.fromEntries(duplicateOf)).toEqual({ 'back-again': 'back' });
  });

  it('suggests a shot for every photo of the item, none for the screenshot and the copy', () => {
    expect(Object.fromEntries(suggestions.map((s) => [s.photoId, s.shotId]))).toEqual({
      on: 'screen-on',
      off: 'screen-off',
      back: 'back',
      'left-dark': 'left-side',
      imei: null,
      right: 'right-side',
      'back-again': null,
      'top-shaken': 'top-side',
    });
  });

  it('counts 4 of 7 and asks for exactly the three shots still needed', () => {
    expect(evaluation.summary).toBe('4 of 7');
    expect(request.items.map((item) => [item.label, item.kind])).toEqual([
      ['Left side', 'reshoot'],
      ['Top side', 'reshoot'],
      ['Bottom side', 'missing'],
    ]);
    expect(request.bulletList.split('\n')).toHaveLength(3);
    expect(request.bulletList).toMatch(/^- Left side: please take it again\. This photo is too dark/m);
    expect(request.bulletList).toMatch(/^- Top side: please take it again\. This photo is blurred/m);
    expect(request.bulletList).toMatch(/^- Bottom side: not received yet\./m);
  });
});
