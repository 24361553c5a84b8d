// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { evaluateChecklist, type EvaluatedPhoto } from '@/utils/checklist/evaluate';
import { buildPhotoRequest } from '@/utils/checklist/request';
import { categories, categoryById } from '@/utils/checklist/registry';
import { PROBLEM_MESSAGES, type PhotoProblemCode } from '@/utils/photos/assess';
import { SHOT_LOCALES } from '@/utils/checklist/define';
import { bodyFor } from '@/utils/templates/define';
import { builtinTemplate } from '@/utils/templates/registry';
import { renderTemplate } from '@/utils/templates/render';
import { photoRequestValues } from '@/utils/templates/case-values';

const smartphone = categoryById('smartphone');
const withProblems = (id: string, ...codes: PhotoProblemCode[]): EvaluatedPhoto => ({
  id,
  problems: codes.map((code) => ({ code, message: PROBLEM_MESSAGES[code] })),
});

// The back is too dark, the left side is the same picture as the screen-off shot, the rest never came.
const evaluation = evaluateChecklist({
  category: smartphone,
  photos: [{ id: 'off', problems: [] }, withProblems('back', 'too-dark')],
  assignments: [
    { photoId: 'off', shotId: 'screen-off' },
    { photoId: 'back', shotId: 'back' },
    { photoId: 'off', shotId: 'left-side' },
  ],
});

/** Every English sentence the request could carry: labels, how-tos, problem messages, line endings. */
const englishPieces = [
  ...smartphone.shots.flatMap((shot) => [shot.label, shot.howTo]),
  ...Object.values(PROBLEM_MESSAGES),
  'not received yet',
  'please take it again',
  'This is the same photo',
];

describe("the drafted request for missing shots, in the customer's language", () => {
  it.each([
    ['fr-fr', 'fr-fr'],
    ['de-at', 'de-de'],
    ['fr-be', 'fr-fr'],
    ['es-es', 'es-es'],
    ['it-it', 'it-it'],
  ] as const)('a %s conversation gets a request with no English in it', (country, locale) => {
    const request = buildPhotoRequest(smartphone, evaluation, { locale: country });
    const text = renderTemplate(bodyFor(builtinTemplate('photo-request-missing'), locale), {
      first_name: 'Amelia',
      product: 'iPhone 13',
      ...photoRequestValues(request),
    }).text;
    for (const piece of englishPieces) expect(text, `English left in the ${locale} request`).not.toContain(piece);
    for (const shot of smartphone.shots.filter((s) => ['back', 'top-side', 'left-side'].includes(s.id))) {
      expect(text).toContain(shot.translations[locale].label);
    }
    expect(text).toContain(`: ${request.items.find((item) => item.shotId === 'top-side')!.howTo}`);
  });

  it('names the other shot in the same-photo note, in the language', () => {
    const request = buildPhotoRequest(smartphone, evaluation, { locale: 'fr-fr' });
    const left = request.items.find((item) => item.shotId === 'left-side')!;
    expect(left.reasons.join(' ')).toContain("« Smartphone avec l'écran éteint »");
  });

  it('keeps English (and the UK wording) for English conversations and unknown languages', () => {
    expect(buildPhotoRequest(smartphone, evaluation, { locale: 'nl-be' }).bulletList).toContain('- Top side: not received yet.');
    expect(buildPhotoRequest(smartphone, evaluation, { locale: 'en-us' }).bulletList).toContain(
      '- Back of the smartphone: please take it again.',
    );
  });

  it('every shot of every category has a label and a how-to in every language, all distinct within a category', () => {
    for (const category of categories) {
      for (const locale of SHOT_LOCALES) {
        const labels = category.shots.map((shot) => shot.translations[locale].label);
        expect(new Set(labels).size, `${category.id} ${locale}`).toBe(labels.length);
        for (const shot of category.shots) expect(shot.translations[locale].howTo.length).toBeGreaterThan(15);
      }
    }
  });
});
