/**
 * Generated OCR corpus: About-phone screenshots (light and dark), *#06# dialogs (two IMEIs and an EID), phone box
 * labels with barcodes (IMEI + EAN + serial) and DHL Express labels with distractor numbers, each clean and
 * "photographed" (rotated a few degrees, rotated 90, blurred, JPEG quality 40, low contrast, downscaled).
 * Deterministic (seeded); written to .cache/ocr-corpus with truth.json. Check digits come from utils/identifiers.
 *
 *   npx tsx scripts/ocr-corpus/generate.ts [--force]
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createCanvas, loadImage, type Canvas, type SKRSContext2D } from '@napi-rs/canvas';
import bwipjs from 'bwip-js/node';
import { luhnCheckDigit } from '../../utils/identifiers/luhn';
import { getIdentifierRule } from '../../utils/identifiers/registry';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const CORPUS_DIR = path.join(repoRoot, '.cache', 'ocr-corpus');
/** Bump when the drawings change. */
export const CORPUS_VERSION = 2;

export type BaseKind = 'about-light' | 'about-dark' | 'star06' | 'box-label' | 'dhl-label';
export type Variant = 'clean' | 'rotated' | 'rotated90' | 'blurred' | 'jpeg40' | 'low-contrast' | 'small';
export const VARIANTS: readonly Variant[] = ['clean', 'rotated', 'rotated90', 'blurred', 'jpeg40', 'low-contrast', 'small'];

export interface CorpusEntry {
  file: string;
  kind: BaseKind;
  variant: Variant;
  /** Must be found, valid. */
  expected: { kind: 'imei' | 'dhl-express'; value: string; label?: string }[];
  /** Printed on the image; must never be reported as a valid IMEI or waybill. */
  distractors: string[];
}

function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const digits = (random: () => number, count: number) => Array.from({ length: count }, () => Math.floor(random() * 10)).join('');

function imei(random: () => number): string {
  const body = `35${digits(random, 12)}`;
  return `${body}${luhnCheckDigit(body)}`;
}

function invalidImei(valid: string): string {
  return valid.slice(0, 14) + String((Number(valid[14]) + 3) % 10);
}

function waybill(random: () => number): string {
  const first = `${1 + Math.floor(random() * 9)}${digits(random, 8)}`;
  return first + String(Number(first) % 7);
}

function eid(random: () => number): string {
  const first = `89049032${digits(random, 22)}`;
  let remainder = 0;
  for (const char of `${first}00`) remainder = (remainder * 10 + Number(char)) % 97;
  return first + String(98 - remainder).padStart(2, '0');
}

const spaced = (value: string, sizes: number[]) => {
  const out: string[] = [];
  let offset = 0;
  for (const size of sizes) {
    out.push(value.slice(offset, offset + size));
    offset += size;
  }
  return out.join(' ');
};

function font(ctx: SKRSContext2D, size: number, weight = 'normal', family = 'DejaVu Sans') {
  ctx.font = `${weight} ${size}px "${family}"`;
}

async function barcode(bcid: string, text: string, options: Record<string, unknown> = {}) {
  return loadImage(await bwipjs.toBuffer({ bcid, text, scale: 3, height: 12, ...options }));
}

function aboutPhone(random: () => number, dark: boolean): { canvas: Canvas; entry: Omit<CorpusEntry, 'file' | 'variant'> } {
  const canvas = createCanvas(1080, 2400);
  const ctx = canvas.getContext('2d');
  const fg = dark ? '#e8e8e8' : '#1c1b1f';
  const sub = dark ? '#a8a8a8' : '#49454f';
  ctx.fillStyle = dark ? '#121212' : '#fffbfe';
  ctx.fillRect(0, 0, 1080, 2400);
  ctx.fillStyle = fg;
  font(ctx, 36);
  ctx.fillText('10:42', 60, 78);
  font(ctx, 80);
  ctx.fillText('About phone', 60, 330);
  const first = imei(random);
  const second = imei(random);
  const serial = `R58${digits(random, 5)}XK${digits(random, 2)}`;
  const phone = `+33 6 ${digits(random, 2)} ${digits(random, 2)} ${digits(random, 2)} ${digits(random, 2)}`;
  const rows: [string, string][] = [
    ['Device name', 'Galaxy S21'],
    ['Phone number', phone],
    ['Model name', 'Galaxy S21 5G'],
    ['Model number', 'SM-G991B/DS'],
    ['Serial number', serial],
    ['IMEI (SIM slot 1)', first],
    ['IMEI (SIM slot 2)', second],
    ['Android version', '14'],
  ];
  let y = 480;
  for (const [label, value] of rows) {
    ctx.fillStyle = fg;
    font(ctx, 46);
    ctx.fillText(label, 60, y);
    ctx.fillStyle = sub;
    font(ctx, 40);
    ctx.fillText(value, 60, y + 60);
    y += 180;
  }
  return {
    canvas,
    entry: {
      kind: dark ? 'about-dark' : 'about-light',
      expected: [
        { kind: 'imei', value: first, label: 'IMEI 1' },
        { kind: 'imei', value: second, label: 'IMEI 2' },
      ],
      distractors: [phone.replace(/\D/g, '')],
    },
  };
}

