/**
 * Photo analysis in Node: one 12 MP phone photo (decode + downscale, then metrics + assessment), a seven-photo
 * set through the whole `npm run photos` pipeline, and the memory one photo costs. The targets (150 ms per photo,
 * 1 s per set of seven) are the targets for the browser; Node is measured against them as a reference.
 * When ../shared/realdata is there, its images are assessed too and what the checks say is listed (no target).
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { assessPhoto } from '../../utils/photos/assess';
import { computePhotoMetrics } from '../../utils/photos/metrics';
import { decodePhotoFile } from '../lib/node-image';
import { checkPhotoSet } from '../photos';
import { defineBenchmark, type BenchContext, type BenchRow } from './lib/define';
import { phonePhotoJpeg, SMARTPHONE_SET, type PhonePhotoOptions } from './lib/fixtures';
import { median, percentile, repeat } from './lib/stats';

const TARGET_PHOTO_MS = 150;
const TARGET_SET_MS = 1000;
/** A 12 MP phone camera frame (4:3). */
const PHOTO_12MP = { width: 4032, height: 3024 };
/** A 50 MP phone camera frame (4:3), the largest common today. */
const PHOTO_50MP = { width: 8160, height: 6120 };
/** Bump when the fixtures change, so stale cached files are not reused. */
const FIXTURE_VERSION = 1;
const IMAGE_EXTENSIONS = /\.(jpe?g|png|gif|webp|bmp|avif|heic|heif)$/i;

const execFileAsync = promisify(execFile);

async function cachedJpeg(context: BenchContext, name: string, options: PhonePhotoOptions): Promise<string> {
  const file = path.join(context.cacheDir, `v${FIXTURE_VERSION}-${name}.jpg`);
  if (!fs.existsSync(file)) {
    context.log(`generating ${path.relative(context.repoRoot, file)} (${options.width}x${options.height}, once)`);
    fs.mkdirSync(context.cacheDir, { recursive: true });
    fs.writeFileSync(file, await phonePhotoJpeg(options, 90));
  }
  return file;
}

const row = (name: string, samples: number[] | undefined, target: number | null, notes = ''): BenchRow => ({
  case: name,
  n: samples?.length ?? 0,
  median: median(samples ?? []),
  p90: percentile(samples ?? [], 90),
  unit: 'ms',
  target,
  notes,
});

async function onePhoto(context: BenchContext, file: string): Promise<BenchRow[]> {
  let verdict = '';
  const samples = await repeat(context.quick ? 5 : 15, 2, async () => {
    const started = performance.now();
    const decoded = await decodePhotoFile(file);
    if (!decoded.ok) throw new Error(`${file}: ${decoded.failure.message}`);
    const decodedAt = performance.now();
    const { image, original } = decoded.photo;
    const assessment = assessPhoto(computePhotoMetrics(image, original), original);
    const done = performance.now();
    verdict = assessment.problems.map((p) => p.code).join(', ') || 'no problem found';
    return { decode: decodedAt - started, analysis: done - decodedAt, total: done - started };
  });
  return [
    row('12 MP JPEG: read + decode + downscale to 512', samples.decode, null, 'Skia full decode, drawn straight onto a 512 px canvas'),
    row('12 MP JPEG: metrics + assessment at 512', samples.analysis, null, 'pure TS on RGBA'),
    row('12 MP JPEG: total per photo', samples.total, TARGET_PHOTO_MS, `browser target; verdict: ${verdict}`),
  ];
}

async function photoSet(context: BenchContext, files: string[]): Promise<BenchRow[]> {
  let summary = '';
  const samples = await repeat(context.quick ? 2 : 5, 1, async () => {
    const started = performance.now();
    const report = await checkPhotoSet(files, { category: 'smartphone' });
    summary = `${report.checklist.summary} usable, ${report.photos.filter((p) => p.duplicateOf).length} duplicates`;
    return { total: performance.now() - started };
  });
  return [row('7 x 12 MP set, end to end (checkPhotoSet)', samples.total, TARGET_SET_MS, `sequential, one decode at a time; ${summary}`)];
}

interface ProbeResult {
  ok: boolean;
  failure: string | null;
  ms: number;
  metricsMs: number;
  exact: boolean;
  baselineMb: number;
  peakMb: number;
}

