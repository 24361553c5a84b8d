/**
 * The text detector that decides which images go to OCR (utils/ocr/text-detector.ts), in Node: how many images that
 * hold text pass it (every one must: a skipped label is a lost number) and how many camera photos of devices it
 * keeps away from tesseract, on the generated OCR corpus, the demo platform's images, the scale conversation's
 * 150 photos and ../shared/realdata when present (real screenshots and labels no one here made). Also its time per
 * image on the ~1000 px grey copy (decoding not included: the browser's scaled decode is in photos-browser).
 */
import fs from 'node:fs';
import path from 'node:path';
import { defineBenchmark, type BenchRow } from './lib/define';
import { msRow } from './lib/browser';
import { detectText, TEXT_DETECTOR_LONG_SIDE } from '../../utils/ocr/text-detector';
import { textDetectorInput } from '../lib/text-detector-input';

interface Group {
  name: string;
  files: string[];
  holdsText: boolean;
}

const images = (dir: string, pattern: RegExp) =>
  fs.existsSync(dir)
    ? fs
        .readdirSync(dir)
        .filter((name) => pattern.test(name))
        .sort()
        .map((name) => path.join(dir, name))
    : [];

export default defineBenchmark({
  id: 'text-detector',
  title: 'Text detector before OCR (Node): what goes to tesseract',
  async run({ repoRoot, quick, log }) {
    const { generateCorpus, CORPUS_DIR } = await import('../ocr-corpus/generate');
    const { ATTACHMENT_SPECS } = await import('../demo-platform/attachments');
    const { ensureDemoAttachments } = await import('../demo-platform/images');
    const { ensureScaleAttachments } = await import('../demo-platform/scale-images');
    const demo = await ensureDemoAttachments();
    const demoFiles = (kinds: readonly string[]) =>
      ATTACHMENT_SPECS.filter((spec) => kinds.includes(spec.kind)).map((spec) => path.join(demo, spec.file));
    const scale = images(path.join(await ensureScaleAttachments(), '104821300'), /^IMG_\d+\.jpg$/);
    const groups: Group[] = [
      {
        name: 'generated OCR corpus (screens and labels, 7 variants)',
        files: (await generateCorpus()).map((entry) => path.resolve(CORPUS_DIR, entry.file)),
        holdsText: true,
      },
      {
        name: 'demo screenshots and labels',
        files: demoFiles(['about-phone-screenshot', 'imei-dialog-screenshot', 'dhl-express-label', 'ups-label-photo']),
        holdsText: true,
      },
      {
        name: '../shared/realdata (real screens and labels)',
        files: images(path.resolve(repoRoot, '../shared/realdata'), /\.(png|jpe?g)$/i),
        holdsText: true,
      },
      { name: 'demo camera photos of devices', files: demoFiles(['device-photo', 'device-photo-copy']), holdsText: false },
      { name: 'scale conversation camera photos', files: quick ? scale.slice(0, 30) : scale, holdsText: false },
    ];
    const rows: BenchRow[] = [];
    const times: number[] = [];
    for (const group of groups) {
      if (group.files.length === 0) {
        log(`${group.name}: none here`);
        continue;
      }
      const wrong: string[] = [];
      for (const file of group.files) {
        const gray = await textDetectorInput(file);
        const started = performance.now();
        const detection = detectText(gray);
        times.push(performance.now() - started);
        if (detection.holdsText !== group.holdsText) wrong.push(`${path.basename(file)} (${detection.textMarks} marks)`);
      }
      const right = group.files.length - wrong.length;
      log(
        `${group.name}: ${right}/${group.files.length} ${group.holdsText ? 'go to OCR' : 'kept from OCR'}${wrong.length ? `; wrong: ${wrong.join(', ')}` : ''}`,
      );
      rows.push({
        case: `${group.name}: ${group.holdsText ? 'sent to OCR' : 'kept from OCR'}`,
        n: group.files.length,
        // Images judged wrongly; the target is none (no ratio: the notes say how many were right).
        median: wrong.length,
        p90: null,
        unit: 'images',
        target: null,
        notes: `${right} of ${group.files.length}${wrong.length ? `; wrong: ${wrong.slice(0, 5).join(', ')}` : ''}`,
      });
    }
    rows.push(msRow(`detector time per image (~${TEXT_DETECTOR_LONG_SIDE} px grey, decode not included)`, times, null));
    return rows;
  },
});
