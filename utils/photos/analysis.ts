import { z } from 'zod';
import { assessPhoto, PHOTO_PROBLEM_CODES } from './assess';
import { computePhotoMetrics, type RgbaImage } from './metrics';

/**
 * One photo's check result, as stored and passed between the worker, the panel and the CLI. Only what the
 * checklist needs is kept (no pixels); the metrics themselves stay inside the worker.
 */

export const ANALYSIS_LONG_SIDE = 512;

/** A Blob, also one that came back through IndexedDB or postMessage from another realm (not `instanceof`). */
export const blobSchema = z.custom<Blob>(
  (value) =>
    value instanceof Blob ||
    (typeof value === 'object' &&
      value !== null &&
      typeof (value as Blob).size === 'number' &&
      typeof (value as Blob).arrayBuffer === 'function'),
  'must be a Blob',
);

/** Why a photo was not checked: the one list the panel stores and the CLI reports (zod enum below). */
export const photoFailureCodes = [
  // Refused by utils/photos/image-sniff.ts before decoding, or by a decoder that could not open the file.
  'empty',
  'not-an-image',
  'unsupported-format',
  'too-many-pixels',
  'too-small-to-analyse',
  'truncated',
  'damaged',
  // The panel's worker failed on the photo in an unexpected way.
  'decode-failed',
  'worker-crashed',
  // Getting the file: utils/photos/fetch-attachment.ts (the CLI uses too-large-file for big files on disk).
  'fetch-failed',
  'not-found',
  'timeout',
  'too-large-file',
  'blocked-origin',
  // The attachment's host is not allowed yet (utils/sites/attachment-access.ts): listed, fetched once allowed.
  'needs-access',
  // The attachment's address answered with a redirect, which is reported rather than followed.
  'redirected',
] as const;
export type PhotoFailureCode = (typeof photoFailureCodes)[number];

export const photoCheckSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('checked'),
    width: z.number().int().positive(),
    height: z.number().int().positive(),
    problems: z.array(z.object({ code: z.enum(PHOTO_PROBLEM_CODES), message: z.string() })),
    usable: z.boolean(),
    screenshot: z.boolean(),
    /** "May be blurred: check" (assess.ts); absent (false) in results stored before it existed. */
    blurDoubt: z.boolean().optional(),
    screenLit: z.boolean().nullable(),
    dHash: z.string().regex(/^[0-9a-f]{16}$/),
    dHashFine: z.string().regex(/^[0-9a-f]{64}$/),
    /** Said to the agent alongside the result, e.g. "animated GIF: first frame checked". */
    notes: z.array(z.string()),
    ms: z.number().nonnegative(),
    /** How the panel's worker decoded it (absent from the CLI and from older results): for the benchmark. */
    decoder: z.enum(['image-decoder', 'bitmap']).optional(),
    /** Where the worker's time went, in ms per stage (read, sniff, decode, pixels, metrics, thumbnail): for the benchmark. */
    stages: z.record(z.string(), z.number().nonnegative()).optional(),
  }),
  z.object({
    kind: z.literal('failed'),
    code: z.enum(photoFailureCodes),
    message: z.string().max(500),
  }),
]);
export type PhotoCheck = z.infer<typeof photoCheckSchema>;
export type CheckedPhoto = Extract<PhotoCheck, { kind: 'checked' }>;

/** From downscaled pixels to the stored result (the caller adds the time it took). */
export function analysePixels(
  image: RgbaImage,
  original: { width: number; height: number },
  notes: string[] = [],
): Omit<CheckedPhoto, 'ms'> {
  const metrics = computePhotoMetrics(image, original);
  const assessment = assessPhoto(metrics, original);
  return {
    kind: 'checked',
    width: original.width,
    height: original.height,
    problems: assessment.problems,
    usable: assessment.usable,
    screenshot: assessment.looksLikeScreenshot,
    blurDoubt: assessment.blurDoubt,
    screenLit: metrics.screen.lit,
    dHash: metrics.dHash,
    dHashFine: metrics.dHashFine,
    notes,
  };
}