function star06(random: () => number, dark: boolean): { canvas: Canvas; entry: Omit<CorpusEntry, 'file' | 'variant'> } {
  const canvas = createCanvas(1170, 2532);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = dark ? '#000000' : '#8e8e93';
  ctx.fillRect(0, 0, 1170, 2532);
  ctx.fillStyle = dark ? '#2c2c2e' : '#f2f2f7';
  ctx.fillRect(120, 800, 930, 760);
  ctx.fillStyle = dark ? '#ffffff' : '#000000';
  const first = imei(random);
  const second = imei(random);
  const chip = eid(random);
  font(ctx, 52, 'bold');
  ctx.fillText('Device Info', 420, 900);
  font(ctx, 42);
  ctx.fillText(`IMEI ${spaced(first, [2, 6, 6, 1])}`, 170, 1020);
  ctx.fillText(`IMEI2 ${spaced(second, [2, 6, 6, 1])}`, 170, 1100);
  font(ctx, 38);
  ctx.fillText('EID', 170, 1200);
  ctx.fillText(chip, 170, 1260);
  font(ctx, 46);
  ctx.fillStyle = '#0a84ff';
  ctx.fillText('OK', 555, 1480);
  return {
    canvas,
    entry: {
      kind: 'star06',
      expected: [
        { kind: 'imei', value: first, label: 'IMEI 1' },
        { kind: 'imei', value: second, label: 'IMEI 2' },
      ],
      distractors: [chip],
    },
  };
}

async function boxLabel(random: () => number): Promise<{ canvas: Canvas; entry: Omit<CorpusEntry, 'file' | 'variant'> }> {
  const canvas = createCanvas(1400, 1000);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, 1400, 900);
  ctx.fillStyle = '#000000';
  const first = imei(random);
  const ean = digits(random, 12);
  const serial = `F2L${digits(random, 4)}Q${digits(random, 4)}`;
  font(ctx, 44, 'bold');
  ctx.fillText('iPhone 13 128GB Midnight', 60, 90);
  font(ctx, 34);
  let y = 130;
  for (const [label, symbol, value, text] of [
    ['(S) Serial No.', 'code128', serial, serial],
    ['IMEI', 'code128', first, first],
    ['EAN', 'ean13', ean, ''],
  ] as const) {
    const bars = await barcode(symbol, value, symbol === 'ean13' ? { includetext: true } : {});
    ctx.fillText(label, 60, y + 50);
    ctx.drawImage(bars, 340, y);
    if (text) ctx.fillText(text, 340, y + bars.height + 40);
    y += bars.height + 90;
  }
  font(ctx, 30);
  ctx.fillText(`Part No. MLPF3ZD/A   Made in China`, 60, 940);
  return {
    canvas,
    entry: { kind: 'box-label', expected: [{ kind: 'imei', value: first }], distractors: [invalidImei(first)] },
  };
}

async function dhlLabel(random: () => number): Promise<{ canvas: Canvas; entry: Omit<CorpusEntry, 'file' | 'variant'> }> {
  const canvas = createCanvas(1200, 1800);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, 1200, 1800);
  ctx.fillStyle = '#000000';
  const bill = waybill(random);
  const account = digits(random, 9);
  const shipperRef = waybill(random);
  const piece = `JD01460000${digits(random, 10)}`;
  font(ctx, 64, 'bold', 'Liberation Sans');
  ctx.fillText('DHL', 60, 110);
  font(ctx, 44, 'bold', 'Liberation Sans');
  ctx.fillText('EXPRESS WORLDWIDE', 300, 100);
  font(ctx, 34, 'normal', 'Liberation Sans');
  ctx.fillText('From: Camille Martin, 12 rue des Lilas, 69003 Lyon', 60, 220);
  ctx.fillText('To: Refurb Returns Ltd, Unit 4, Birmingham B8 1BL', 60, 280);
  ctx.fillText(`Acct No: ${account}     Tel +44 20 7946 0321`, 60, 380);
  ctx.fillText(`Shipper ref: ${shipperRef}`, 60, 440);
  ctx.fillRect(0, 500, 1200, 6);
  font(ctx, 48, 'bold', 'Liberation Sans');
  ctx.fillText(`WAYBILL ${spaced(bill, [2, 4, 4])}`, 60, 600);
  ctx.drawImage(await barcode('code128', bill, { scale: 4, height: 20 }), 100, 660);
  ctx.fillRect(0, 1000, 1200, 6);
  font(ctx, 34, 'normal', 'Liberation Sans');
  ctx.fillText(`Piece ID: (J)${piece}`, 60, 1100);
  ctx.drawImage(await barcode('code128', piece, { scale: 3, height: 15 }), 100, 1150);
  return {
    canvas,
    entry: {
      kind: 'dhl-label',
      expected: [{ kind: 'dhl-express', value: bill, label: 'Waybill' }],
      distractors: [shipperRef, account, piece],
    },
  };
}

