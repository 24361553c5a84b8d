/**
 * Checks a customer's photo set from the command line, as the side panel will: each file is one photo of one
 * conversation, in the order given (the order they were sent in).
 *
 *   npm run photos -- [--category smartphone] [--locale en-gb] [--json] FILE...
 *
 * For each photo: its problems in plain words, whether it is the same picture as an earlier one, and the
 * checklist shot it most likely shows; then where the set stands ("5 of 7", each shot ok / problem / missing)
 * and what to ask the customer for. Files that cannot be read are listed with the reason; the rest is checked.
 * Exit code 0 when the check ran (whatever it found), 2 on a usage error.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { CATEGORY_IDS, type CategoryDefinition, type CategoryId } from '../utils/checklist/define';
import { categoryById } from '../utils/checklist/registry';
import { evaluateChecklist, type SlotStatus } from '../utils/checklist/evaluate';
import { buildPhotoRequest, type PhotoRequestItem } from '../utils/checklist/request';
import { assessPhoto, type PhotoProblem } from '../utils/photos/assess';
import { suggestAssignments, type PhotoForAssignment } from '../utils/photos/assign';
import { downscaleRgba } from '../utils/photos/downscale';
import { duplicateOfMap, findDuplicateGroups } from '../utils/photos/duplicates';
import { computePhotoMetrics, type PhotoMetrics } from '../utils/photos/metrics';
import { THRESHOLDS } from '../utils/photos/thresholds';
import { decodePhotoFile, type DecodeFailure, type DecodeOptions } from './lib/node-image';

export const USAGE = `Usage: npm run photos -- [--category ID] [--locale LOCALE] [--json] FILE...

Checks the photos of one conversation (give the files in the order they were sent).

  --category ID    checklist to check against: ${CATEGORY_IDS.join(', ')} (default: smartphone)
  --locale LOCALE  conversation locale, e.g. en-gb for the UK guide's wording (default: en-us)
  --json           print one JSON object instead of tables
  --help           show this help`;

// ---- The report (also the --json output) -------------------------------------------------------------------

export type ShotStatus = 'ok' | 'problem' | 'missing';

export interface PhotoReport {
  /** As given on the command line. */
  file: string;
  /** Size as received (EXIF orientation applied); null when unreadable. */
  width: number | null;
  height: number | null;
  problems: PhotoProblem[];
  /** Readable and no problem found. */
  usable: boolean;
  screenshot: boolean;
  /** File of the earlier copy when this is the same picture, else null. */
  duplicateOf: string | null;
  /** Checklist shot id this photo most likely shows, or null. */
  suggestedSlot: string | null;
  /** Time to read, decode and analyse this file. */
  ms: number;
  /** false when the file could not be read or decoded: see `error`. */
  readable: boolean;
  error: DecodeFailure | null;
  format: string | null;
  /** Why that shot (or why none), for the agent. */
  slotReasons: string[];
  notes: string[];
  decodeMs: number;
  analysisMs: number;
}

export interface ShotReport {
  id: string;
  label: string;
  status: ShotStatus;
  /** The photo that counts for this shot. */
  file: string | null;
  /** Plain words, for the customer; only when status is "problem". */
  problem?: string;
}

export interface PhotoSetReport {
  category: CategoryId;
  photos: PhotoReport[];
  checklist: {
    /** Usable shots out of the total, e.g. "5 of 7". */
    summary: string;
    usable: number;
    /** Shots with a photo, usable or not. */
    received: number;
    withProblem: number;
    missing: number;
    total: number;
    shots: ShotReport[];
  };
  request: PhotoRequestItem[];
  /** The request as a bullet list an agent can paste. */
  requestText: string;
  totalMs: number;
}

const STATUS: Record<SlotStatus, ShotStatus> = {
  'received-usable': 'ok',
  'received-with-problem': 'problem',
  missing: 'missing',
};

interface Analysed {
  report: PhotoReport;
  metrics: PhotoMetrics | null;
}

