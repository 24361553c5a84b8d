import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createCanvas, loadImage } from '@napi-rs/canvas';
import { phonePhotoJpeg, seededRandom, type PhonePhotoOptions } from '@/scripts/bench/lib/fixtures';

/**
 * Files a customer might send, written to a temp folder: a smartphone set with the usual mistakes, and files that
 * are not usable photos at all. Small (768x1024) so the tests stay quick; the checks judge the ~512 px copy anyway.
 */

export interface CliFixtures {
  dir: string;
  /** The photo set in conversation order (index = order sent). */
  set: {
    frontLit: string;
    frontDark: string;
    back: string;
    /** 03-back again, re-encoded smaller at a lower quality (forwarded through a messenger). */
    backAgain: string;
    /** The left side, at a third of a normal exposure. */
    leftDark: string;
    right: string;
    bottom: string;
  };
  bad: {
    pdf: string;
    corruptJpeg: string;
    truncatedPng: string;
    fakeHeic: string;
    onePixel: string;
    empty: string;
    huge: string;
    missing: string;
  };
  animatedGif: string;
  /** An 800x600 JPEG stored sideways with EXIF orientation 6 (shown as 600x800). */
  rotatedJpeg: string;
  cleanup(): void;
}

const photo = (options: Omit<PhonePhotoOptions, 'width' | 'height'>) => phonePhotoJpeg({ width: 768, height: 1024, ...options }, 90);

/** A GIF of solid frames, written by hand (no GIF encoder in Skia): uncompressed LZW, a clear code every 2 pixels. */
export function animatedGif(width: number, height: number, frameColours: readonly (readonly [number, number, number])[]): Buffer {
  const bytes: number[] = [];
  const push = (...values: number[]) => bytes.push(...values);
  const u16 = (value: number) => push(value & 0xff, value >> 8);
  push(...Buffer.from('GIF89a'));
  u16(width);
  u16(height);
  push(0x81, 0, 0); // global colour table of 4 entries
  const palette = [...frameColours.slice(0, 4)];
  while (palette.length < 4) palette.push([0, 0, 0]);
  for (const [r, g, b] of palette) push(r, g, b);
  push(0x21, 0xff, 11, ...Buffer.from('NETSCAPE2.0'), 3, 1, 0, 0, 0); // loop forever
  frameColours.slice(0, 4).forEach((_, index) => {
    push(0x21, 0xf9, 4, 0, 10, 0, 0, 0); // 100 ms per frame
    push(0x2c);
    u16(0);
    u16(0);
    u16(width);
    u16(height);
    push(0);
    push(2); // LZW minimum code size: codes are 3 bits wide, clear = 4, end = 5
    let bitBuffer = 0;
    let bitCount = 0;
    const data: number[] = [];
    const emit = (code: number) => {
      bitBuffer |= code << bitCount;
      bitCount += 3;
      while (bitCount >= 8) {
        data.push(bitBuffer & 0xff);
        bitBuffer >>= 8;
        bitCount -= 8;
      }
    };
    for (let pixel = 0; pixel < width * height; pixel++) {
      if (pixel % 2 === 0) emit(4);
      emit(index);
    }
    emit(5);
    if (bitCount > 0) data.push(bitBuffer & 0xff);
    for (let at = 0; at < data.length; at += 255) {
      const block = data.slice(at, at + 255);
      push(block.length, ...block);
    }
    push(0);
  });
  push(0x3b);
  return Buffer.from(bytes);
}

/** Inserts an EXIF block with only an orientation tag right after the JPEG's start marker. */
export function withExifOrientation(jpeg: Buffer, orientation: number): Buffer {
  const tiff = Buffer.from([0x49, 0x49, 0x2a, 0, 8, 0, 0, 0, 1, 0, 0x12, 0x01, 3, 0, 1, 0, 0, 0, orientation, 0, 0, 0, 0, 0, 0, 0]);
  const payload = Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), tiff]);
  const length = payload.length + 2;
  return Buffer.concat([jpeg.subarray(0, 2), Buffer.from([0xff, 0xe1, length >> 8, length & 0xff]), payload, jpeg.subarray(2)]);
}

