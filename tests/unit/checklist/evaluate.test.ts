// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { evaluateChecklist, type EvaluatedPhoto } from '@/utils/checklist/evaluate';
import { buildPhotoRequest } from '@/utils/checklist/request';
import { categoryById } from '@/utils/checklist/registry';
import { PROBLEM_MESSAGES, type PhotoProblemCode } from '@/utils/photos/assess';

const smartphone = categoryById('smartphone');
const smartwatch = categoryById('smartwatch');

const ok = (id: string): EvaluatedPhoto => ({ id, problems: [] });
const withProblems = (id: string, ...codes: PhotoProblemCode[]): EvaluatedPhoto => ({
  id,
  problems: codes.map((code) => ({ code, message: PROBLEM_MESSAGES[code] })),
});

/** Bullet labels, "- Label: ..." -> "Label". */
const bulletLabels = (bulletList: string) =>
  bulletList
    .split('\n')
    .filter(Boolean)
    .map((line) => /^- (.+?): /.exec(line)?.[1]);

describe('evaluateChecklist', () => {
  it('photos over three messages: usable, re-shot, with a problem, missing', () => {
    // Message 1: screen on, screen off, back. Message 2: left side (too dark), right side, a screenshot of the
    // IMEI. Message 3: the left side again (now fine) and the top side, blurred. The bottom side never came.
    const photos = [
      ok('m1-a'),
      ok('m1-b'),
      ok('m1-c'),
      withProblems('m2-a', 'too-dark'),
      ok('m2-b'),
      ok('m2-imei-screenshot'),
      ok('m3-a'),
      withProblems('m3-b', 'blurred'),
    ];
    const assignments = [
      { photoId: 'm1-a', shotId: 'screen-on' },
      { photoId: 'm1-b', shotId: 'screen-off' },
      { photoId: 'm1-c', shotId: 'back' },
      { photoId: 'm2-a', shotId: 'left-side' },
      { photoId: 'm2-b', shotId: 'right-side' },
      { photoId: 'm3-a', shotId: 'left-side' },
      { photoId: 'm3-b', shotId: 'top-side' },
    ];
    const evaluation = evaluateChecklist({ category: smartphone, photos, assignments });
    const status = Object.fromEntries(evaluation.slots.map((slot) => [slot.shot.id, slot.status]));
    expect(status).toEqual({
      'screen-on': 'received-usable',
      'screen-off': 'received-usable',
      back: 'received-usable',
      'left-side': 'received-usable',
      'right-side': 'received-usable',
      'top-side': 'received-with-problem',
      'bottom-side': 'missing',
    });
    const left = evaluation.slots.find((slot) => slot.shot.id === 'left-side')!;
    expect(left).toMatchObject({ photoIds: ['m2-a', 'm3-a'], chosenPhotoId: 'm3-a' });
    const top = evaluation.slots.find((slot) => slot.shot.id === 'top-side')!;
    expect(top.problems.map((problem) => problem.code)).toEqual(['blurred']);
    expect(evaluation.summary).toBe('5 of 7');
    expect(evaluation.counts).toEqual({ usable: 5, withProblem: 1, missing: 1, received: 6, total: 7 });
    expect(evaluation.toRequest).toEqual([
      { shotId: 'top-side', kind: 'reshoot', problems: [{ code: 'blurred', message: PROBLEM_MESSAGES.blurred }] },
      { shotId: 'bottom-side', kind: 'missing', problems: [] },
    ]);
    expect(evaluation.unassignedPhotoIds).toEqual(['m2-imei-screenshot']);
  });

  it('a re-shoot that is worse does not hide an earlier usable photo', () => {
    const evaluation = evaluateChecklist({
      category: smartphone,
      photos: [ok('first'), withProblems('later', 'glare')],
      assignments: [
        { photoId: 'first', shotId: 'back' },
        { photoId: 'later', shotId: 'back' },
      ],
    });
    expect(evaluation.slots[2]).toMatchObject({ status: 'received-usable', chosenPhotoId: 'first' });
  });

  it('the same picture used for two shots fills only the first; the other is asked for again', () => {
    const evaluation = evaluateChecklist({
      category: smartphone,
      photos: [ok('left'), { id: 'left-again', problems: [], duplicateOf: 'left' }],
      assignments: [
        { photoId: 'left', shotId: 'left-side' },
        { photoId: 'left-again', shotId: 'right-side' },
      ],
    });
    const right = evaluation.slots.find((slot) => slot.shot.id === 'right-side')!;
    expect(right.status).toBe('received-with-problem');
    expect(right.problems[0]!.code).toBe('same-photo-as-another-shot');
    expect(right.problems[0]!.message).toContain('Left side');
    expect(evaluation.slots.find((slot) => slot.shot.id === 'left-side')!.status).toBe('received-usable');
  });

  it('with nothing received, everything is missing', () => {
    const evaluation = evaluateChecklist({ category: smartwatch, photos: [], assignments: [] });
    expect(evaluation.summary).toBe('0 of 7');
    expect(evaluation.toRequest.map((item) => item.kind)).toEqual(Array(7).fill('missing'));
  });

  it('ignores assignments to unknown photos or shots', () => {
    const evaluation = evaluateChecklist({
      category: smartphone,
      photos: [ok('a')],
      assignments: [
        { photoId: 'ghost', shotId: 'back' },
        { photoId: 'a', shotId: 'not-a-shot' },
      ],
    });
    expect(evaluation.counts.received).toBe(0);
    expect(evaluation.unassignedPhotoIds).toEqual(['a']);
  });
});