/** Reads and analyses one file. One file at a time keeps memory at one decoded image. */
async function analyseFile(file: string, decodeOptions: DecodeOptions): Promise<Analysed> {
  const started = performance.now();
  const decoded = await decodePhotoFile(file, decodeOptions);
  if (!decoded.ok) {
    const ms = performance.now() - started;
    return { report: photoReport(file, { error: decoded.failure, ms, decodeMs: ms }), metrics: null };
  }
  const { photo } = decoded;
  const analysisStarted = performance.now();
  // The decoder already drew at the analysis size; this is a no-op copy unless it was asked for another size.
  const image = downscaleRgba(photo.image, THRESHOLDS.analysisLongSide);
  const metrics = computePhotoMetrics(image, photo.original);
  const assessment = assessPhoto(metrics, photo.original);
  const finished = performance.now();
  const screenshotNote = assessment.looksLikeScreenshot ? [`looks like a screenshot: ${metrics.screenshot.clues.join('; ')}`] : [];
  return {
    report: photoReport(file, {
      width: photo.original.width,
      height: photo.original.height,
      problems: assessment.problems,
      usable: assessment.usable,
      screenshot: assessment.looksLikeScreenshot,
      readable: true,
      format: photo.format,
      notes: [...photo.notes, ...screenshotNote],
      ms: finished - started,
      decodeMs: photo.decodeMs,
      analysisMs: finished - analysisStarted,
    }),
    metrics,
  };
}

/** A report with its keys in a fixed order (the documented ones first), times rounded to 0.1 ms. */
function photoReport(file: string, fields: Partial<Omit<PhotoReport, 'file'>>): PhotoReport {
  const round = (ms: number | undefined) => Math.round((ms ?? 0) * 10) / 10;
  return {
    file,
    width: fields.width ?? null,
    height: fields.height ?? null,
    problems: fields.problems ?? [],
    usable: fields.usable ?? false,
    screenshot: fields.screenshot ?? false,
    duplicateOf: fields.duplicateOf ?? null,
    suggestedSlot: fields.suggestedSlot ?? null,
    ms: round(fields.ms),
    readable: fields.readable ?? false,
    error: fields.error ?? null,
    format: fields.format ?? null,
    slotReasons: fields.slotReasons ?? [],
    notes: fields.notes ?? [],
    decodeMs: round(fields.decodeMs),
    analysisMs: round(fields.analysisMs),
  };
}

export interface CheckOptions {
  category?: CategoryId;
  locale?: string | null;
  decode?: DecodeOptions;
}

