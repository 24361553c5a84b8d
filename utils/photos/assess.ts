import type { OriginalSize, PhotoMetrics } from './metrics';
import { THRESHOLDS } from './thresholds';

/**
 * Turns measurements into the problems a customer can act on. Plain words, one sentence of what is wrong and one
 * of what to do; the agent can send them as they are. Brightness and glare are judged only for camera photos:
 * a screenshot's white background is not "overexposed" and its white cards are not "glare".
 */

export const PHOTO_PROBLEM_CODES = ['too-small', 'too-dark', 'overexposed', 'blurred', 'glare'] as const;
export type PhotoProblemCode = (typeof PHOTO_PROBLEM_CODES)[number];

export interface PhotoProblem {
  code: PhotoProblemCode;
  /** For the customer. */
  message: string;
}

export interface PhotoAssessment {
  problems: PhotoProblem[];
  /** No problem found. A screenshot is "usable" as an image but fills no checklist slot (see assign.ts). */
  usable: boolean;
  looksLikeScreenshot: boolean;
  /**
   * Focus is doubtful but not clearly lost: the panel says "may be blurred: check" and leaves it out of the request
   * until the agent confirms it (utils/checklist/blur-verdicts.ts). Never true together with a "blurred" problem.
   */
  blurDoubt: boolean;
}

export const PROBLEM_MESSAGES: Record<PhotoProblemCode, string> = {
  'too-small':
    'This photo is too small to show the details of your item. Please send the photo itself rather than a thumbnail or a cropped copy.',
  'too-dark':
    'This photo is too dark to see the condition of your item. Please take it again in a brighter place, for example near a window during the day.',
  overexposed:
    'This photo is too bright: parts of the item are washed out. Please take it again out of direct sunlight or strong lamp light, without the flash.',
  blurred: 'This photo is blurred. Please hold your phone steady, tap the item on your screen to focus, and take it again.',
  glare:
    'A reflection hides part of your item in this photo. Please tilt the item slightly away from lamps and windows and take it again, without the flash.',
};

function problem(code: PhotoProblemCode): PhotoProblem {
  return { code, message: PROBLEM_MESSAGES[code] };
}

export function assessPhoto(metrics: PhotoMetrics, original: OriginalSize): PhotoAssessment {
  const problems: PhotoProblem[] = [];
  const camera = !metrics.screenshot.looksLikeScreenshot;
  const longSide = Math.max(original.width, original.height);
  const shortSide = Math.min(original.width, original.height);
  if (shortSide < THRESHOLDS.minShortSide || longSide < THRESHOLDS.minLongSide) problems.push(problem('too-small'));

  const { brightness, sharpness, glare } = metrics;
  const tooDark = brightness.p95 < THRESHOLDS.tooDarkMaxP95 || brightness.mean < THRESHOLDS.tooDarkMaxMean;
  const overexposed = brightness.clippedFraction >= THRESHOLDS.overexposedMinClipped || brightness.p50 >= THRESHOLDS.overexposedMinMedian;
  if (camera && tooDark) problems.push(problem('too-dark'));
  if (camera && overexposed) problems.push(problem('overexposed'));

  // Exposure-independent by construction (see metrics.ts), so a dim photo is judged on focus alone. Null means
  // there is no contrast to judge: "too dark" (or nothing) covers it.
  const blurred =
    (sharpness.blurEffect !== null && sharpness.blurEffect >= THRESHOLDS.blurredMinBlurEffect) ||
    (sharpness.score !== null && sharpness.score < THRESHOLDS.blurredMaxLaplacianScore);
  if (blurred) problems.push(problem('blurred'));
  const blurDoubt = !blurred && sharpness.blurEffect !== null && sharpness.blurEffect >= THRESHOLDS.maybeBlurredMinBlurEffect;

  // An overexposed frame is full of blown-out blobs: one request ("too bright") says it all.
  if (camera && !overexposed && glare.fraction >= THRESHOLDS.glareMaxFraction) problems.push(problem('glare'));

  return { problems, usable: problems.length === 0, looksLikeScreenshot: !camera, blurDoubt };
}
