/**
 * IMEI and waybill reading in Node on the generated corpus (scripts/ocr-corpus), per kind of image: identifiers
 * found / expected, false positives (a distractor or any unexpected number reported valid), median ms per image;
 * and the same for Debian's native `tesseract` CLI (`--psm 11`, text through the same extractor) on the same
 * images in the same run. The target for our median is the native median (ratio <= 1 meets it). Worker cold start
 * is its own row. Then the real images (tests/fixtures/realdata, and all of ../shared/realdata when present),
 * scored against their truth per kind, ours vs native. Without the native CLI everything still runs, without the
 * anchor ("native tesseract not installed").
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { extractIdentifiers } from '../../utils/identifiers/extract';
import { createNodeEngines, readFile } from '../ocr';
import { generateCorpus, CORPUS_DIR, type CorpusEntry } from '../ocr-corpus/generate';
import { ensureDemoAttachments } from '../demo-platform/images';
import { ensureScaleAttachments } from '../demo-platform/scale-images';
import { defineBenchmark, type BenchContext, type BenchRow } from './lib/define';
import { median, percentile } from './lib/stats';
import {
  corpusFiles,
  loadCorpusTruth,
  REAL_CORPUS_DIR,
  scoreImage,
  SHARED_REALDATA_DIR,
  truthFromProvenance,
  type ImageScore,
  type ImageTruth,
} from './lib/real-corpus';

const execFileAsync = promisify(execFile);
const COUNTED_KINDS = new Set(['imei', 'dhl-express']);

interface Score {
  found: number;
  expected: number;
  falsePositives: number;
  ms: number[];
}

function score(entry: CorpusEntry, reported: readonly { kind: string; value: string; valid: boolean }[]): Omit<Score, 'ms'> {
  const valid = reported.filter((item) => item.valid && COUNTED_KINDS.has(item.kind));
  const found = entry.expected.filter((expected) =>
    valid.some((item) => item.kind === expected.kind && item.value === expected.value),
  ).length;
  const falsePositives = valid.filter((item) => !entry.expected.some((expected) => expected.value === item.value)).length;
  return { found, expected: entry.expected.length, falsePositives };
}

async function nativeAvailable(): Promise<boolean> {
  try {
    await execFileAsync('tesseract', ['--version']);
    return true;
  } catch {
    return false;
  }
}

async function nativeRead(file: string): Promise<{ items: { kind: string; value: string; valid: boolean }[]; ms: number }> {
  const started = performance.now();
  const { stdout } = await execFileAsync('tesseract', [file, '-', '--psm', '11'], { maxBuffer: 8 * 1024 * 1024 });
  const ms = performance.now() - started;
  return { items: extractIdentifiers(stdout), ms };
}

const add = (scores: Map<string, Score>, key: string, result: Omit<Score, 'ms'>, ms: number) => {
  const current = scores.get(key) ?? { found: 0, expected: 0, falsePositives: 0, ms: [] };
  current.found += result.found;
  current.expected += result.expected;
  current.falsePositives += result.falsePositives;
  current.ms.push(ms);
  scores.set(key, current);
};

const pct = (score: Score) => (score.expected ? `${((100 * score.found) / score.expected).toFixed(1)}%` : 'n/a');

async function corpusRows(context: BenchContext): Promise<BenchRow[]> {
  const entries = await generateCorpus();
  const chosen = context.quick ? entries.filter((_, index) => index % 3 === 0) : entries;
  const coldStarted = performance.now();
  const engines = await createNodeEngines();
  const coldMs = performance.now() - coldStarted;
  const ours = new Map<string, Score>();
  const native = new Map<string, Score>();
  const misses: string[] = [];
  const hasNative = await nativeAvailable();
  if (!hasNative) context.log('native tesseract not installed: ours only, no native anchor');
  try {
    for (const entry of chosen) {
      const file = path.join(CORPUS_DIR, entry.file);
      const result = await readFile(engines, file);
      const ourScore = score(entry, result.identifiers);
      const nativeResult = hasNative ? await nativeRead(file) : null;
      const nativeScore = nativeResult && score(entry, nativeResult.items);
      const group = `${entry.kind} ${entry.variant === 'clean' ? 'clean' : 'photographed'}`;
      for (const key of [group, entry.variant === 'clean' ? 'ALL clean' : 'ALL photographed']) {
        add(ours, key, ourScore, result.ms);
        if (nativeResult && nativeScore) add(native, key, nativeScore, nativeResult.ms);
      }
      if (ourScore.found < ourScore.expected || ourScore.falsePositives > 0)
        misses.push(`${entry.file} ${ourScore.found}/${ourScore.expected} fp ${ourScore.falsePositives}`);
      const nativeNote =
        nativeResult && nativeScore
          ? `native ${nativeScore.found}/${nativeScore.expected} ${Math.round(nativeResult.ms)} ms`
          : 'native tesseract not installed';
      context.log(
        `${entry.file}: ours ${ourScore.found}/${ourScore.expected} fp ${ourScore.falsePositives} ${result.ms} ms; ${nativeNote}`,
      );
    }
  } finally {
    await engines.terminate();
  }
  if (misses.length) context.log(`missed or wrong: ${misses.join('; ')}`);
  const rows: BenchRow[] = [
    {
      case: 'worker cold start (zxing + tesseract.js + eng)',
      n: 1,
      median: Math.round(coldMs),
      p90: null,
      unit: 'ms',
      target: null,
      notes: `engines: ${Math.round(engines.startMs)} ms`,
    },
  ];
  for (const key of [...ours.keys()].sort()) {
    const our = ours.get(key)!;
    const theirs = native.get(key);
    const nativeMedian = theirs ? median(theirs.ms) : null;
    rows.push({
      case: `${key}: ours (barcode + tesseract.js)`,
      n: our.ms.length,
      median: median(our.ms),
      p90: percentile(our.ms, 90),
      unit: 'ms',
      target: nativeMedian === null ? null : Math.round(nativeMedian),
      notes:
        `found ${our.found}/${our.expected} (${pct(our)}), false positives ${our.falsePositives}; ` +
        (theirs
          ? `native CLI: ${theirs.found}/${theirs.expected} (${pct(theirs)}), fp ${theirs.falsePositives}, median ${Math.round(nativeMedian ?? 0)} ms`
          : 'native tesseract not installed'),
    });
  }
  return rows;
}

interface KindTally {
  found: number;
  expected: number;
}

interface CorpusTally {
  byKind: Map<string, KindTally>;
  falseValid: string[];
  ms: number[];
}

const newTally = (): CorpusTally => ({ byKind: new Map(), falseValid: [], ms: [] });

function tallyImage(
  tally: CorpusTally,
  name: string,
  truth: ImageTruth,
  readings: readonly { kind: string; value: string; valid: boolean }[],
  ms: number,
): ImageScore {
  const scored = scoreImage(truth, readings);
  for (const expected of scored.expected) {
    const kind = tally.byKind.get(expected.kind) ?? { found: 0, expected: 0 };
    kind.expected++;
    if (scored.found.includes(expected)) kind.found++;
    tally.byKind.set(expected.kind, kind);
  }
  tally.falseValid.push(...scored.falseValid.map((reading) => `${name} ${reading.kind} ${reading.value}`));
  tally.ms.push(ms);
  return scored;
}

const recall = (tally: CorpusTally) => {
  const kinds = [...tally.byKind.entries()].sort(([a], [b]) => a.localeCompare(b));
  const found = kinds.reduce((sum, [, kind]) => sum + kind.found, 0);
  const expected = kinds.reduce((sum, [, kind]) => sum + kind.expected, 0);
  return `found ${found}/${expected} (${kinds.map(([name, kind]) => `${name} ${kind.found}/${kind.expected}`).join(', ')}), false valid ${tally.falseValid.length}${tally.falseValid.length ? ` (${tally.falseValid.join('; ')})` : ''}`;
};

/**
 * The real images: tests/fixtures/realdata (in the repository, truth.json) always, and all of ../shared/realdata
 * when present (truth.json for the images that are in both, provenance.tsv for the rest). Ours and native
 * `tesseract --psm 11` (its text through the same extractor) on the same images in the same run; the target for
 * our median is native's, and the note gives the p90 ratio too.
 */