describe('buildPhotoRequest', () => {
  const photos = [ok('on'), ok('off'), withProblems('back', 'too-dark', 'glare'), ok('left')];
  const assignments = [
    { photoId: 'on', shotId: 'screen-on' },
    { photoId: 'off', shotId: 'screen-off' },
    { photoId: 'back', shotId: 'back' },
    { photoId: 'left', shotId: 'left-side' },
  ];
  const evaluation = evaluateChecklist({ category: smartphone, photos, assignments });
  const request = buildPhotoRequest(smartphone, evaluation);

  it('names exactly the shots to send, in the guide order, and none of the good ones', () => {
    expect(bulletLabels(request.bulletList)).toEqual(['Back of the smartphone', 'Right side', 'Top side', 'Bottom side']);
    for (const received of ['Smartphone with the screen turned on', 'Smartphone with the screen turned off', 'Left side']) {
      expect(request.bulletList).not.toContain(received);
    }
  });

  it('gives the reasons for a re-shoot and the how-to for a missing shot', () => {
    const back = request.items.find((item) => item.shotId === 'back')!;
    expect(back).toMatchObject({ kind: 'reshoot', reasons: [PROBLEM_MESSAGES['too-dark'], PROBLEM_MESSAGES.glare] });
    expect(request.bulletList).toContain(`- Back of the smartphone: please take it again. ${PROBLEM_MESSAGES['too-dark']}`);
    const bottom = request.items.find((item) => item.shotId === 'bottom-side')!;
    expect(request.bulletList).toContain(`- Bottom side: not received yet. ${bottom.howTo}`);
  });

  it('reminds the customer of the rules behind the problems found', () => {
    expect(request.reminders.map((rule) => rule.id)).toEqual(['bright', 'reflection-free']);
  });

  it('uses the UK wording for UK conversations', () => {
    const watch = evaluateChecklist({ category: smartwatch, photos: [], assignments: [] });
    expect(buildPhotoRequest(smartwatch, watch, { locale: 'en-gb' }).bulletList).toContain('- Rear case:');
    expect(buildPhotoRequest(smartwatch, watch, { locale: 'en-us' }).bulletList).toContain('- Back case:');
  });

  it('is empty when everything is in', () => {
    const all = smartphone.shots.map((shot) => ({ photoId: shot.id, shotId: shot.id }));
    const complete = evaluateChecklist({ category: smartphone, photos: smartphone.shots.map((s) => ok(s.id)), assignments: all });
    expect(buildPhotoRequest(smartphone, complete)).toEqual({ items: [], bulletList: '', reminders: [] });
  });
});