async function photograph(source: Canvas, variant: Variant, random: () => number): Promise<Buffer> {
  const { width, height } = source;
  if (variant === 'clean') return source.encode('png');
  if (variant === 'jpeg40') return source.encode('jpeg', 40);
  if (variant === 'small') {
    const small = createCanvas(Math.round(width * 0.45), Math.round(height * 0.45));
    const ctx = small.getContext('2d');
    ctx.imageSmoothingQuality = 'high';
    ctx.drawImage(source, 0, 0, small.width, small.height);
    return small.encode('jpeg', 85);
  }
  if (variant === 'blurred' || variant === 'low-contrast') {
    const out = createCanvas(width, height);
    const ctx = out.getContext('2d');
    if (variant === 'blurred') ctx.filter = 'blur(2px)';
    ctx.drawImage(source, 0, 0);
    ctx.filter = 'none';
    if (variant === 'low-contrast') {
      ctx.fillStyle = 'rgba(150,150,150,0.62)';
      ctx.fillRect(0, 0, width, height);
    }
    return out.encode('jpeg', 85);
  }
  const degrees =
    variant === 'rotated90' ? (random() < 0.5 ? 90 : -90) + (random() - 0.5) * 4 : (random() < 0.5 ? -1 : 1) * (3 + random() * 5);
  const radians = (degrees * Math.PI) / 180;
  const outWidth = Math.ceil(Math.abs(width * Math.cos(radians)) + Math.abs(height * Math.sin(radians))) + 80;
  const outHeight = Math.ceil(Math.abs(width * Math.sin(radians)) + Math.abs(height * Math.cos(radians))) + 80;
  const out = createCanvas(outWidth, outHeight);
  const ctx = out.getContext('2d');
  ctx.fillStyle = '#8a7f72';
  ctx.fillRect(0, 0, outWidth, outHeight);
  ctx.translate(outWidth / 2, outHeight / 2);
  ctx.rotate(radians);
  ctx.drawImage(source, -width / 2, -height / 2);
  return out.encode('jpeg', 80);
}

export async function generateCorpus(force = false): Promise<CorpusEntry[]> {
  const truthFile = path.join(CORPUS_DIR, 'truth.json');
  if (!force && fs.existsSync(truthFile)) {
    const stored = JSON.parse(fs.readFileSync(truthFile, 'utf8')) as { version: number; entries: CorpusEntry[] };
    if (stored.version === CORPUS_VERSION) return stored.entries;
  }
  fs.mkdirSync(CORPUS_DIR, { recursive: true });
  const entries: CorpusEntry[] = [];
  const random = seeded(20261122);
  const bases: (() => Promise<{ canvas: Canvas; entry: Omit<CorpusEntry, 'file' | 'variant'> }>)[] = [
    async () => aboutPhone(random, false),
    async () => aboutPhone(random, false),
    async () => aboutPhone(random, true),
    async () => aboutPhone(random, true),
    async () => star06(random, false),
    async () => star06(random, true),
    () => boxLabel(random),
    () => boxLabel(random),
    () => dhlLabel(random),
    () => dhlLabel(random),
  ];
  for (const [index, make] of bases.entries()) {
    const { canvas, entry } = await make();
    for (const expected of entry.expected)
      if (!getIdentifierRule(expected.kind).validate(expected.value)) throw new Error(`bad truth ${expected.value}`);
    for (const variant of VARIANTS) {
      const bytes = await photograph(canvas, variant, random);
      const file = `${entry.kind}-${index}-${variant}.${variant === 'clean' ? 'png' : 'jpg'}`;
      fs.writeFileSync(path.join(CORPUS_DIR, file), bytes);
      entries.push({ ...entry, file, variant });
    }
  }
  fs.writeFileSync(truthFile, JSON.stringify({ version: CORPUS_VERSION, entries }, null, 2));
  return entries;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const started = performance.now();
  void generateCorpus(process.argv.includes('--force')).then((entries) => {
    process.stdout.write(
      `${entries.length} images in ${path.relative(repoRoot, CORPUS_DIR)} (${Math.round(performance.now() - started)} ms)\n`,
    );
  });
}
