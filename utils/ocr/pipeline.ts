/**
 * Reading IMEIs and waybill numbers from one decoded image: barcodes first, then OCR on a prepared copy, merged.
 * Every decision (sizes, masking, orientation, fallbacks, merging, confidence) is made here, in pure TypeScript;
 * the engines (zxing-wasm, tesseract.js) are passed in, so the Node CLI and the browser worker do the same thing.
 */
import type { RgbaImage } from '../photos/downscale';
import { brandsNamedIn, extractIdentifiers, findLabels, type ExtractedIdentifier } from '../identifiers/extract';
import { identifierRegistry } from '../identifiers/registry';
import {
  backgroundLevel,
  cropGray,
  encodeGrayPgm,
  flattenBackground,
  normalizeContrast,
  rotateGray,
  scaleGray,
  suppressTexture,
  toGray,
  grayToRgba,
  inkBox,
  type GrayImage,
} from './gray-image';
import { estimateTextOrientation } from './orientation';
import { smallRenderRetryScale } from './upscale';
import { findLabelQuad, rectifyQuad } from './perspective';
import { CELL_SEPARATOR, layoutWords, type OcrWord } from './layout';
import { readTableCells, type CellReading } from './column-reader';
import { mergeReadings, type NumberReading } from './merge';
import { isUncheckedDpdBarcode, printedDpdCheck } from './printed-check';
import type { Box } from './box';

export interface BarcodeHit {
  text: string;
  format: string;
  /** Where the symbol is, in the coordinates of the image given to readBarcodes. */
  box: Box | null;
}

export interface NumbersEngines {
  readBarcodes(image: RgbaImage): Promise<BarcodeHit[]>;
  /** tesseract on an encoded image (PSM 11); words with boxes in that image's pixels and confidence 0..100. */
  recognize(encoded: Uint8Array): Promise<OcrWord[]>;
}

export interface ReadOptions {
  /** OCR even when barcodes already gave an IMEI or a waybill (slower; confirms and adds labels). */
  alwaysOcr?: boolean;
  /** Keep a small grayscale crop of where each number was read (the panel shows it). */
  crops?: boolean;
  signal?: AbortSignal;
}

export interface NumbersResult {
  readings: (NumberReading & { crop?: GrayImage })[];
  /** What was tried, for benchmarks and the CLI's --verbose. */
  passes: string[];
  /** The OCR text of the pass the readings came from (empty without OCR). */
  text: string;
}

/** Height of a text line (ink band) tesseract reads fastest at without losing digits, in pixels (measured on the corpus: 20 reads as well as 26, about a third faster). */
const TARGET_LINE_HEIGHT = 20;
const OCR_MAX_LONG_SIDE = 2200;
const OCR_MIN_LONG_SIDE = 800;
const MAX_UPSCALE = 2.5;
/** Text-height scaling never shrinks more than this: a mismeasured line height must not make text unreadable. */
const MIN_SCALE = 0.5;
const BARCODE_RETRY_BELOW = 1600;
/** Photos (not screenshots of a few hundred pixels) are where a label may sit at an angle on a box. */
const LABEL_PHOTO_MIN_LONG_SIDE = 1200;
/** Mean word confidence above which a pass's orientation is taken as right (sideways text reads below 35). */
const CONFIDENT_ORIENTATION = 65;
const CROP_PADDING = 12;
const CROP_MAX_WIDTH = 480;

/**
 * Scale factor for the OCR copy: brings text lines to about TARGET_LINE_HEIGHT (smaller text is upscaled, large
 * screenshot text is shrunk, which is most of the speed), within sane bounds on the long side.
 */
export function ocrScale(width: number, height: number, lineHeight: number | null): number {
  const long = Math.max(width, height);
  let factor = lineHeight ? TARGET_LINE_HEIGHT / lineHeight : long < 1400 ? Math.min(2, 1400 / long) : 1;
  factor = Math.max(MIN_SCALE, Math.min(MAX_UPSCALE, factor, OCR_MAX_LONG_SIDE / long));
  factor = Math.max(factor, Math.min(1, OCR_MIN_LONG_SIDE / long));
  // Near 1, resampling costs more than it gains.
  return Math.abs(factor - 1) < 0.1 ? 1 : factor;
}

/** Kinds worth stopping the reading for once found valid (IMEI and carrier numbers, from the registry). */
const IMPORTANT_KINDS = identifierRegistry.decisiveKinds;