async function realCorpusRows(context: BenchContext): Promise<BenchRow[]> {
  const publicTruth = loadCorpusTruth(context.repoRoot);
  const sharedDir = path.resolve(context.repoRoot, SHARED_REALDATA_DIR);
  const provenance = path.join(sharedDir, 'provenance.tsv');
  const sets = [{ label: REAL_CORPUS_DIR, dir: path.join(context.repoRoot, REAL_CORPUS_DIR), images: publicTruth.images }];
  if (fs.existsSync(provenance)) {
    sets.push({
      label: SHARED_REALDATA_DIR,
      dir: sharedDir,
      images: { ...truthFromProvenance(fs.readFileSync(provenance, 'utf8')), ...publicTruth.images },
    });
  } else context.log(`${SHARED_REALDATA_DIR} not present: only the images in the repository are read`);
  const hasNative = await nativeAvailable();
  if (!hasNative) context.log('native tesseract not installed: ours only, no native anchor');
  const engines = await createNodeEngines();
  const rows: BenchRow[] = [];
  try {
    for (const set of sets) {
      const files = corpusFiles(set.dir, set.images);
      const ours = newTally();
      const native = newTally();
      for (const file of files) {
        const name = path.basename(file);
        const truth = set.images[name]!;
        const result = await readFile(engines, file);
        const scored = tallyImage(ours, name, truth, result.identifiers, result.ms);
        let nativeNote = '';
        if (hasNative) {
          const nativeResult = await nativeRead(file);
          const nativeScored = tallyImage(native, name, truth, nativeResult.items, nativeResult.ms);
          nativeNote = `; native ${nativeScored.found.length}/${nativeScored.expected.length} ${Math.round(nativeResult.ms)} ms`;
        }
        const read = result.identifiers.map((item) => `${item.kind}:${item.value}:${item.valid ? 'ok' : 'bad'}`).join(' ');
        context.log(
          `${set.label} ${name}: ours ${scored.found.length}/${scored.expected.length}, false valid ${scored.falseValid.length}, ${result.ms} ms [${read}]${nativeNote}`,
        );
      }
      const nativeMedian = median(native.ms);
      const oursP90 = percentile(ours.ms, 90);
      const nativeP90 = percentile(native.ms, 90);
      rows.push({
        case: `real images, ${set.label} (${files.length}): ours (barcode + tesseract.js)`,
        n: ours.ms.length,
        median: median(ours.ms),
        p90: oursP90,
        unit: 'ms',
        target: nativeMedian === null ? null : Math.round(nativeMedian),
        notes:
          `${recall(ours)}; ` +
          (hasNative && oursP90 !== null && nativeP90
            ? `p90 ratio ${(oursP90 / nativeP90).toFixed(2)} (native p90 ${Math.round(nativeP90)} ms)`
            : 'native tesseract not installed'),
      });
      if (hasNative) {
        rows.push({
          case: `real images, ${set.label} (${files.length}): native tesseract --psm 11`,
          n: native.ms.length,
          median: nativeMedian,
          p90: nativeP90,
          unit: 'ms',
          target: null,
          notes: `${recall(native)} (text only: no barcode reader)`,
        });
      }
    }
  } finally {
    await engines.terminate();
  }
  return rows;
}

