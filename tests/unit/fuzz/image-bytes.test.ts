// @vitest-environment node
import { createCanvas } from '@napi-rs/canvas';
import { beforeAll, describe, expect, it } from 'vitest';
import { decodePhotoBytes } from '@/scripts/lib/node-image';
import { analysePixels, photoCheckSchema, photoFailureCodes } from '@/utils/photos/analysis';
import { checkBeforeDecode } from '@/utils/photos/image-sniff';
import { readNumbers, type NumbersEngines } from '@/utils/ocr/pipeline';
import { OCR_DECODE_LONG_SIDE } from '@/utils/ocr/limits';
import { numberReadingSchema } from '@/utils/ocr/worker-protocol';
import { drawDeskScene, encodeJpeg } from '../photos/canvas';
import { animatedGif } from '../cli/fixtures';
import { forEachCase, type Random } from './prng';

/**
 * Random, cut-off and corrupted image bytes into the photo check and the numbers reader, through the entry points
 * Node uses (scripts/lib/node-image.ts decodes as the CLI does; the panel's workers run the same sniffer and
 * analysis on the browser's decode). Every input ends in a checked photo or a worded failure with a known code:
 * no throw, no hang (the test timeout), no decode of more pixels than allowed.
 *
 * The pixel limit is lowered to 4 MP here so a mutated header cannot make one case decode 100 MP; the real limit
 * has its own tests (huge-declared-size.test.ts).
 */

const FUZZ_MAX_PIXELS = 4_000_000;
let seeds: { name: string; bytes: Uint8Array }[];

beforeAll(async () => {
  const scene = drawDeskScene(320, 240);
  const png = createCanvas(320, 240);
  png.getContext('2d').putImageData(Object.assign(png.getContext('2d').createImageData(320, 240), {}), 0, 0);
  const sceneCanvas = createCanvas(320, 240);
  const context = sceneCanvas.getContext('2d');
  const data = context.createImageData(320, 240);
  data.data.set(scene.data);
  context.putImageData(data, 0, 0);
  seeds = [
    { name: 'jpeg', bytes: new Uint8Array(await encodeJpeg(scene, 85)) },
    { name: 'png', bytes: new Uint8Array(sceneCanvas.toBuffer('image/png')) },
    { name: 'webp', bytes: new Uint8Array(await sceneCanvas.encode('webp', 80)) },
    {
      name: 'gif',
      bytes: new Uint8Array(
        animatedGif(48, 32, [
          [200, 30, 30],
          [30, 200, 30],
        ]),
      ),
    },
  ];
});

const u32be = (bytes: Uint8Array, at: number, value: number) => {
  bytes[at] = value >>> 24;
  bytes[at + 1] = (value >>> 16) & 0xff;
  bytes[at + 2] = (value >>> 8) & 0xff;
  bytes[at + 3] = value & 0xff;
};

/** Where the pixel size sits in each seed's header, to forge sizes. */
function forgeSize(bytes: Uint8Array, name: string, random: Random): string {
  const width = random.pick([0, 1, 15, 16, 4000, 65535, random.int(0, 0xffff), random.int(0, 0x7fffffff)]);
  const height = random.pick([0, 1, 15, 16, 3000, 65535, random.int(0, 0xffff), random.int(0, 0x7fffffff)]);
  if (name === 'png') {
    u32be(bytes, 16, width);
    u32be(bytes, 20, height);
  } else if (name === 'jpeg') {
    for (let i = 2; i + 9 < bytes.length;) {
      const marker = bytes[i + 1]!;
      if (marker >= 0xc0 && marker <= 0xc3) {
        bytes[i + 5] = (height >> 8) & 0xff;
        bytes[i + 6] = height & 0xff;
        bytes[i + 7] = (width >> 8) & 0xff;
        bytes[i + 8] = width & 0xff;
        break;
      }
      i += 2 + ((bytes[i + 2]! << 8) | bytes[i + 3]!);
    }
  } else if (name === 'gif') {
    bytes[6] = width & 0xff;
    bytes[7] = (width >> 8) & 0xff;
    bytes[8] = height & 0xff;
    bytes[9] = (height >> 8) & 0xff;
  } else {
    return 'nothing';
  }
  return `size ${width}x${height}`;
}

/** One random way to spoil a file; returns the new bytes and what was done. */
function spoil(seed: { name: string; bytes: Uint8Array }, random: Random): { bytes: Uint8Array; how: string } {
  const bytes = seed.bytes.slice();
  switch (random.int(0, 6)) {
    case 0: {
      const length = random.int(0, bytes.length - 1);
      return { bytes: bytes.subarray(0, length), how: `cut to ${length} bytes` };
    }
    case 1: {
      const flips = random.int(1, 20);
      for (let i = 0; i < flips; i++) {
        const at = random.int(0, bytes.length - 1);
        bytes[at] = bytes[at]! ^ (1 << random.int(0, 7));
      }
      return { bytes, how: `${flips} bits flipped` };
    }
    case 2: {
      const start = random.int(0, bytes.length - 1);
      const garbage = random.bytes(random.int(1, 512));
      bytes.set(garbage.subarray(0, bytes.length - start), start);
      return { bytes, how: `${garbage.length} random bytes at ${start}` };
    }
    case 3: {
      const at = random.int(0, bytes.length);
      const inserted = random.bytes(random.int(1, 64));
      return {
        bytes: new Uint8Array([...bytes.subarray(0, at), ...inserted, ...bytes.subarray(at)]),
        how: `${inserted.length} bytes inserted at ${at}`,
      };
    }
    case 4: {
      const head = bytes.subarray(0, random.int(0, 24));
      return { bytes: new Uint8Array([...head, ...random.bytes(random.int(0, 4096))]), how: `${head.length} header bytes then garbage` };
    }
    case 5:
      return { bytes, how: forgeSize(bytes, seed.name, random) };
    default: {
      const start = random.int(0, bytes.length - 1);
      const length = random.int(1, Math.min(256, bytes.length - start));
      return {
        bytes: new Uint8Array([...bytes.subarray(0, start + length), ...bytes.subarray(start)]),
        how: `${length} bytes repeated at ${start}`,
      };
    }
  }
}

