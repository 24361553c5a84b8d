// @vitest-environment node
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { categoryById } from '@/utils/checklist/registry';
import { main, type PhotoSetReport } from '@/scripts/photos';
import { writeCliFixtures, type CliFixtures } from './fixtures';

const REPO_ROOT = path.resolve(__dirname, '../../..');

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function run(argv: string[], options: { tty?: boolean; env?: Record<string, string> } = {}): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    stdout: { write: (text: string) => (stdout += text), isTTY: options.tty ?? false },
    stderr: { write: (text: string) => (stderr += text) },
    env: options.env ?? {},
  });
  return { code, stdout, stderr };
}

async function runJson(argv: string[]): Promise<PhotoSetReport> {
  const result = await run(['--json', ...argv]);
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout) as PhotoSetReport;
}

let fixtures: CliFixtures;
let setFiles: string[];

beforeAll(async () => {
  fixtures = await writeCliFixtures();
  setFiles = Object.values(fixtures.set);
}, 60_000);

afterAll(() => fixtures?.cleanup());

describe('a smartphone set with a dark photo, a forwarded copy and a shot missing', () => {
  let report: PhotoSetReport;
  beforeAll(async () => {
    report = await runJson(setFiles);
  });

  it('flags the dark photo, in plain words, and only that one', () => {
    const byFile = new Map(report.photos.map((photo) => [photo.file, photo]));
    const dark = byFile.get(fixtures.set.leftDark)!;
    expect(dark.problems.map((problem) => problem.code)).toEqual(['too-dark']);
    expect(dark.problems[0]!.message).toMatch(/too dark/);
    expect(dark.usable).toBe(false);
    const others = report.photos.filter((photo) => photo.file !== fixtures.set.leftDark);
    expect(others.map((photo) => [photo.file, photo.problems.map((problem) => problem.code)])).toEqual(
      others.map((photo) => [photo.file, []]),
    );
  });

  it('names the earlier photo the forwarded copy duplicates, and leaves the copy out of the shots', () => {
    const copy = report.photos.find((photo) => photo.file === fixtures.set.backAgain)!;
    expect(copy.duplicateOf).toBe(fixtures.set.back);
    expect(copy.suggestedSlot).toBeNull();
    expect(report.photos.filter((photo) => photo.duplicateOf !== null)).toHaveLength(1);
  });

  it('suggests the shots the customer sent, in order', () => {
    expect(report.photos.slice(0, 3).map((photo) => photo.suggestedSlot)).toEqual(['screen-on', 'screen-off', 'back']);
    expect(report.photos.find((photo) => photo.file === fixtures.set.leftDark)!.suggestedSlot).toBe('left-side');
  });

  it('counts 5 of 7 usable: one shot with a problem, one missing', () => {
    expect(report.category).toBe('smartphone');
    expect(report.checklist).toMatchObject({ summary: '5 of 7', usable: 5, received: 6, withProblem: 1, missing: 1, total: 7 });
    const problem = report.checklist.shots.filter((shot) => shot.status === 'problem');
    expect(problem).toEqual([
      expect.objectContaining({ id: 'left-side', file: fixtures.set.leftDark, problem: expect.stringMatching(/too dark/) }),
    ]);
    expect(report.checklist.shots.filter((shot) => shot.status === 'missing')).toHaveLength(1);
    expect(report.checklist.shots.every((shot) => shot.label.length > 0)).toBe(true);
  });

  it('asks the customer to retake the dark shot and send the missing one', () => {
    expect(report.request.map((item) => item.kind).sort()).toEqual(['missing', 'reshoot']);
    expect(report.request.find((item) => item.kind === 'reshoot')).toMatchObject({ shotId: 'left-side', label: 'Left side' });
    expect(report.requestText).toMatch(/^- Left side: please take it again\. This photo is too dark/m);
    expect(report.requestText).toMatch(/not received yet/);
  });

  it('reports each photo as received, with its size and how long it took', () => {
    const copy = report.photos.find((photo) => photo.file === fixtures.set.backAgain)!;
    expect([copy.width, copy.height]).toEqual([720, 960]);
    expect(report.photos.every((photo) => photo.readable && photo.format === 'jpeg' && photo.ms > 0)).toBe(true);
  });
});

