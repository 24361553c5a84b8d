import { execFile } from 'node:child_process';
import fs from 'node:fs';
import { promisify } from 'node:util';
import { median } from './stats';

/**
 * The native floor of the photo check: libjpeg-turbo's `djpeg -scale 1/8` (Debian's libjpeg-turbo-progs, installed by
 * scripts/bootstrap.sh) decoding the same 12 MP JPEG the extension checks, timed in the same run so the ratio holds
 * whatever else the machine is doing. The process start (a few ms) is included: it is what a native tool pays too.
 */

const execFileAsync = promisify(execFile);
const DJPEG = '/usr/bin/djpeg';

/** Null when djpeg is here, else how to get it. */
export function djpegUnavailable(): string | null {
  return fs.existsSync(DJPEG) ? null : 'djpeg is missing: apt-get install libjpeg-turbo-progs (or bash scripts/bootstrap.sh)';
}

/** Milliseconds per `djpeg -scale 1/8` of each file (decoded `runs` times, output discarded). */
export async function djpegOneEighth(files: readonly string[], runs: number): Promise<number[]> {
  const samples: number[] = [];
  for (let run = 0; run < runs; run++) {
    for (const file of files) {
      const started = performance.now();
      await decodeOnce(file);
      samples.push(performance.now() - started);
    }
  }
  return samples;
}

async function decodeOnce(file: string): Promise<void> {
  await execFileAsync(DJPEG, ['-scale', '1/8', '-outfile', '/dev/null', file], { maxBuffer: 1024 });
}

/** "2.4x the native floor (djpeg -scale 1/8: 31 ms)" */
export function floorNote(ours: number | null, floor: number | null, what = 'djpeg -scale 1/8'): string {
  if (ours === null || floor === null || floor <= 0) return '';
  return `${(ours / floor).toFixed(2)}x the native floor (${what}: ${Math.round(floor)} ms)`;
}

export { median };
