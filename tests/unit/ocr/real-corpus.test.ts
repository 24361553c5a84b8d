// @vitest-environment node
/**
 * The real images of tests/fixtures/realdata read by the real pipeline (zxing-wasm + tesseract.js, as `npm run ocr`
 * does): the score must not drop below the floor recorded in truth.json, and no test number or distractor may
 * come out valid. `npm run bench` prints the same score per kind with the times next to native tesseract's.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeEngines, readFile, type NodeEngines } from '../../../scripts/ocr';
import {
  corpusFiles,
  loadCorpusTruth,
  REAL_CORPUS_DIR,
  scoreImage,
  truthFromProvenance,
  type CorpusTruth,
} from '../../../scripts/bench/lib/real-corpus';

const repoRoot = path.resolve(__dirname, '../../..');
const corpusDir = path.join(repoRoot, REAL_CORPUS_DIR);

describe('the corpus of real images (tests/fixtures/realdata)', () => {
  const truth: CorpusTruth = loadCorpusTruth(repoRoot);

  it('has a truth for every image, an image for every truth, and each image attributed', () => {
    const images = fs
      .readdirSync(corpusDir)
      .filter((name) => /\.(png|jpe?g)$/i.test(name))
      .sort();
    expect(images).toEqual(Object.keys(truth.images).sort());
    const attribution = fs.readFileSync(path.join(corpusDir, 'ATTRIBUTION.md'), 'utf8');
    for (const name of images) expect(attribution).toContain(`| ${name} |`);
    expect(attribution).toContain('UPS Synthetic Shipping Label Dataset, Dynamsoft, 2025');
    expect(attribution).not.toMatch(/\| (LGPL|GPL|OSL)/);
  });

  it('lists every test number that fails its check among those never valid', () => {
    for (const [name, image] of Object.entries(truth.images)) {
      for (const expected of image.find.filter((item) => !item.valid)) {
        expect(
          image.neverValid.some((value) => expected.value.startsWith(value)),
          `${name}: ${expected.value}`,
        ).toBe(true);
      }
    }
  });
});

describe('scoring a reading of a real image', () => {
  const image = {
    find: [{ kind: 'ups', value: '1Z88899K2324252627', valid: false }],
    neverValid: ['1Z88899K2324252627', '22001234567890'],
    others: [],
  };

  it('counts a test number read with its failing check as found', () => {
    const score = scoreImage(image, [{ kind: 'ups', value: '1Z88899K2324252627', valid: false }]);
    expect(score.found).toHaveLength(1);
    expect(score.falseValid).toEqual([]);
  });

  it('counts a test number read as valid as a false valid, not as found', () => {
    const score = scoreImage(image, [{ kind: 'ups', value: '1Z88899K2324252627', valid: true }]);
    expect(score.found).toHaveLength(0);
    expect(score.falseValid).toHaveLength(1);
  });

  it('counts a distractor covered by a listed prefix, and any unexpected valid number, as false valid', () => {
    const score = scoreImage(image, [
      { kind: 'dpd', value: '22001234567890E', valid: true },
      { kind: 'dhl-express', value: '1234567890', valid: true },
    ]);
    expect(score.falseValid.map((reading) => reading.value)).toEqual(['22001234567890E', '1234567890']);
  });

  it('turns provenance rows into numbers to find, never-valid test numbers and unscored other carriers', () => {
    const tsv = [
      'file\tsource_repo\ttruth\tcheck',
      'a.png\tx\t1Z0FH3446831744085\tUPS 1Z check: PASS',
      'b.png\tx\t869838068936038;869838068966822\tLuhn: FAIL;PASS',
      'c.png\tx\t05300000011267\tcheck char F: PASS',
      'd.png\tx\t233085276493\tn/a',
      'notes.pdf\tx\t1\tn/a',
    ].join('\n');
    expect(truthFromProvenance(tsv)).toEqual({
      'a.png': { find: [{ kind: 'ups', value: '1Z0FH3446831744085', valid: true }], neverValid: [], others: [] },
      'b.png': {
        find: [
          { kind: 'imei', value: '869838068936038', valid: false },
          { kind: 'imei', value: '869838068966822', valid: true },
        ],
        neverValid: ['869838068936038'],
        others: [],
      },
      'c.png': { find: [{ kind: 'dpd', value: '05300000011267F', valid: true }], neverValid: [], others: [] },
      'd.png': { find: [], neverValid: [], others: [{ carrier: 'n/a', value: '233085276493' }] },
    });
  });
});

describe('the real pipeline on the corpus of real images', () => {
  let engines: NodeEngines;
  const truth = loadCorpusTruth(repoRoot);

  beforeAll(async () => {
    engines = await createNodeEngines();
  }, 120_000);
  afterAll(async () => {
    await engines?.terminate();
  });

  // A limit against hangs on a busy 2-core machine, not a speed target (about a minute when the machine is idle).
  it('finds at least the recorded floor and reports no test number or distractor as valid', async () => {
    let found = 0;
    const missed: string[] = [];
    const falseValid: string[] = [];
    for (const file of corpusFiles(corpusDir, truth.images)) {
      const name = path.basename(file);
      const result = await readFile(engines, file);
      expect(result.error, name).toBeUndefined();
      const score = scoreImage(truth.images[name]!, result.identifiers);
      found += score.found.length;
      missed.push(...score.missed.map((item) => `${name}: ${item.kind} ${item.value}`));
      falseValid.push(...score.falseValid.map((item) => `${name}: ${item.kind} ${item.value}`));
    }
    expect(falseValid).toEqual([]);
    expect(found, `missed: ${missed.join('; ')}`).toBeGreaterThanOrEqual(truth.floor.found);
  }, 900_000);
});