/**
 * Camera photos of devices, with no number on them: what most of a conversation's attachments are, all of which
 * the panel reads. The demo's seven 12 MP shots of a phone and the first ten of the long conversation (3 MP, with
 * sensor grain on fabric, wood or a desk: before suppressTexture some took tesseract 40-110 s per image).
 */
async function devicePhotoRows(context: BenchContext): Promise<BenchRow[]> {
  const demo = path.join(await ensureDemoAttachments(), '104820113');
  const scale = path.join(await ensureScaleAttachments(), '104821300');
  const pick = (dir: string, count: number) =>
    fs
      .readdirSync(dir)
      .filter((name) => /^IMG_\d+\.jpg$/.test(name))
      .sort()
      .slice(0, count)
      .map((name) => path.join(dir, name));
  const files = [...pick(demo, context.quick ? 3 : 7), ...pick(scale, context.quick ? 6 : 10)];
  const engines = await createNodeEngines();
  const ms: number[] = [];
  let whitened = 0;
  const reported: string[] = [];
  try {
    for (const file of files) {
      const result = await readFile(engines, file);
      ms.push(result.ms);
      if (result.detail?.passes.some((pass) => pass.includes('whitened'))) whitened++;
      for (const item of result.identifiers.filter((identifier) => identifier.valid))
        reported.push(`${path.basename(file)}: ${item.kind} ${item.value}`);
      context.log(`${path.basename(file)}: ${result.ms} ms; ${result.detail?.passes.join('; ')}`);
    }
  } finally {
    await engines.terminate();
  }
  return [
    {
      case: `camera photos of a device, no number on them (${files.length})`,
      n: ms.length,
      median: median(ms),
      p90: percentile(ms, 90),
      unit: 'ms',
      target: null,
      notes: `slowest ${Math.round(Math.max(...ms))} ms; grain whitened on ${whitened}; valid numbers reported: ${reported.length ? reported.join(', ') : 'none'}`,
    },
  ];
}

export default defineBenchmark({
  id: 'ocr-node',
  title: 'IMEI / waybill reading in Node (zxing-wasm + tesseract.js) vs native tesseract CLI',
  async run(context) {
    return [...(await corpusRows(context)), ...(await devicePhotoRows(context)), ...(await realCorpusRows(context))];
  },
});
