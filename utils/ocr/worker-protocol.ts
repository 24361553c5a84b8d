import { z } from 'zod';
import { blobSchema } from '../photos/analysis';
import { identifierRules } from '../identifiers/registry';

/**
 * The numbers worker's messages. The panel asks `{ id, request }` through utils/worker-bridge.ts; while reading,
 * the worker asks the panel to run tesseract (which starts its own worker from extension URLs) with
 * `{ ocrRequest: { seq, image } }` and gets `{ ocrReply: { seq, words } | { seq, error } }` back. Everything
 * coming back is validated here.
 */

export interface NumbersWorkerRequest {
  blob: Blob;
  /** Extension URL of zxing_reader.wasm (workers have no runtime.getURL). */
  zxingWasmUrl: string;
  /** OCR even when the text detector saw no text (the agent's "Read numbers anyway"). */
  readAnyway?: boolean;
}

const kinds = identifierRules.map((rule) => rule.id) as [string, ...string[]];

export const boxSchema = z.object({ x: z.number(), y: z.number(), width: z.number(), height: z.number() });

export const numberReadingSchema = z.object({
  kind: z.enum(kinds),
  value: z.string().max(64),
  formatted: z.string().max(80),
  valid: z.boolean(),
  plausible: z.boolean().optional(),
  label: z.string().max(20).optional(),
  source: z.enum(['barcode', 'ocr']),
  sources: z.array(z.enum(['barcode', 'ocr'])),
  confidence: z.number().min(0).max(1),
  barcodeFormat: z.string().max(40).optional(),
  box: boxSchema.optional(),
  /** A small PNG of where it was read. */
  crop: blobSchema.nullable().optional(),
});
export type StoredNumberReading = z.infer<typeof numberReadingSchema>;

export const numbersOutcomeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('read'), readings: z.array(numberReadingSchema), ms: z.number(), passes: z.array(z.string()) }),
  z.object({ kind: z.literal('failed'), code: z.string(), message: z.string() }),
  /** Not read: the text detector (utils/ocr/text-detector.ts) saw no text or barcode, e.g. a photo of the device. */
  z.object({ kind: z.literal('skipped'), reason: z.literal('no-text'), ms: z.number(), textMarks: z.number() }),
]);
export type NumbersOutcome = z.infer<typeof numbersOutcomeSchema>;

export const numbersWorkerResponseSchema = z.object({ outcome: numbersOutcomeSchema });
export type NumbersWorkerResponse = z.infer<typeof numbersWorkerResponseSchema>;

export const ocrRequestSchema = z.object({
  ocrRequest: z.object({ seq: z.number(), image: z.instanceof(Uint8Array) }),
});

export const ocrWordSchema = z.object({
  text: z.string(),
  confidence: z.number(),
  box: boxSchema,
});
export const ocrReplySchema = z.object({
  ocrReply: z.union([z.object({ seq: z.number(), words: z.array(ocrWordSchema) }), z.object({ seq: z.number(), error: z.string() })]),
});