/** Peak RSS of a fresh process that decodes and analyses one file (see lib/rss-probe.ts), and its metrics' time. */
async function peakRss(context: BenchContext, label: string, file: string): Promise<BenchRow[]> {
  const probe = path.join(context.repoRoot, 'scripts/bench/lib/rss-probe.ts');
  const { stdout } = await execFileAsync(process.execPath, ['--import', 'tsx', probe, file], {
    cwd: context.repoRoot,
    maxBuffer: 1 << 20,
  });
  const result = JSON.parse(stdout.trim().split('\n').at(-1)!) as ProbeResult;
  const outcome = result.ok ? `decoded in ${Math.round(result.ms)} ms` : `refused: ${result.failure}`;
  const firstMetrics: BenchRow[] = result.ok
    ? [
        row(
          `${label} JPEG: metrics + assessment, first photo of a fresh process`,
          [result.metricsMs],
          null,
          'code not optimised yet, as in a new panel worker',
        ),
      ]
    : [];
  const memory: BenchRow = {
    case: `peak RSS, one ${label} photo (fresh process)`,
    n: 1,
    median: result.peakMb,
    p90: null,
    unit: 'MB',
    target: null,
    notes:
      `${result.peakMb - result.baselineMb} MB above the ${result.baselineMb} MB of node + tsx + Skia loaded; ${outcome}` +
      (result.exact ? '' : ' (no /proc: whole-process peak, an upper bound)'),
  };
  return [memory, ...firstMetrics];
}

/** What the checks say about each real image: notes only, these are labels and screens, not device photos. */
async function realData(directory: string): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  for (const name of fs
    .readdirSync(directory)
    .filter((entry) => IMAGE_EXTENSIONS.test(entry))
    .sort()) {
    const started = performance.now();
    const decoded = await decodePhotoFile(path.join(directory, name));
    if (!decoded.ok) {
      rows.push({
        case: `realdata ${name}`,
        n: 1,
        median: performance.now() - started,
        p90: null,
        unit: 'ms',
        target: null,
        notes: `cannot read: ${decoded.failure.message}`,
      });
      continue;
    }
    const { image, original, format, notes } = decoded.photo;
    const metrics = computePhotoMetrics(image, original);
    const assessment = assessPhoto(metrics, original);
    const said = [
      `${original.width}x${original.height} ${format}`,
      assessment.problems.length ? `problems: ${assessment.problems.map((p) => p.code).join(', ')}` : 'no problem',
      assessment.looksLikeScreenshot ? `screenshot (${metrics.screenshot.clues.join('; ')})` : 'camera photo',
      `screen ${metrics.screen.lit === null ? 'none' : metrics.screen.lit ? 'lit' : 'dark'}`,
      `sharpness ${metrics.sharpness.score?.toFixed(3) ?? '-'} / blur ${metrics.sharpness.blurEffect?.toFixed(2) ?? '-'}`,
      ...notes,
    ];
    rows.push({
      case: `realdata ${name}`,
      n: 1,
      median: performance.now() - started,
      p90: null,
      unit: 'ms',
      target: null,
      notes: said.join('; '),
    });
  }
  return rows;
}

export default defineBenchmark({
  id: 'photos-node',
  title: 'Photo analysis in Node (decode, metrics, assessment, seven-photo set)',
  async run(context) {
    const single = await cachedJpeg(context, 'photo-12mp', { ...PHOTO_12MP, view: 'screen-on', seed: 1 });
    const set: string[] = [];
    for (const [index, shot] of SMARTPHONE_SET.entries()) {
      // Portrait, as phones are mostly held: the checklist's shape clue expects it for the front and back.
      const size = { width: PHOTO_12MP.height, height: PHOTO_12MP.width };
      set.push(await cachedJpeg(context, `set-${index + 1}-${shot.name}`, { ...size, view: shot.view, seed: 100 + index }));
    }
    const large = await cachedJpeg(context, 'photo-50mp', { ...PHOTO_50MP, view: 'back', seed: 7 });

    context.log('photos-node: one 12 MP photo');
    const rows = await onePhoto(context, single);
    context.log('photos-node: seven-photo set');
    rows.push(...(await photoSet(context, set)));
    context.log('photos-node: memory');
    rows.push(...(await peakRss(context, '12 MP', single)));
    rows.push(...(await peakRss(context, '50 MP', large)));

    const realDirectory = path.resolve(context.repoRoot, '../shared/realdata');
    if (fs.existsSync(realDirectory)) {
      context.log('photos-node: ../shared/realdata');
      rows.push(...(await realData(realDirectory)));
    } else {
      rows.push({
        case: 'realdata',
        n: 0,
        median: null,
        p90: null,
        unit: 'ms',
        target: null,
        notes: `skipped: ${realDirectory} not found`,
      });
    }
    return rows;
  },
});
