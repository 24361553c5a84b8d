// @vitest-environment node
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeEngines, readFile, type NodeEngines } from '../../../scripts/ocr';
import { CORPUS_DIR, generateCorpus, type CorpusEntry } from '../../../scripts/ocr-corpus/generate';
import { createCanvas, loadImage } from '@napi-rs/canvas';
import { applyGrain, drawLighting, drawSurface, grainTile, seededRandom } from '../../../scripts/demo-platform/draw/scene';

const execFileAsync = promisify(execFile);
const repoRoot = path.resolve(__dirname, '../../..');

/** One clean and one photographed image of each kind: enough to catch a broken pipeline in well under a minute. */
const SAMPLE = [
  'about-light-0-clean.png',
  'about-dark-2-jpeg40.jpg',
  'star06-4-clean.png',
  'box-label-6-clean.png',
  'box-label-7-rotated.jpg',
  'dhl-label-8-clean.png',
  'dhl-label-9-low-contrast.jpg',
];

describe('npm run ocr (the Node pipeline on the generated corpus)', () => {
  let engines: NodeEngines;
  let entries: CorpusEntry[];
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'ocr-cli-'));

  beforeAll(async () => {
    entries = await generateCorpus();
    engines = await createNodeEngines();
  }, 120_000);
  afterAll(async () => {
    await engines?.terminate();
    fs.rmSync(scratch, { recursive: true, force: true });
  });

  it('finds at least 90% of the IMEIs and waybills on the sample, and reports no distractor as valid', async () => {
    let found = 0;
    let expected = 0;
    const wrong: string[] = [];
    for (const file of SAMPLE) {
      const entry = entries.find((candidate) => candidate.file === file)!;
      const result = await readFile(engines, path.join(CORPUS_DIR, file));
      const valid = result.identifiers.filter((item) => item.valid && (item.kind === 'imei' || item.kind === 'dhl-express'));
      expected += entry.expected.length;
      found += entry.expected.filter((truth) => valid.some((item) => item.value === truth.value)).length;
      for (const item of valid)
        if (!entry.expected.some((truth) => truth.value === item.value)) wrong.push(`${file}: ${item.kind} ${item.value}`);
    }
    expect(found / expected).toBeGreaterThanOrEqual(0.9);
    expect(wrong).toEqual([]);
  }, 240_000);

  it('labels the two IMEIs of an About-phone screenshot IMEI 1 and IMEI 2', async () => {
    const entry = entries.find((candidate) => candidate.file === 'about-light-0-clean.png')!;
    const result = await readFile(engines, path.join(CORPUS_DIR, entry.file));
    for (const truth of entry.expected) {
      expect(result.identifiers).toContainEqual(
        expect.objectContaining({ kind: 'imei', value: truth.value, valid: true, label: truth.label, source: 'ocr' }),
      );
    }
  }, 60_000);

  it('reads the IMEIs on a screen photographed on grainy fabric, where the grain is whitened before OCR', async () => {
    // The IMEI rows of an About-phone screen in a 2016×1512 scene that is otherwise fabric with sensor grain, which
    // used to cost tesseract a minute per pass (utils/ocr/gray-image.ts, suppressTexture).
    const entry = entries.find((candidate) => candidate.file === 'about-light-0-clean.png')!;
    const screen = await loadImage(fs.readFileSync(path.join(CORPUS_DIR, entry.file)));
    const canvas = createCanvas(2016, 1512);
    const ctx = canvas.getContext('2d');
    const random = seededRandom(7);
    drawSurface(ctx, 2016, 1512, 'fabric', random);
    drawLighting(ctx, 2016, 1512, random);
    // The two IMEI rows of the screen (a phone lying on the sofa, its screen a small part of the picture).
    ctx.drawImage(screen, 0, 1320, 560, 340, 728, 586, 560, 340);
    applyGrain(ctx, 2016, 1512, grainTile(7, 509, 60), 1);
    const file = path.join(scratch, 'screen-on-fabric.jpg');
    fs.writeFileSync(file, canvas.toBuffer('image/jpeg', 90));

    const result = await readFile(engines, file);
    // Either the grain is whitened before the whole picture is read, or the screen is found as a label and rectified
    // first (which then needs no whitening); both must read the two IMEIs.
    expect(result.detail?.passes.join('; ')).toMatch(/textured \(\d+% mid grey\), whitened|label \d+x\d+ rectified/);
    for (const truth of entry.expected) {
      expect(result.identifiers).toContainEqual(expect.objectContaining({ kind: 'imei', value: truth.value, valid: true }));
    }
  }, 120_000);

  it('prints one JSON line per file, with a reason for a PDF and nothing invented', async () => {
    const pdf = path.join(scratch, 'label.pdf');
    fs.writeFileSync(pdf, '%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
    const { stdout } = await execFileAsync(
      process.execPath,
      ['--import', 'tsx', path.join(repoRoot, 'scripts/ocr.ts'), '--json', path.join(CORPUS_DIR, 'dhl-label-8-clean.png'), pdf],
      { cwd: repoRoot, timeout: 120_000 },
    ).catch((error: unknown) => ({ stdout: (error as { stdout: string }).stdout }));
    const lines = stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines).toHaveLength(2);
    const waybill = entries.find((candidate) => candidate.file === 'dhl-label-8-clean.png')!.expected[0]!.value;
    expect(lines[0]).toMatchObject({
      identifiers: expect.arrayContaining([expect.objectContaining({ kind: 'dhl-express', value: waybill, valid: true })]),
    });
    expect(typeof lines[0]!.ms).toBe('number');
    expect(lines[1]).toMatchObject({ identifiers: [], error: { code: expect.any(String), message: expect.stringMatching(/PDF/i) } });
  }, 180_000);
});
