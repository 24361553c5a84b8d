import { createCanvas } from '@napi-rs/canvas';
import { Window } from 'happy-dom';
import demo from '@/utils/sites/adapters/demo';
import type { ConversationSnapshot } from '@/utils/sites/snapshot';
import { loadDemoData } from '@/scripts/demo-platform/data/index';
import { DEMO_IDENTIFIERS } from '@/scripts/demo-platform/identifiers';
import { readFixture } from '../helpers/fixtures';

/**
 * Real-looking case data for Node tests that store Blobs (fake-indexeddb keeps Node's Blobs, not happy-dom's):
 * snapshots read by the demo adapter from the dumped demo pages, thumbnails and crops encoded by Skia.
 */

const ORIGIN = 'http://127.0.0.1:5391';
export const DEMO_CASE_PATHS = {
  '104820113': '/bo-seller/customer-care/folders/104820113',
  '104820257': '/bo-seller/customer-care/folders/104820257',
  'US-31842-HMQRT': '/bo-seller/buyback/orders/US-31842-HMQRT',
} as const;

/** The adapter tests `instanceof Element`: lend it happy-dom's classes only while it reads. */
export function readDemoSnapshot(folderId: keyof typeof DEMO_CASE_PATHS): ConversationSnapshot {
  const window = new Window({ url: ORIGIN });
  const globals = globalThis as Record<string, unknown>;
  const saved = { Element: globals.Element, HTMLElement: globals.HTMLElement };
  Object.assign(globals, { Element: window.Element, HTMLElement: window.HTMLElement });
  try {
    const document = new window.DOMParser().parseFromString(readFixture(`sites/demo-${folderId}.html`), 'text/html');
    const result = demo.read({
      document: document as unknown as Document,
      url: new URL(`${ORIGIN}${DEMO_CASE_PATHS[folderId]}`),
      selectors: demo.defaultSelectors,
      now: () => new Date('2026-11-22T10:00:00Z'),
    });
    if (!result.ok) throw new Error(`demo fixture ${folderId} did not read: ${result.message}`);
    return result.snapshot;
  } finally {
    Object.assign(globals, saved);
    void window.happyDOM.close();
  }
}

/** A small JPEG like the photo worker's thumbnails (or a PNG like the number crops). */
export function encodedImage(width: number, height: number, type: 'image/jpeg' | 'image/png', seed = 0): Blob {
  const canvas = createCanvas(width, height);
  const context = canvas.getContext('2d');
  const gradient = context.createLinearGradient(0, 0, width, height);
  gradient.addColorStop(0, `rgb(${(seed * 40) % 255}, 40, 60)`);
  gradient.addColorStop(1, 'rgb(220, 210, 190)');
  context.fillStyle = gradient;
  context.fillRect(0, 0, width, height);
  context.fillStyle = '#111';
  context.font = '14px sans-serif';
  context.fillText(`IMG ${seed}`, 8, 20);
  const bytes = type === 'image/jpeg' ? canvas.toBuffer('image/jpeg') : canvas.toBuffer('image/png');
  return new Blob([new Uint8Array(bytes)], { type });
}

/**
 * Every identifier of a customer in the demo data: names, e-mails, phones, order ids, tracking numbers, folder ids,
 * and the IMEIs, EIDs and serials printed on the demo attachments. Strings of 4+ characters only, so a check for
 * their absence cannot be fooled by common short words.
 */
export function demoCustomerIdentifiers(): string[] {
  const data = loadDemoData();
  const values = new Set<string>();
  const add = (value: unknown) => {
    if ((typeof value === 'string' || typeof value === 'number') && String(value).length >= 4) values.add(String(value));
  };
  const walk = (value: unknown, key = '') => {
    if (Array.isArray(value)) value.forEach((item) => walk(item, key));
    else if (value && typeof value === 'object') for (const [inner, child] of Object.entries(value)) walk(child, inner);
    else if (
      /^(first_?name|last_?name|email|phone|order_?id|orderPublicId|tracking_?number|street|address1|postal_code|zipcode|imei|serial)$/i.test(
        key,
      )
    )
      add(value);
  };
  for (const folder of data.careFolders) {
    walk(folder.client);
    walk(folder.orderline?.order);
    add(folder.id);
  }
  for (const thread of data.buybackThreads) walk(thread);
  const identifiers = (value: unknown): void => {
    if (typeof value === 'string' && /^[0-9A-Z]{8,}$/.test(value)) values.add(value);
    else if (value && typeof value === 'object') Object.values(value).forEach(identifiers);
  };
  identifiers(DEMO_IDENTIFIERS);
  return [...values];
}
