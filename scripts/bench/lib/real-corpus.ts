/**
 * The corpus of real images (tests/fixtures/realdata, and ../shared/realdata when present): their truth, checked
 * with zod, and how one reader's output is scored against it. Shared by the test that guards the score
 * (tests/unit/ocr/real-corpus.test.ts) and `npm run bench` (scripts/bench/ocr-node.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

export const REAL_CORPUS_DIR = 'tests/fixtures/realdata';
export const SHARED_REALDATA_DIR = '../shared/realdata';

const expectedNumberSchema = z.object({
  kind: z.string().min(1),
  value: z.string().regex(/^[0-9A-Z]+$/),
  /** Whether its check digit passes: a test number that fails must be read as failing. */
  valid: z.boolean(),
});
export type ExpectedNumber = z.infer<typeof expectedNumberSchema>;

const imageTruthSchema = z.object({
  find: z.array(expectedNumberSchema),
  /** A valid reading whose value starts with one of these is a false valid (a DPD parcel number covers its check character). */
  neverValid: z.array(z.string().regex(/^[0-9A-Z]+$/)),
  /** Other carriers' numbers no rule reads yet: not scored. */
  others: z.array(z.object({ carrier: z.string(), value: z.string() })),
});
export type ImageTruth = z.infer<typeof imageTruthSchema>;

export const corpusTruthSchema = z.object({
  about: z.string(),
  /** The score this corpus must keep: at least `found` numbers found, and no false valid reading, ever. */
  floor: z.object({ found: z.number().int().nonnegative(), falseValid: z.literal(0) }),
  images: z.record(z.string().regex(/^[\w.-]+\.(png|jpe?g)$/), imageTruthSchema),
});
export type CorpusTruth = z.infer<typeof corpusTruthSchema>;

export function loadCorpusTruth(repoRoot: string): CorpusTruth {
  const file = path.join(repoRoot, REAL_CORPUS_DIR, 'truth.json');
  return corpusTruthSchema.parse(JSON.parse(fs.readFileSync(file, 'utf8')));
}

export interface Reading {
  kind: string;
  value: string;
  valid: boolean;
}

export interface ImageScore {
  expected: ExpectedNumber[];
  found: ExpectedNumber[];
  missed: ExpectedNumber[];
  /** Valid readings that are a listed distractor or not among the valid numbers to find. */
  falseValid: Reading[];
}

/**
 * Found: a reading of the same kind and value with the same verdict on its check digit (a test number read as
 * valid is not found, it is a false valid). False valid: any valid reading that is not a valid number to find.
 */
export function scoreImage(truth: ImageTruth, readings: readonly Reading[]): ImageScore {
  const isFound = (expected: ExpectedNumber) =>
    readings.some((reading) => reading.kind === expected.kind && reading.value === expected.value && reading.valid === expected.valid);
  const falseValid = readings.filter(
    (reading) =>
      reading.valid &&
      (truth.neverValid.some((value) => reading.value.startsWith(value)) ||
        !truth.find.some((expected) => expected.valid && expected.kind === reading.kind && expected.value === reading.value)),
  );
  return {
    expected: truth.find,
    found: truth.find.filter(isFound),
    missed: truth.find.filter((expected) => !isFound(expected)),
    falseValid,
  };
}

const PROVENANCE_KINDS: readonly [RegExp, string][] = [
  [/^UPS 1Z/, 'ups'],
  [/^Luhn/, 'imei'],
  [/^DHL AWB/, 'dhl-express'],
  [/^FedEx/, 'fedex'],
  [/^DPD|^check char|^barcode check char/, 'dpd'],
];

/**
 * Truth for the images of ../shared/realdata that cannot be in the repository, from its provenance.tsv: each truth
 * value with a named check becomes a number to find (kind from the check's name, valid from PASS/FAIL; a DPD parcel
 * number takes the check character the row names, as the reader reports it); values that fail their check are
 * never valid. Values with no check ("n/a") are other carriers' and not scored.
 */
export function truthFromProvenance(tsv: string): Record<string, ImageTruth> {
  const [header, ...lines] = tsv.split('\n').filter(Boolean);
  const columns = (header ?? '').split('\t');
  const at = (cells: string[], name: string) => (cells[columns.indexOf(name)] ?? '').replace(/^"|"$/g, '');
  const images: Record<string, ImageTruth> = {};
  for (const cells of lines.map((line) => line.split('\t'))) {
    const file = at(cells, 'file');
    if (!/\.(png|jpe?g)$/i.test(file)) continue;
    const values = at(cells, 'truth')
      .split(';')
      .map((value) => value.replace(/\s/g, ''))
      .filter((value) => /^[0-9A-Z]{8,}$/.test(value));
    // A note in brackets may hold a semicolon of its own: "n/a (courier C; 10 digits ...)".
    const checks = at(cells, 'check')
      .split(/;(?![^()]*\))/)
      .map((check) => check.trim());
    const truth: ImageTruth = { find: [], neverValid: [], others: [] };
    values.forEach((value, index) => {
      // One check for several values names the first value's check only (lbl01: the waybill, then a piece id).
      const check = checks.length === values.length ? checks[index]! : index === 0 ? (checks[0] ?? '') : '';
      // "Luhn: FAIL;PASS" names its check once, for all the values.
      const kindOf = (text: string) => PROVENANCE_KINDS.find(([pattern]) => pattern.test(text))?.[1];
      const kind = kindOf(check) ?? (/^(PASS|FAIL)$/.test(check) ? kindOf(checks[0] ?? '') : undefined);
      const passes = check.includes('PASS');
      const dpdCheck = /^check char ([0-9A-Z]): PASS/.exec(check)?.[1];
      if (kind === 'dpd' && dpdCheck) {
        truth.find.push({ kind, value: value + dpdCheck, valid: true });
        return;
      }
      if (!kind || kind === 'dpd' || !/PASS|FAIL/.test(check)) {
        truth.others.push({ carrier: check || 'unknown', value });
        if (check.includes('FAIL')) truth.neverValid.push(value);
        return;
      }
      truth.find.push({ kind, value, valid: passes });
      if (!passes) truth.neverValid.push(value);
    });
    images[file] = truth;
  }
  return images;
}

/** The files of a corpus directory that have a truth, in name order. */
export function corpusFiles(dir: string, images: Record<string, ImageTruth>): string[] {
  if (!fs.existsSync(dir)) return [];
  return Object.keys(images)
    .sort()
    .filter((name) => fs.existsSync(path.join(dir, name)))
    .map((name) => path.join(dir, name));
}