function isUseful(found: readonly Pick<ExtractedIdentifier, 'kind' | 'valid'>[]): boolean {
  return found.some((item) => IMPORTANT_KINDS.has(item.kind) && item.valid);
}

function throwIfAborted(signal?: AbortSignal): void {
  if (signal?.aborted) throw new DOMException('cancelled', 'AbortError');
}

/** Blanks barcode symbols so OCR does not read bars as text and orientation is judged on text alone. */
function maskBoxes(image: GrayImage, boxes: readonly Box[]): GrayImage {
  if (boxes.length === 0) return image;
  const data = image.data.slice();
  const fill = backgroundLevel(image);
  for (const box of boxes) {
    // Keep a margin off the bottom: the human-readable digits under a barcode are worth reading.
    const x0 = Math.max(0, Math.floor(box.x - 4));
    const x1 = Math.min(image.width, Math.ceil(box.x + box.width + 4));
    const y0 = Math.max(0, Math.floor(box.y - 2));
    const y1 = Math.min(image.height, Math.ceil(box.y + box.height));
    for (let y = y0; y < y1; y++) data.fill(fill, y * image.width + x0, y * image.width + x1);
  }
  return { width: image.width, height: image.height, data };
}

interface OcrPass {
  name: string;
  image: GrayImage;
  words: OcrWord[];
  text: string;
  found: ExtractedIdentifier[];
  /** Valid numbers under a column heading or in a cell naming the carrier (column-reader.ts). */
  cells: CellReading[];
  /** Character offset -> word index. */
  wordAt: Int32Array;
  meanConfidence: number;
  /** Words of three or more letters and digits read with high confidence (text read upright has some; sideways, none). */
  wellRead: number;
}

const WELL_READ_CONFIDENCE = 85;

/**
 * Words read well that show a pass's orientation is right. Measured on the corpora: sideways text gives 0-1,
 * upside-down text up to 4 (symmetric glyphs), the right orientation 8 and more (5 on one label in large print,
 * which then costs its other orientations as before).
 */
const UPRIGHT_WELL_READ_WORDS = 8;

/**
 * The text of this pass was read the right way up: well-read words, or a number of an important kind, valid or not
 * (its label, its shape and its prefix do not come out of text read sideways).
 */
function readsUpright(pass: OcrPass): boolean {
  return pass.wellRead >= UPRIGHT_WELL_READ_WORDS || pass.found.some((item) => IMPORTANT_KINDS.has(item.kind));
}

function countWellRead(words: readonly OcrWord[]): number {
  return words.filter((word) => word.confidence >= WELL_READ_CONFIDENCE && word.text.replace(/[^0-9A-Za-z]/g, '').length >= 3).length;
}

async function ocrPass(engines: NumbersEngines, name: string, image: GrayImage): Promise<OcrPass> {
  const words = await engines.recognize(encodeGrayPgm(image));
  const layout = layoutWords(words);
  const found = extractIdentifiers(layout.text);
  const cells = readTableCells(layout.words);
  const confident = words.filter((word) => word.text.trim().length > 0);
  const meanConfidence = confident.length ? confident.reduce((sum, word) => sum + word.confidence, 0) / confident.length : 0;
  return {
    name,
    image,
    words: layout.words,
    text: layout.text,
    found,
    cells,
    wordAt: layout.wordAt,
    meanConfidence,
    wellRead: countWellRead(layout.words),
  };
}

/** The words a number was read from: from its first character over as many letters/digits as the value has. */
function wordsOf(pass: OcrPass, item: ExtractedIdentifier): OcrWord[] {
  const indexes = new Set<number>();
  let remaining = item.value.length;
  for (let offset = item.index; offset < pass.text.length && remaining > 0; offset++) {
    const character = pass.text[offset] ?? '';
    if (/[0-9A-Za-z|]/.test(character)) {
      remaining--;
      const word = pass.wordAt[offset] ?? -1;
      if (word >= 0) indexes.add(word);
    }
  }
  return [...indexes].map((index) => pass.words[index]).filter((word): word is OcrWord => word !== undefined);
}

function unionBox(boxes: readonly Box[]): Box | null {
  if (boxes.length === 0) return null;
  const x0 = Math.min(...boxes.map((box) => box.x));
  const y0 = Math.min(...boxes.map((box) => box.y));
  const x1 = Math.max(...boxes.map((box) => box.x + box.width));
  const y1 = Math.max(...boxes.map((box) => box.y + box.height));
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}

