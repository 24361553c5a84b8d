/**
 * IMEI and waybill reading in Node on the generated corpus (scripts/ocr-corpus), per kind of image: identifiers
 * found / expected, false positives (a distractor or any unexpected number reported valid), median ms per image;
 * and the same for Debian's native `tesseract` CLI (`--psm 11`, text through the same extractor) on the same
 * images in the same run. The target for our median is the native median (ratio <= 1 meets it). Worker cold start
 * is its own row. ../shared/realdata labels are read too when present (provenance.tsv has the truths).
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

const execFileAsync = promisify(execFile);
const COUNTED_KINDS = new Set(['imei', 'dhl-express']);

interface Score {
  found: number;
  expected: number;
  falsePositives: number;
  ms: number[];
}

function score(entry: CorpusEntry, reported: ReadonlyArray<{ kind: string; value: string; valid: boolean }>): Omit<Score, 'ms'> {
  const valid = reported.filter((item) => item.valid && COUNTED_KINDS.has(item.kind));
  const found = entry.expected.filter((expected) => valid.some((item) => item.kind === expected.kind && item.value === expected.value)).length;
  const falsePositives = valid.filter((item) => !entry.expected.some((expected) => expected.value === item.value)).length;
  return { found, expected: entry.expected.length, falsePositives };
}

async function nativeRead(file: string): Promise<{ items: Array<{ kind: string; value: string; valid: boolean }>; ms: number }> {
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
  try {
    for (const entry of chosen) {
      const file = path.join(CORPUS_DIR, entry.file);
      const result = await readFile(engines, file);
      const ourScore = score(entry, result.identifiers);
      const nativeResult = await nativeRead(file);
      const nativeScore = score(entry, nativeResult.items);
      const group = `${entry.kind} ${entry.variant === 'clean' ? 'clean' : 'photographed'}`;
      for (const key of [group, entry.variant === 'clean' ? 'ALL clean' : 'ALL photographed']) {
        add(ours, key, ourScore, result.ms);
        add(native, key, nativeScore, nativeResult.ms);
      }
      if (ourScore.found < ourScore.expected || ourScore.falsePositives > 0) misses.push(`${entry.file} ${ourScore.found}/${ourScore.expected} fp ${ourScore.falsePositives}`);
      context.log(`${entry.file}: ours ${ourScore.found}/${ourScore.expected} fp ${ourScore.falsePositives} ${result.ms} ms; native ${nativeScore.found}/${nativeScore.expected} ${Math.round(nativeResult.ms)} ms`);
    }
  } finally {
    await engines.terminate();
  }
  if (misses.length) context.log(`missed or wrong: ${misses.join('; ')}`);
  const rows: BenchRow[] = [
    { case: 'worker cold start (zxing + tesseract.js + eng)', n: 1, median: Math.round(coldMs), p90: null, unit: 'ms', target: null, notes: `engines: ${Math.round(engines.startMs)} ms` },
  ];
  for (const key of [...ours.keys()].sort()) {
    const our = ours.get(key)!;
    const theirs = native.get(key)!;
    const nativeMedian = median(theirs.ms);
    rows.push({
      case: `${key}: ours (barcode + tesseract.js)`,
      n: our.ms.length,
      median: median(our.ms),
      p90: percentile(our.ms, 90),
      unit: 'ms',
      target: nativeMedian === null ? null : Math.round(nativeMedian),
      notes: `found ${our.found}/${our.expected} (${pct(our)}), false positives ${our.falsePositives}; native CLI: ${theirs.found}/${theirs.expected} (${pct(theirs)}), fp ${theirs.falsePositives}, median ${Math.round(nativeMedian ?? 0)} ms`,
    });
  }
  return rows;
}

interface RealEntry {
  file: string;
  truths: string[];
}

function realdataEntries(repoRoot: string): RealEntry[] {
  const dir = path.resolve(repoRoot, '../shared/realdata');
  const tsv = path.join(dir, 'provenance.tsv');
  if (!fs.existsSync(tsv)) return [];
  const [header, ...lines] = fs.readFileSync(tsv, 'utf8').split('\n').filter(Boolean);
  const columns = (header ?? '').split('\t');
  const fileColumn = columns.indexOf('file');
  const truthColumn = columns.indexOf('truth');
  return lines
    .map((line) => line.split('\t'))
    .map((cells) => ({ file: path.join(dir, cells[fileColumn] ?? ''), truths: (cells[truthColumn] ?? '').split(';').map((t) => t.replace(/\s/g, '')).filter((t) => /^(\d{10}|\d{15}|\d{14}[0-9A-Z]|1Z[0-9A-Z]{16})$/.test(t)) }))
    .filter((entry) => fs.existsSync(entry.file) && /\.(png|jpe?g)$/i.test(entry.file));
}

async function realdataRows(context: BenchContext): Promise<BenchRow[]> {
  const entries = realdataEntries(context.repoRoot);
  if (entries.length === 0) return [];
  const engines = await createNodeEngines();
  const ms: number[] = [];
  let found = 0;
  let expected = 0;
  const notes: string[] = [];
  try {
    for (const entry of entries) {
      const result = await readFile(engines, entry.file);
      ms.push(result.ms);
      // Some truths fail their own check on purpose (sample labels): read with the right validity, they count.
      const read = result.identifiers.map((item) => item.value);
      const hits = entry.truths.filter((truth) => read.includes(truth)).length;
      found += hits;
      expected += entry.truths.length;
      notes.push(`${path.basename(entry.file)} ${hits}/${entry.truths.length}`);
      context.log(`realdata ${path.basename(entry.file)}: ${hits}/${entry.truths.length} truths; read ${JSON.stringify(result.identifiers.map((i) => `${i.kind}:${i.value}:${i.valid ? 'ok' : 'bad'}`))}`);
    }
  } finally {
    await engines.terminate();
  }
  return [
    {
      case: `../shared/realdata (${entries.length} images)`,
      n: ms.length,
      median: median(ms),
      p90: percentile(ms, 90),
      unit: 'ms',
      target: null,
      notes: `truths found ${found}/${expected} (IMEI, DHL, UPS, DPD values from provenance.tsv; PDFs skipped)`,
    },
  ];
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
    fs.readdirSync(dir).filter((name) => /^IMG_\d+\.jpg$/.test(name)).sort().slice(0, count).map((name) => path.join(dir, name));
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
      for (const item of result.identifiers.filter((identifier) => identifier.valid)) reported.push(`${path.basename(file)}: ${item.kind} ${item.value}`);
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
  async unavailable() {
    try {
      await execFileAsync('tesseract', ['--version']);
      return null;
    } catch {
      return 'the native tesseract CLI is not installed (apt-get install tesseract-ocr)';
    }
  },
  async run(context) {
    return [...(await corpusRows(context)), ...(await devicePhotoRows(context)), ...(await realdataRows(context))];
  },
});