/** The whole pipeline on a set of files, in conversation order. Never throws for a bad file. */
export async function checkPhotoSet(files: readonly string[], options: CheckOptions = {}): Promise<PhotoSetReport> {
  const started = performance.now();
  const category: CategoryDefinition = categoryById(options.category ?? 'smartphone');
  const analysed: Analysed[] = [];
  for (const file of files) analysed.push(await analyseFile(file, options.decode ?? {}));

  // Ids by position: the same path may be given twice, and that must read as a duplicate, not one photo.
  const idOf = (index: number): string => `#${index + 1}`;
  const fileOf = new Map(analysed.map((item, index) => [idOf(index), item.report.file]));
  const readable = analysed.flatMap((item, index) => (item.metrics ? [{ id: idOf(index), item, metrics: item.metrics }] : []));

  const duplicateOf = duplicateOfMap(
    findDuplicateGroups(readable.map(({ id, metrics }) => ({ id, dHash: metrics.dHash, dHashFine: metrics.dHashFine }))),
  );
  const forAssignment: PhotoForAssignment[] = readable.map(({ id, item, metrics }, order) => ({
    id,
    messageIndex: order,
    attachmentIndex: 0,
    width: item.report.width!,
    height: item.report.height!,
    screenLit: metrics.screen.lit,
    looksLikeScreenshot: metrics.screenshot.looksLikeScreenshot,
    duplicateOf: duplicateOf.get(id) ?? null,
  }));
  const suggestions = suggestAssignments(category, forAssignment);
  const suggestionOf = new Map(suggestions.map((suggestion) => [suggestion.photoId, suggestion]));
  for (const { id, item } of readable) {
    const original = duplicateOf.get(id);
    item.report.duplicateOf = original ? fileOf.get(original)! : null;
    const suggestion = suggestionOf.get(id);
    item.report.suggestedSlot = suggestion?.shotId ?? null;
    // assign.ts names photos by id; the agent knows them by file.
    item.report.slotReasons = (suggestion?.reasons ?? []).map((reason) => reason.replace(/#\d+/g, (match) => fileOf.get(match) ?? match));
  }

  const evaluation = evaluateChecklist({
    category,
    photos: readable.map(({ id, item }) => ({ id, problems: item.report.problems, duplicateOf: duplicateOf.get(id) ?? null })),
    assignments: suggestions.flatMap((s) => (s.shotId ? [{ photoId: s.photoId, shotId: s.shotId }] : [])),
  });
  const request = buildPhotoRequest(category, evaluation, { locale: options.locale ?? null });
  const uk = options.locale?.toLowerCase() === 'en-gb';
  return {
    category: category.id,
    photos: analysed.map((item) => item.report),
    checklist: {
      summary: evaluation.summary,
      usable: evaluation.counts.usable,
      received: evaluation.counts.received,
      withProblem: evaluation.counts.withProblem,
      missing: evaluation.counts.missing,
      total: evaluation.counts.total,
      shots: evaluation.slots.map((slot) => ({
        id: slot.shot.id,
        label: uk && slot.shot.labelUk ? slot.shot.labelUk : slot.shot.label,
        status: STATUS[slot.status],
        file: slot.chosenPhotoId ? fileOf.get(slot.chosenPhotoId)! : null,
        ...(slot.status === 'received-with-problem' ? { problem: slot.problems.map((p) => p.message).join(' ') } : {}),
      })),
    },
    request: request.items,
    requestText: request.bulletList,
    totalMs: Math.round((performance.now() - started) * 10) / 10,
  };
}

// ---- Human output ------------------------------------------------------------------------------------------

interface Style {
  ok(text: string): string;
  bad(text: string): string;
  warn(text: string): string;
  dim(text: string): string;
  bold(text: string): string;
}

const PLAIN: Style = { ok: (t) => t, bad: (t) => t, warn: (t) => t, dim: (t) => t, bold: (t) => t };
const ansi = (code: number) => (text: string) => `\u001b[${code}m${text}\u001b[0m`;
const COLOURED: Style = { ok: ansi(32), bad: ansi(31), warn: ansi(33), dim: ansi(2), bold: ansi(1) };

/** Short names for problem codes, for the table; the full sentences follow it. */
const SHORT_PROBLEM: Record<string, string> = {
  'too-small': 'too small',
  'too-dark': 'too dark',
  overexposed: 'too bright',
  blurred: 'blurred',
  glare: 'reflection',
};

function table(header: string[], rows: string[][], style: Style): string[] {
  // Widths from the plain text: colour codes are added after padding.
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
  const line = (cells: string[]) =>
    cells.map((cell, column) => (column === cells.length - 1 ? cell : cell.padEnd(widths[column]!))).join('  ');
  return [style.bold(line(header)), ...rows.map(line)];
}

function colourResult(text: string, style: Style): string {
  if (text === 'ok') return style.ok(text);
  if (text.startsWith('cannot read') || text.startsWith('problem')) return style.bad(text);
  return style.warn(text);
}

function resultOf(photo: PhotoReport): string {
  if (!photo.readable) return `cannot read (${photo.error!.code})`;
  if (photo.duplicateOf) return `same photo as ${photo.duplicateOf}`;
  if (photo.problems.length > 0) return `problem: ${photo.problems.map((p) => SHORT_PROBLEM[p.code] ?? p.code).join(', ')}`;
  if (photo.screenshot) return 'screenshot, not a photo of the item';
  return 'ok';
}

export function formatReport(report: PhotoSetReport, style: Style = PLAIN): string {
  const out: string[] = [];
  const readable = report.photos.filter((photo) => photo.readable).length;
  out.push(
    `${report.photos.length} file${report.photos.length === 1 ? '' : 's'} checked against the ${report.category} checklist` +
      ` (${readable} readable) in ${Math.round(report.totalMs)} ms`,
    '',
  );
  const rows = report.photos.map((photo, index) => {
    const result = resultOf(photo);
    return [
      String(index + 1),
      photo.file,
      photo.width === null ? '-' : `${photo.width}x${photo.height}`,
      photo.suggestedSlot ?? '-',
      result,
    ];
  });
  const lines = table(['#', 'File', 'Size', 'Suggested shot', 'Result'], rows, style);
  // The result is the last, unpadded column: colour exactly that tail (a file name may contain "ok").
  out.push(
    lines[0]!,
    ...lines.slice(1).map((line, index) => {
      const result = rows[index]![4]!;
      return line.slice(0, line.length - result.length) + colourResult(result, style);
    }),
  );

  const details = report.photos.flatMap((photo) => [
    ...(photo.readable ? [] : [`${photo.file}: ${photo.error!.message}`]),
    ...photo.problems.map((problem) => `${photo.file}: ${problem.message}`),
    ...photo.notes.map((note) => `${photo.file}: note: ${note}`),
  ]);
  if (details.length > 0) out.push('', style.bold('Details'), ...details.map((line) => `  ${line}`));

  const { checklist } = report;
  out.push(
    '',
    style.bold(`Checklist: ${checklist.summary} shots usable`) +
      ` (${checklist.received} received, ${checklist.withProblem} with a problem, ${checklist.missing} missing)`,
  );
  const shotRows = checklist.shots.map((shot) => [shot.status, shot.label, shot.file ?? '-']);
  const shotLines = table(['Status', 'Shot', 'Photo'], shotRows, style);
  out.push(
    ...shotLines.map((line, index) => {
      if (index === 0) return `  ${line}`;
      const status = shotRows[index - 1]![0]!;
      const coloured = status === 'ok' ? style.ok(status) : status === 'problem' ? style.bad(status) : style.warn(status);
      return `  ${coloured}${line.slice(status.length)}`;
    }),
  );

  out.push('', style.bold('Ask the customer for'));
  out.push(report.requestText ? report.requestText : '  Nothing: every shot is there and usable.');
  return out.join('\n');
}

// ---- Command line ------------------------------------------------------------------------------------------

export interface Io {
  stdout: { write(text: string): unknown; isTTY?: boolean };
  stderr: { write(text: string): unknown };
  env?: Record<string, string | undefined>;
}

const isCategoryId = (value: string): value is CategoryId => (CATEGORY_IDS as readonly string[]).includes(value);

/** Runs the command; returns the exit code (0 done, 2 usage error). */
export async function main(argv: readonly string[], io: Io = process): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        category: { type: 'string', short: 'c' },
        locale: { type: 'string' },
        json: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    io.stderr.write(`${(error as Error).message}\n\n${USAGE}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const category = values.category ?? 'smartphone';
  if (!isCategoryId(category)) {
    io.stderr.write(`Unknown category "${category}". Valid categories: ${CATEGORY_IDS.join(', ')}.\n`);
    return 2;
  }
  if (positionals.length === 0) {
    io.stderr.write(`No photo files given.\n\n${USAGE}\n`);
    return 2;
  }
  const report = await checkPhotoSet(positionals, { category, locale: values.locale ?? null });
  if (values.json) {
    io.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  } else {
    const env = io.env ?? {};
    const colour = io.stdout.isTTY === true && !env.NO_COLOR && env.TERM !== 'dumb';
    io.stdout.write(`${formatReport(report, colour ? COLOURED : PLAIN)}\n`);
  }
  return 0;
}

const invokedDirectly = process.argv[1] !== undefined && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href;
if (invokedDirectly) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      console.error(error instanceof Error ? (error.stack ?? error.message) : error);
      process.exitCode = 1;
    },
  );
}