function cropAround(image: GrayImage, box: Box): GrayImage {
  const padded = {
    x: box.x - CROP_PADDING,
    y: box.y - CROP_PADDING,
    width: box.width + 2 * CROP_PADDING,
    height: box.height + 2 * CROP_PADDING,
  };
  const crop = cropGray(image, padded);
  return crop.width > CROP_MAX_WIDTH ? scaleGray(crop, CROP_MAX_WIDTH / crop.width) : crop;
}

/** OCR confidence of a number: the words' mean, halved when the check digit fails. */
function ocrConfidence(words: readonly OcrWord[], valid: boolean): number {
  const mean = words.length ? words.reduce((sum, word) => sum + word.confidence, 0) / words.length / 100 : 0.5;
  return Math.round(Math.max(0, Math.min(1, mean)) * (valid ? 1 : 0.5) * 100) / 100;
}

export async function readNumbers(image: RgbaImage, engines: NumbersEngines, options: ReadOptions = {}): Promise<NumbersResult> {
  const passes: string[] = [];
  const gray = toGray(image);

  // 1. Barcodes, on the image as decoded, then on a 2x copy when thin modules may have defeated the reader.
  let barcodes = await engines.readBarcodes(image);
  let barcodeScale = 1;
  passes.push(`barcodes: ${barcodes.length}`);
  if (barcodes.length === 0 && Math.max(image.width, image.height) < BARCODE_RETRY_BELOW) {
    throwIfAborted(options.signal);
    barcodeScale = 2;
    barcodes = await engines.readBarcodes(grayToRgba(scaleGray(gray, 2)));
    passes.push(`barcodes at 2x: ${barcodes.length}`);
  }
  const scaledBox = (box: Box | null): Box | null =>
    box && { x: box.x / barcodeScale, y: box.y / barcodeScale, width: box.width / barcodeScale, height: box.height / barcodeScale };
  const barcodeBoxes = barcodes.map((hit) => scaledBox(hit.box)).filter((box): box is Box => box !== null);
  const barcodeReadings: (NumberReading & { crop?: GrayImage })[] = [];
  /** DPD numbers whose check character came from the extractor, not the bars: the print must not contradict it. */
  const uncheckedDpd = new Set<string>();
  for (const hit of barcodes) {
    const box = scaledBox(hit.box);
    for (const item of extractIdentifiers(hit.text, { source: 'barcode' })) {
      if (item.kind === 'dpd' && isUncheckedDpdBarcode(hit.text)) uncheckedDpd.add(item.value);
      barcodeReadings.push({
        kind: item.kind,
        value: item.value,
        formatted: item.formatted,
        valid: item.valid,
        ...(item.plausible !== undefined ? { plausible: item.plausible } : {}),
        sources: ['barcode'],
        source: 'barcode',
        confidence: item.valid ? 0.99 : 0.5,
        barcodeFormat: hit.format,
        ...(box ? { box } : {}),
        // The bars with the printed digits under them and the label above: what the agent compares.
        ...(options.crops && box
          ? { crop: cropAround(gray, { x: box.x, y: box.y - box.height * 0.6, width: box.width, height: box.height * 2.2 }) }
          : {}),
      });
    }
  }
  const barcodeUseful = barcodeReadings.some(
    (reading) => IMPORTANT_KINDS.has(reading.kind) && reading.valid && !uncheckedDpd.has(reading.value),
  );
  if (barcodeUseful && !options.alwaysOcr) {
    return { readings: mergeReadings(barcodeReadings, []), passes, text: '' };
  }

  // 2. OCR on a contrast-normalized, rescaled copy with the barcodes blanked, turned upright.
  throwIfAborted(options.signal);
  const masked = maskBoxes(gray, barcodeBoxes);
  const orientation = estimateTextOrientation(masked);
  const scale = ocrScale(gray.width, gray.height, orientation.lineHeight);
  const preparedAt = new Map<string, GrayImage>();
  /** The OCR copy of `source` at `factor`: contrast, background and grain evened out, cropped to the ink. */
  const prepare = (key: string, source: GrayImage, factor: number, describe: string): GrayImage => {
    const cached = preparedAt.get(`${key}@${factor}`);
    if (cached) return cached;
    const flattened = flattenBackground(normalizeContrast(factor === 1 ? source : scaleGray(source, factor)));
    const { image: plain, midGreyShare } = suppressTexture(flattened);
    // Only where there is ink: a mostly empty screenshot costs tesseract its whole area otherwise.
    const ink = inkBox(plain);
    const normalized = ink ? cropGray(plain, ink) : plain;
    if (![...preparedAt.keys()].some((known) => known.startsWith(`${key}@`))) {
      passes.push(
        `${describe}, scale ${factor.toFixed(2)}` +
          (plain !== flattened ? `; textured (${Math.round(midGreyShare * 100)}% mid grey), whitened` : ''),
      );
    }
    preparedAt.set(`${key}@${factor}`, normalized);
    return normalized;
  };
  const describeOrientation = (found: typeof orientation) =>
    `${found.sideways ? 'sideways' : 'upright'} ${found.correction}°, line ${Math.round(found.lineHeight ?? 0)} px`;
  const whole = (factor: number) => prepare('whole', masked, factor, `orientation: ${describeOrientation(orientation)}`);
  // The geometric guess first, then the other family (it cannot tell 90 from 270, and is wrong now and then).
  const rotations: number[] = orientation.sideways
    ? [-90 + orientation.correction, 90 + orientation.correction, 0]
    : [orientation.correction, -90, 90];
  const attempts: { rotation: number; image: () => GrayImage; note: string; wholeImage: boolean; enlarged?: boolean }[] = rotations.map(
    (rotation) => ({
      rotation,
      image: () => whole(scale),
      note: '',
      wholeImage: true,
    }),
  );
  // A small render gets its second look enlarged, in the orientation judged most likely.
  const enlarged = smallRenderRetryScale(gray.width, gray.height, orientation.lineHeight, scale);
  if (enlarged !== null)
    attempts.splice(1, 0, {
      rotation: rotations[0]!,
      image: () => whole(enlarged),
      note: ` at scale ${enlarged.toFixed(2)}`,
      wholeImage: true,
      enlarged: true,
    });
  // A label photographed at an angle is read first on its own, made rectangular: level lines of even size.
  const label = Math.max(gray.width, gray.height) >= LABEL_PHOTO_MIN_LONG_SIDE ? findLabelQuad(gray) : null;
  if (label) {
    // Bars left in: the digits under them may overlap their end (lbl31), and masking would blank them too.
    const rectified = rectifyQuad(gray, label);
    const labelOrientation = estimateTextOrientation(rectified);
    const labelScale = ocrScale(rectified.width, rectified.height, labelOrientation.lineHeight);
    const labelRotation = labelOrientation.sideways ? -90 + labelOrientation.correction : labelOrientation.correction;
    const describe = `label ${rectified.width}x${rectified.height} rectified: ${describeOrientation(labelOrientation)}`;
    attempts.unshift({
      rotation: labelRotation,
      image: () => prepare('label', rectified, labelScale, describe),
      note: ' (label rectified)',
      wholeImage: false,
    });
  }
  // Numbers of the important kinds the bars gave: text that confirms all of them leaves nothing to look for.
  const fromBars = barcodeReadings.filter((reading) => IMPORTANT_KINDS.has(reading.kind));
  const confirmsBars = (found: readonly ExtractedIdentifier[]) =>
    fromBars.length > 0 && fromBars.every((reading) => found.some((item) => item.kind === reading.kind && item.value === reading.value));
  let best: OcrPass | undefined;
  /** The rotation the whole image was read upright in, once a pass has shown it. */
  let uprightAt: number | undefined;
  /** A small render's enlarged copy was read: every line has had its close look. */
  let readEnlarged = false;
  for (const [attempt, { rotation, image, note, wholeImage, enlarged: isEnlarged }] of attempts.entries()) {
    // Turned away from an orientation already read upright, text reads as noise: that pass cannot find anything.
    if (wholeImage && uprightAt !== undefined && rotation !== uprightAt) continue;
    throwIfAborted(options.signal);
    const prepared = rotateGray(image(), rotation, 255);
    const pass = await ocrPass(engines, `ocr rotated ${rotation}${note}`, prepared);
    if (isEnlarged) readEnlarged = true;
    passes.push(
      `${pass.name}: ${pass.found.length} found, confidence ${Math.round(pass.meanConfidence)}, ${pass.wellRead} words read well`,
    );
    if (!best || score(pass) > score(best)) best = pass;
    if (isUseful([...pass.found, ...pass.cells]) || confirmsBars(pass.found)) break;
    if (wholeImage && readsUpright(pass)) uprightAt = rotation;
    // Another orientation is worth a pass when this one hinted at a number or read badly; a clean read of text
    // without numbers stops here, and without any hint of a number two passes are the most spent unless neither
    // read anything.
    const hasDigitHints = /\d{6,}|IMEI|WAYBILL|TRACKING/i.test(best.text);
    // (A high mean confidence over a handful of words, with none read well, is no clean read: star06-4-rotated90.)
    if (pass.meanConfidence >= 80 && readsUpright(pass) && !hasDigitHints) break;
    // Nothing readable in any orientation tried so far suggests a wrong orientation: keep trying.
    // (Counted over whole-image passes: the label's own pass does not stand in for the other orientation.)
    if (attempt - (label ? 1 : 0) >= 1 && !hasDigitHints && best.meanConfidence >= 40) break;
    // Text read well on the whole image in the orientation the geometry chose: that orientation is right, and
    // turning the image would only read the same label sideways (a carrier's own number with no rule: lbl03, lbl17).
    if (pass.meanConfidence >= CONFIDENT_ORIENTATION && readsUpright(pass) && rotation === rotations[0] && !note) break;
  }
  const pass = best!;
  const ocrReadings = pass.found.map((item): NumberReading & { crop?: GrayImage } => {
    const words = wordsOf(pass, item);
    const box = unionBox(words.map((word) => word.box));
    return {
      kind: item.kind,
      value: item.value,
      formatted: item.formatted,
      valid: item.valid,
      ...(item.plausible !== undefined ? { plausible: item.plausible } : {}),
      ...(item.label ? { label: item.label } : {}),
      sources: ['ocr'],
      source: 'ocr',
      confidence: ocrConfidence(words, item.valid),
      ...(box ? { box } : {}),
      ...(options.crops && box ? { crop: cropAround(pass.image, box) } : {}),
    };
  });
  // Only what the text alone missed: the same words read twice are not two independent reads.
  const fromText = new Set(pass.found.map((item) => `${item.kind}:${item.value}`));
  const cellReadings = pass.cells
    .filter((cell) => !fromText.has(`${cell.kind}:${cell.value}`))
    .map(({ words, layout: _layout, ...item }): NumberReading & { crop?: GrayImage } => {
      const box = unionBox(words.map((word) => word.box));
      return {
        ...item,
        sources: ['ocr'],
        source: 'ocr',
        confidence: ocrConfidence(words, true),
        ...(box ? { box } : {}),
        ...(options.crops && box ? { crop: cropAround(pass.image, box) } : {}),
      };
    });
  const readFromBars = new Set(barcodeReadings.map((reading) => `${reading.kind}:${reading.value}`));
  const rereadings = readEnlarged ? [] : await rereadLines(engines, pass, readFromBars, options.signal);
  if (rereadings.length > 0) passes.push(`reread: ${rereadings.length} found`);
  const withCrops = rereadings.map((reading) =>
    options.crops && reading.box ? { ...reading, crop: cropAround(pass.image, reading.box) } : reading,
  );
  const checkedBarcodeReadings = barcodeReadings.map((reading) => {
    if (!uncheckedDpd.has(reading.value)) return reading;
    const printed = printedDpdCheck(pass.text, reading.value.slice(0, 14));
    passes.push(`printed DPD check: ${printed.verdict}`);
    if (printed.verdict !== 'disagrees') return reading;
    // What the label prints, marked as failing: the agent sees the number and that its check does not hold.
    const value = printed.printed ? reading.value.slice(0, 14) + printed.printed : reading.value;
    return {
      ...reading,
      value,
      formatted: printed.printed ? `${reading.formatted.slice(0, -1)}${printed.printed}` : reading.formatted,
      valid: false,
      confidence: 0.5,
    };
  });
  return { readings: mergeReadings(checkedBarcodeReadings, [...ocrReadings, ...cellReadings, ...withCrops]), passes, text: pass.text };
}