describe('human output', () => {
  it('is a table naming the problems, the duplicate, the count and the request, without colours off a terminal', async () => {
    const { code, stdout, stderr } = await run(setFiles);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).not.toMatch(/\u001b\[/);
    expect(stdout).toMatch(/^#\s+File\s+Size\s+Suggested shot\s+Result$/m);
    expect(stdout).toContain(`same photo as ${fixtures.set.back}`);
    expect(stdout).toMatch(
      new RegExp(`${fixtures.set.leftDark.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s+768x1024\\s+left-side\\s+problem: too dark`),
    );
    expect(stdout).toContain('Checklist: 5 of 7 shots usable (6 received, 1 with a problem, 1 missing)');
    expect(stdout).toMatch(/^ {2}missing\s+\S/m);
    expect(stdout).toContain('Ask the customer for');
    expect(stdout).toContain('- Left side: please take it again.');
  });

  it('uses colours on a terminal, unless NO_COLOR is set', async () => {
    expect((await run([fixtures.set.frontLit], { tty: true })).stdout).toMatch(/\u001b\[32mok\u001b\[0m/);
    expect((await run([fixtures.set.frontLit], { tty: true, env: { NO_COLOR: '1' } })).stdout).not.toMatch(/\u001b\[/);
  });
});

describe('files that are not usable photos', () => {
  let report: PhotoSetReport;
  beforeAll(async () => {
    report = await runJson([...Object.values(fixtures.bad), fixtures.set.frontLit]);
  });

  it.each([
    ['pdf', 'not-an-image', /PDF document, not a photo/],
    ['corruptJpeg', 'damaged', /JPEG file is damaged/],
    ['truncatedPng', 'truncated', /incomplete.*PNG.*send the photo again/],
    ['fakeHeic', 'unsupported-format', /HEIC.*not supported.*JPEG/],
    ['onePixel', 'too-small-to-analyse', /only 1x1 pixels/],
    ['empty', 'empty', /empty \(0 bytes\)/],
    ['huge', 'too-many-pixels', /12000x10000 \(120 MP\), more than the 100 MP/],
    ['missing', 'missing', /not found/],
  ] as const)('%s is listed with the reason', (key, code, message) => {
    const photo = report.photos.find((entry) => entry.file === fixtures.bad[key])!;
    expect(photo).toMatchObject({ readable: false, usable: false, suggestedSlot: null, error: { code } });
    expect(photo.error!.message).toMatch(message);
  });

  it('still checks the readable photo among them', () => {
    const good = report.photos.at(-1)!;
    expect(good).toMatchObject({ file: fixtures.set.frontLit, readable: true, usable: true, suggestedSlot: 'screen-on' });
    expect(report.checklist).toMatchObject({ summary: '1 of 7', received: 1, missing: 6 });
  });

  it('lists every unreadable file with its reason in the human output', async () => {
    const { code, stdout } = await run([fixtures.bad.pdf, fixtures.bad.fakeHeic, fixtures.bad.missing]);
    expect(code).toBe(0);
    expect(stdout).toContain(`${fixtures.bad.pdf}: This is a PDF document, not a photo.`);
    expect(stdout).toContain(`${fixtures.bad.fakeHeic}: HEIC/HEIF photo`);
    expect(stdout).toContain(`${fixtures.bad.missing}: File not found.`);
    expect(stdout).toContain('Checklist: 0 of 7');
  });

  it('checks the first frame of an animated GIF and says so', async () => {
    const [gif] = (await runJson([fixtures.animatedGif])).photos;
    expect(gif).toMatchObject({ readable: true, format: 'gif', width: 40, height: 30 });
    expect(gif!.notes).toContain('animated GIF (3 frames): only the first frame was checked');
  });

  it('reports a sideways-stored photo at the size it is shown (EXIF orientation)', async () => {
    const [photo] = (await runJson([fixtures.rotatedJpeg])).photos;
    expect([photo!.width, photo!.height]).toEqual([600, 800]);
  });
});

describe('usage', () => {
  it('refuses an unknown category, listing the valid ones (exit 2)', async () => {
    const { code, stdout, stderr } = await run(['--category', 'phone', fixtures.set.frontLit]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('Unknown category "phone". Valid categories: smartphone, tablet, computer, smartwatch, other.');
  });

  it('checks against the category asked for', async () => {
    const report = await runJson(['--category', 'tablet', fixtures.set.frontLit]);
    expect(report.category).toBe('tablet');
    expect(report.checklist.shots.map((shot) => shot.label)).toEqual(categoryById('tablet').shots.map((shot) => shot.label));
  });

  it.each([
    ['no files', []],
    ['an unknown option', ['--colour', 'x.jpg']],
  ])('exits 2 with the usage on %s', async (_name, argv) => {
    const { code, stderr } = await run(argv);
    expect(code).toBe(2);
    expect(stderr).toContain('Usage: npm run photos --');
  });
});

describe('as a command', () => {
  it('prints one JSON object and exits 0, bad files included', () => {
    const child = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'scripts/photos.ts', '--json', fixtures.set.frontLit, fixtures.set.back, fixtures.bad.missing],
      { cwd: REPO_ROOT, encoding: 'utf8', timeout: 60_000 },
    );
    expect(child.stderr).toBe('');
    expect(child.status).toBe(0);
    const report = JSON.parse(child.stdout) as PhotoSetReport;
    expect(report.photos.map((photo) => [photo.file, photo.readable, photo.error?.code ?? null])).toEqual([
      [fixtures.set.frontLit, true, null],
      [fixtures.set.back, true, null],
      [fixtures.bad.missing, false, 'missing'],
    ]);
    expect(report.photos[0]!.suggestedSlot).toBe('screen-on');
    expect(report.checklist.total).toBe(7);
  }, 60_000);

  it('exits 2 on a usage error', () => {
    const child = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/photos.ts', '--category', 'phone', 'x.jpg'], {
      cwd: REPO_ROOT,
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(child.status).toBe(2);
    expect(child.stderr).toContain('Valid categories: smartphone, tablet');
  }, 60_000);
});
