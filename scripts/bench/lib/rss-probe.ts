/**
 * Decodes and analyses one photo in a fresh process and prints its memory use as JSON, so a benchmark can report
 * the peak RSS one photo costs without the history of everything else it ran.
 *
 *   node --import tsx scripts/bench/lib/rss-probe.ts FILE
 */
import fs from 'node:fs';
import { computePhotoMetrics } from '../../../utils/photos/metrics';
import { assessPhoto } from '../../../utils/photos/assess';
import { decodePhotoFile } from '../../lib/node-image';

const file = process.argv[2];
if (!file) {
  console.error('usage: rss-probe.ts FILE');
  process.exit(2);
}
const mbOf = (kilobytes: number) => Math.round(kilobytes / 1024);

/**
 * Peak RSS in KB since the last reset. Linux keeps the peak across fork and exec (ru_maxrss of a child starts at
 * its parent's peak), so where /proc allows it the peak is reset first and read back from VmHWM.
 */
function statusKb(field: 'VmHWM' | 'VmRSS'): number | null {
  try {
    const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(fs.readFileSync('/proc/self/status', 'utf8'));
    return match ? Number(match[1]) : null;
  } catch {
    return null;
  }
}
function resetPeak(): boolean {
  try {
    fs.writeFileSync('/proc/self/clear_refs', '5');
    return true;
  } catch {
    return false;
  }
}

// Load Skia and the metrics code before the baseline, so what follows is what one decode adds.
await decodePhotoFile('/nonexistent');
const exact = resetPeak() && statusKb('VmHWM') !== null;
const baselineKb = statusKb('VmRSS') ?? process.memoryUsage().rss / 1024;
const started = performance.now();
const result = await decodePhotoFile(file);
const decoded = performance.now();
if (result.ok) assessPhoto(computePhotoMetrics(result.photo.image, result.photo.original), result.photo.original);
const measured = performance.now();
const ms = measured - started;
const peakKb = exact ? statusKb('VmHWM')! : process.resourceUsage().maxRSS;
console.log(
  JSON.stringify({
    ok: result.ok,
    failure: result.ok ? null : result.failure.message,
    ms,
    /** The metrics and assessment alone: their first run, before the engine has optimised them (as in a new worker). */
    metricsMs: measured - decoded,
    /** false: the peak is the process's whole-life maximum (no /proc), an upper bound. */
    exact,
    baselineMb: mbOf(baselineKb),
    peakMb: mbOf(peakKb),
    rssAfterMb: Math.round(process.memoryUsage().rss / 1024 / 1024),
  }),
);