const MAX_REREADS = 4;
const REREAD_SCALE = 2;

/**
 * Second look at lines that look like a number but gave none (or only an invalid one): OCR misreads one digit
 * ("5/3" for "573") more often on the whole page than on a close-up. The line and the one above it (its label)
 * are cropped, enlarged and read again; only numbers that pass their check digit are taken from it.
 * Only lines with a reason to hold one of the important kinds are read again: a label announcing one on the line or
 * the line above, or a number of that kind read with a failing check that the bars did not confirm (the label's
 * own barcode carrying the same failing number says it is printed so). Addresses, dates, barcode text and other
 * carriers' numbers are what most long digit lines are, and a close-up of them costs a pass and finds nothing.
 */
async function rereadLines(
  engines: NumbersEngines,
  pass: OcrPass,
  readFromBars: ReadonlySet<string>,
  signal?: AbortSignal,
): Promise<(NumberReading & { crop?: GrayImage })[]> {
  const rows: { start: number; end: number }[] = [];
  let start = 0;
  for (const line of pass.text.split('\n')) {
    rows.push({ start, end: start + line.length });
    start += line.length + 1;
  }
  const wordsIn = (row: { start: number; end: number }) => {
    const indexes = new Set<number>();
    for (let offset = row.start; offset < row.end; offset++) {
      const word = pass.wordAt[offset] ?? -1;
      if (word >= 0) indexes.add(word);
    }
    return [...indexes].map((index) => pass.words[index]!).filter(Boolean);
  };
  const announcing = findLabels(pass.text, identifierRegistry, brandsNamedIn(pass.text)).filter(
    (label) => !label.other && [...label.kinds].some((kind) => IMPORTANT_KINDS.has(kind)),
  );
  const rowAnnounced = (row: { start: number; end: number }) => announcing.some((label) => label.start < row.end && label.end > row.start);
  const readings: (NumberReading & { crop?: GrayImage })[] = [];
  let attempts = 0;
  for (const [index, row] of rows.entries()) {
    if (attempts >= MAX_REREADS) break;
    const line = pass.text.slice(row.start, row.end);
    // The digits of one number sit in one cell: a row of dates, postcodes and amounts has many, but few in each.
    if (!line.split(CELL_SEPARATOR).some((cell) => (cell.match(/\d/g)?.length ?? 0) >= 9)) continue;
    const inRow = (item: ExtractedIdentifier) => item.index >= row.start && item.index < row.end;
    const rowWords = wordsIn(row);
    const settled =
      pass.found.some((item) => item.valid && inRow(item)) || pass.cells.some((cell) => cell.words.some((word) => rowWords.includes(word)));
    if (settled) continue;
    const announced = rowAnnounced(row) || (index > 0 && rowAnnounced(rows[index - 1]!));
    const doubtful = pass.found.some(
      (item) => !item.valid && IMPORTANT_KINDS.has(item.kind) && inRow(item) && !readFromBars.has(`${item.kind}:${item.value}`),
    );
    if (!announced && !doubtful) continue;
    const words = [...rowWords, ...(index > 0 ? wordsIn(rows[index - 1]!) : [])];
    const box = unionBox(words.map((word) => word.box));
    if (!box) continue;
    throwIfAborted(signal);
    attempts++;
    const padded = { x: box.x - 16, y: box.y - 16, width: box.width + 32, height: box.height + 32 };
    const crop = cropGray(pass.image, padded);
    const origin = { x: Math.max(0, Math.floor(padded.x)), y: Math.max(0, Math.floor(padded.y)) };
    const closeUp = scaleGray(crop, REREAD_SCALE);
    const reread = await ocrPass(engines, 'reread', closeUp);
    for (const item of reread.found) {
      if (!item.valid || !IMPORTANT_KINDS.has(item.kind)) continue;
      const itemWords = wordsOf(reread, item);
      const local = unionBox(itemWords.map((word) => word.box));
      const mapped = local && {
        x: origin.x + local.x / REREAD_SCALE,
        y: origin.y + local.y / REREAD_SCALE,
        width: local.width / REREAD_SCALE,
        height: local.height / REREAD_SCALE,
      };
      readings.push({
        kind: item.kind,
        value: item.value,
        formatted: item.formatted,
        valid: item.valid,
        ...(item.plausible !== undefined ? { plausible: item.plausible } : {}),
        ...(item.label ? { label: item.label } : {}),
        sources: ['ocr'],
        source: 'ocr',
        // A number that needed a second look is less certain than the words' confidence says.
        confidence: Math.round(ocrConfidence(itemWords, true) * 0.9 * 100) / 100,
        ...(mapped ? { box: mapped } : {}),
      });
    }
  }
  return readings;
}

function score(pass: OcrPass): number {
  return (pass.found.filter((item) => item.valid).length + pass.cells.length) * 1000 + pass.found.length * 100 + pass.meanConfidence;
}