const FAILURE_CODES = new Set<string>([...photoFailureCodes, 'missing', 'not-a-file', 'unreadable']);

describe('fuzz: image bytes into the photo check', () => {
  it('sniffs any bytes without throwing, and refuses or plans a decode within the limit', async () => {
    await forEachCase('sniff', 1500, (random) => {
      const seed = random.pick(seeds);
      const { bytes, how } = random.bool(0.1) ? { bytes: random.bytes(random.int(0, 2048)), how: 'garbage' } : spoil(seed, random);
      const plan = checkBeforeDecode(bytes, { maxPixels: FUZZ_MAX_PIXELS });
      if (plan.ok) {
        const { width, height } = plan.image;
        if (width !== null && height !== null) expect(width * height, `${seed.name}: ${how}`).toBeLessThanOrEqual(FUZZ_MAX_PIXELS);
      } else {
        expect(plan.rejection.message.length).toBeGreaterThan(10);
      }
    });
  });

  it('decodes and checks, or says why not, for every spoiled file', async () => {
    const outcomes: Record<string, number> = {};
    await forEachCase('decode', 220, async (random) => {
      const seed = random.pick(seeds);
      const { bytes, how } = spoil(seed, random);
      const result = await decodePhotoBytes(bytes, { maxPixels: FUZZ_MAX_PIXELS });
      if (!result.ok) {
        expect(FAILURE_CODES.has(result.failure.code), `${seed.name}: ${how}: ${result.failure.code}`).toBe(true);
        expect(result.failure.message.length).toBeGreaterThan(10);
        outcomes[result.failure.code] = (outcomes[result.failure.code] ?? 0) + 1;
        return;
      }
      const { image, original, notes } = result.photo;
      expect(original.width * original.height, `${seed.name}: ${how}`).toBeLessThanOrEqual(FUZZ_MAX_PIXELS);
      expect(image.data.length).toBe(image.width * image.height * 4);
      const check = { ...analysePixels(image, original, notes), ms: 1 };
      const parsed = photoCheckSchema.safeParse(check);
      expect(parsed.success, `${seed.name}: ${how}: ${parsed.error?.message}`).toBe(true);
      outcomes.checked = (outcomes.checked ?? 0) + 1;
    });
    // Both roads were taken: the fuzz reached the decoder and the analysis, not only the refusals.
    expect(outcomes.checked ?? 0, JSON.stringify(outcomes)).toBeGreaterThan(20);
    expect(Object.keys(outcomes).length, JSON.stringify(outcomes)).toBeGreaterThan(3);
  }, 60_000);
});

/** Engines that answer with random barcodes and words: the reader's own logic on garbage, without tesseract. */
function randomEngines(random: Random): NumbersEngines {
  const text = () =>
    random.pick([
      random.string(random.int(0, 40)),
      random.string(random.int(1, 30), '0123456789 OoIlSB|-'),
      random.pick(['IMEI', 'IMEI 2:', 'WAYBILL', 'Tracking #', '1Z', 'EID', 'MEID', 'S/N', '+44']),
      '356938035643809',
      '1Z999AA10123456784',
      random.string(random.int(100, 3000), '0123456789 \n'),
    ]);
  const box = () => ({ x: random.int(-50, 500), y: random.int(-50, 500), width: random.int(-10, 400), height: random.int(-10, 200) });
  return {
    async readBarcodes() {
      return Array.from({ length: random.int(0, 3) }, () => ({
        text: text(),
        format: random.pick(['Code128', 'QRCode', '']),
        box: random.bool(0.8) ? box() : null,
      }));
    },
    async recognize() {
      return Array.from({ length: random.int(0, 40) }, () => ({ text: text(), confidence: random.int(-5, 105), box: box() }));
    },
  };
}

describe('fuzz: image bytes into the numbers reader', () => {
  it('reads numbers or says why not, for every spoiled file, with valid readings', async () => {
    let read = 0;
    await forEachCase('numbers', 40, async (random) => {
      const seed = random.pick(seeds);
      const { bytes, how } = random.bool(0.3) ? { bytes: seed.bytes, how: 'intact' } : spoil(seed, random);
      const decoded = await decodePhotoBytes(bytes, { longSide: OCR_DECODE_LONG_SIDE, maxPixels: FUZZ_MAX_PIXELS });
      if (!decoded.ok) {
        expect(FAILURE_CODES.has(decoded.failure.code)).toBe(true);
        return;
      }
      const result = await readNumbers(decoded.photo.image, randomEngines(random), { crops: random.bool() });
      for (const reading of result.readings) {
        const { crop: _crop, ...stored } = reading;
        const parsed = numberReadingSchema.safeParse(stored);
        expect(parsed.success, `${seed.name}: ${how}: ${JSON.stringify(stored)} ${parsed.error?.message}`).toBe(true);
      }
      read++;
    });
    expect(read).toBeGreaterThan(10);
  }, 60_000);
});