/** A PNG whose header claims this size, and nothing else: enough to test refusing before decoding. */
function pngHeaderOnly(width: number, height: number): Buffer {
  const header = Buffer.alloc(8 + 25 + 12);
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(header, 0);
  header.writeUInt32BE(13, 8);
  header.write('IHDR', 12, 'latin1');
  header.writeUInt32BE(width, 16);
  header.writeUInt32BE(height, 20);
  header.set([8, 6, 0, 0, 0], 24);
  header.writeUInt32BE(0, 33);
  header.write('IEND', 37, 'latin1');
  return header;
}

export async function writeCliFixtures(): Promise<CliFixtures> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'returndesk-photos-cli-'));
  const file = (name: string) => path.join(dir, name);
  const write = (name: string, bytes: Uint8Array | string) => {
    fs.writeFileSync(file(name), bytes);
    return file(name);
  };

  const backBytes = await photo({ view: 'back', seed: 3 });
  const forwarded = createCanvas(720, 960);
  forwarded.getContext('2d').drawImage(await loadImage(backBytes), 0, 0, 720, 960);
  const set = {
    frontLit: write('01-front-lit.jpg', await photo({ view: 'screen-on', seed: 1 })),
    frontDark: write('02-front-dark.jpg', await photo({ view: 'screen-off', seed: 2 })),
    back: write('03-back.jpg', backBytes),
    backAgain: write('04-back-again.jpg', await forwarded.encode('jpeg', 55)),
    leftDark: write('05-left.jpg', await photo({ view: 'side', seed: 5, exposure: 0.3 })),
    right: write('06-right.jpg', await photo({ view: 'side', seed: 6 })),
    bottom: write('07-bottom.jpg', await photo({ view: 'side', seed: 7 })),
  };

  const random = seededRandom(99);
  const garbage = Buffer.from(Array.from({ length: 4000 }, () => Math.floor(random() * 256)));
  const pngPhoto = createCanvas(800, 600);
  pngPhoto.getContext('2d').drawImage(await loadImage(backBytes), 0, 0, 800, 600);
  const pngBytes = pngPhoto.toBuffer('image/png');
  const onePixel = createCanvas(1, 1);
  onePixel.getContext('2d').fillRect(0, 0, 1, 1);
  const sideways = createCanvas(800, 600);
  sideways.getContext('2d').drawImage(await loadImage(backBytes), 0, 0, 800, 600);

  const bad = {
    pdf: write('statement.pdf', '%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n'),
    // A real JPEG's start (SOI and JFIF header) followed by noise: what a damaged download looks like.
    corruptJpeg: write('broken.jpg', Buffer.concat([backBytes.subarray(0, 20), garbage])),
    truncatedPng: write('cut.png', pngBytes.subarray(0, Math.floor(pngBytes.length * 0.4))),
    fakeHeic: write(
      'IMG_0001.heic',
      Buffer.concat([Buffer.from([0, 0, 0, 0x18]), Buffer.from('ftypheic\0\0\0\0mif1heic', 'latin1'), garbage]),
    ),
    onePixel: write('pixel.png', onePixel.toBuffer('image/png')),
    empty: write('empty.jpg', new Uint8Array(0)),
    huge: write('huge.png', pngHeaderOnly(12000, 10000)),
    missing: file('not-there.jpg'),
  };
  return {
    dir,
    set,
    bad,
    animatedGif: write(
      'animated.gif',
      animatedGif(40, 30, [
        [220, 40, 40],
        [40, 40, 220],
        [40, 200, 40],
      ]),
    ),
    rotatedJpeg: write('sideways.jpg', withExifOrientation(await sideways.encode('jpeg', 90), 6)),
    cleanup: () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}
