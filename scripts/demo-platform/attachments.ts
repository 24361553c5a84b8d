/**
 * Every file the demo conversations attach, as data: what each picture shows. `images.ts` draws them; the
 * conversation JSON links them as `/attachments/<file>`; `data/index.ts` gives this ground truth to tests.
 * File names are what phones really upload (IMG_xxxx), so nothing can be learnt from the name alone.
 */

export type DeviceKind = 'smartphone' | 'tablet' | 'laptop' | 'smartwatch' | 'console' | 'earbuds';
/** The seven shots of a return photo set; consoles and earbuds have no screen, so `front` stands for it. */
export type DeviceView = 'screen-on' | 'screen-off' | 'back' | 'left' | 'right' | 'top' | 'bottom' | 'front';

interface SpecBase {
  /** Path under the attachments folder, `<folder id>/<file name>`. */
  file: string;
}

export type AttachmentSpec =
  | (SpecBase & {
      kind: 'device-photo';
      device: DeviceKind;
      view: DeviceView;
      /** Body colour of the device. */
      colour: string;
      surface: 'wood' | 'fabric' | 'desk';
      seed: number;
      /** Taken in a dark room: mean luminance far below anything usable. */
      tooDark?: boolean;
    })
  | (SpecBase & {
      /** The same photo sent again: decoded, resized and re-encoded at another quality. */
      kind: 'device-photo-copy';
      sourceFile: string;
      width: number;
      quality: number;
    })
  | (SpecBase & { kind: 'about-phone-screenshot' })
  | (SpecBase & { kind: 'imei-dialog-screenshot' })
  | (SpecBase & { kind: 'dhl-express-label'; photographed: boolean; folderId: string })
  | (SpecBase & { kind: 'ups-label-photo' })
  /** Not a photo: a small PDF, as customers attach invoices. */
  | (SpecBase & { kind: 'pdf-document' })
  /** An upload cut off mid-way: the first `keepFraction` of another photo's bytes. */
  | (SpecBase & { kind: 'truncated-photo'; sourceFile: string; keepFraction: number });

/** 12 MP, the default resolution of current phone cameras. */
export const PHOTO_WIDTH = 4032;
export const PHOTO_HEIGHT = 3024;
export const THUMBNAIL_LONG_SIDE = 480;

const SEVEN_VIEWS: DeviceView[] = ['screen-on', 'screen-off', 'back', 'left', 'right', 'top', 'bottom'];

function photoSet(
  folderId: string,
  firstNumber: number,
  device: DeviceKind,
  views: DeviceView[],
  colour: string,
  surface: 'wood' | 'fabric' | 'desk',
  overrides: Partial<Record<DeviceView, { tooDark?: boolean }>> = {},
): AttachmentSpec[] {
  return views.map((view, index) => ({
    kind: 'device-photo',
    file: `${folderId}/IMG_${firstNumber + index}.jpg`,
    device,
    view,
    colour,
    surface,
    seed: firstNumber + index,
    ...overrides[view],
  }));
}

export const ATTACHMENT_SPECS: AttachmentSpec[] = [
  // 1. iPhone 13, all seven shots (sent over three messages).
  ...photoSet('104820113', 4101, 'smartphone', SEVEN_VIEWS, '#1d2330', 'wood'),
  { kind: 'dhl-express-label', file: '104820113/return-label-DHL.png', photographed: false, folderId: '104820113' },
  // 2. iPad: top and bottom missing, the back shot too dark.
  ...photoSet('104820257', 2210, 'tablet', ['screen-on', 'screen-off', 'back', 'left', 'right'], '#6b6e73', 'fabric', {
    back: { tooDark: true },
  }),
  // 3. MacBook Air: the screen-on shot sent twice, the second re-encoded smaller.
  ...photoSet('104820391', 7730, 'laptop', ['screen-on', 'back', 'bottom', 'left', 'right', 'top'], '#8e9196', 'desk'),
  { kind: 'device-photo-copy', file: '104820391/IMG_7730 (1).jpg', sourceFile: '104820391/IMG_7730.jpg', width: 3264, quality: 72 },
  // 4. Apple Watch.
  ...photoSet('104820442', 512, 'smartwatch', ['screen-on', 'back', 'left', 'right'], '#22252b', 'fabric'),
  // 5. PlayStation 5.
  ...photoSet('104820586', 3302, 'console', ['front', 'back', 'left', 'top'], '#eeeeec', 'wood'),
  // ...then attachments the checks must refuse with a reason (IMG_3307.jpg is linked but missing: a 404).
  { kind: 'pdf-document', file: '104820586/invoice-PS5.pdf' },
  { kind: 'truncated-photo', file: '104820586/IMG_3306.jpg', sourceFile: '104820586/IMG_3303.jpg', keepFraction: 0.4 },
  // 6. Pixel 7 identity screenshots.
  { kind: 'about-phone-screenshot', file: '104820619/Screenshot_20261114-104215.png' },
  { kind: 'imei-dialog-screenshot', file: '104820619/Screenshot_20261114-104302.png' },
  // 7. Photographed DHL Express return label, and the label document itself.
  { kind: 'dhl-express-label', file: '104820734/IMG_0457.jpg', photographed: true, folderId: '104820734' },
  { kind: 'dhl-express-label', file: '104820734/return-label-DHL.png', photographed: false, folderId: '104820734' },
  // 8. Trade-in: UPS label photo and two shots of the phone.
  { kind: 'ups-label-photo', file: 'US-31842-HMQRT/IMG_1189.jpg' },
  ...photoSet('US-31842-HMQRT', 1190, 'smartphone', ['screen-on', 'back'], '#111214', 'desk'),
  // 9. Hostile-text folder: one real photo beside the hostile links.
  ...photoSet('104820878', 9051, 'earbuds', ['front'], '#f4f4f2', 'desk'),
];

export function attachmentUrlPath(file: string): string {
  return `/attachments/${file.split('/').map(encodeURIComponent).join('/')}`;
}

export function thumbnailFile(file: string): string {
  return `thumbs/${file}`;
}
