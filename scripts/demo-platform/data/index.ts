import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ATTACHMENT_SPECS, type AttachmentSpec } from '../attachments';
import type { BuybackThread, CareFolder, Catalog } from './types';
import { buybackThreadView, careFolderView, type ConversationView, type WarrantyState } from './view';

/**
 * The demo's conversations, read from the JSON files beside this module. Synchronous on purpose: browser tests
 * call listDemoConversations() at collection time to generate one test per conversation.
 */

const here = path.dirname(fileURLToPath(import.meta.url));
export const CARE_FOLDERS_DIR = path.join(here, 'care-folders');
export const BUYBACK_ORDERS_DIR = path.join(here, 'buyback-orders');

/** What each conversation is there to exercise. */
export const DEMO_SCENARIOS: Record<string, string> = {
  '104820113': 'smartphone, all seven photos over three messages, DHL Express',
  '104820257': 'tablet, two of seven photos missing and one too dark, water or drop declared',
  '104820391': 'laptop, the same photo sent twice (re-encoded), third-party repair declared',
  '104820442': 'smartwatch',
  '104820586': 'game console (no checklist of its own)',
  '104820619': 'About-phone and *#06# screenshots (IMEI, IMEI2, EID)',
  '104820734': 'photographed DHL Express label with a waybill and distractor numbers',
  '104820878': 'hostile message text (HTML, script, template look-alikes, javascript: links)',
  '104821015': 'French customer on a French folder (fr-fr): the panel picks French replies',
  '104821027': 'German customer on a German folder (de-de): the panel picks German replies',
  'US-31842-HMQRT': 'trade-in thread with a photographed UPS label',
};

export interface DemoData {
  careFolders: CareFolder[];
  buybackThreads: BuybackThread[];
  catalog: Catalog;
}

function readJson<T>(file: string): T {
  return JSON.parse(readFileSync(file, 'utf8')) as T;
}

function jsonFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => path.join(dir, file));
}

/** A fresh copy of every stored conversation (the server mutates its copy when messages are posted). */
export function loadDemoData(): DemoData {
  return {
    careFolders: jsonFiles(CARE_FOLDERS_DIR).map((file) => readJson<CareFolder>(file)),
    buybackThreads: jsonFiles(BUYBACK_ORDERS_DIR).map((file) => readJson<BuybackThread>(file)),
    catalog: readJson<Catalog>(path.join(here, 'catalog.json')),
  };
}

export function demoConversationViews(data: DemoData = loadDemoData()): ConversationView[] {
  return [
    ...data.careFolders.map((folder) => careFolderView(folder, data.catalog)),
    ...data.buybackThreads.map((thread) => buybackThreadView(thread, data.catalog)),
  ];
}

export interface DemoConversation {
  /** Page path on the demo origin, e.g. `/bo-seller/customer-care/folders/104820113`. */
  path: string;
  folderId: string;
  kind: 'care' | 'buyback';
  customerName: string;
  customerFirstName: string;
  customerLastName: string;
  /** Lowercase locale, e.g. `en-gb`. */
  country: string;
  orderId: string;
  productTitle: string;
  /** The platform's category name (category_3), e.g. `Smartphones`. */
  category: string;
  warrantyState: WarrantyState | null;
  carrier: string | null;
  trackingNumber: string | null;
  messageCount: number;
  attachmentCount: number;
  scenario: string;
  /** Ground truth for every attachment that is a real file (hostile links excluded), in thread order. */
  attachments: { path: string; name: string; spec: AttachmentSpec }[];
}

export function listDemoConversations(): DemoConversation[] {
  const specs = new Map(ATTACHMENT_SPECS.map((spec) => [`/attachments/${spec.file.split('/').map(encodeURIComponent).join('/')}`, spec]));
  return demoConversationViews().map((view) => {
    const attachments = view.messages.flatMap((message) => message.attachments);
    return {
      path: view.path,
      folderId: view.id,
      kind: view.kind,
      customerName: `${view.customerFirstName} ${view.customerLastName}`.trim(),
      customerFirstName: view.customerFirstName,
      customerLastName: view.customerLastName,
      country: view.countryCode ?? '',
      orderId: view.orderId,
      productTitle: view.productTitle ?? '',
      category: view.category ?? '',
      warrantyState: view.warrantyState,
      carrier: view.carrier,
      trackingNumber: view.trackingNumber,
      messageCount: view.messages.length,
      // Only real links: the extension drops `javascript:`/`data:` ones, so they are not attachments.
      attachmentCount: attachments.filter((attachment) => attachment.linkable).length,
      scenario: DEMO_SCENARIOS[view.id] ?? '',
      attachments: attachments.flatMap((attachment) => {
        const spec = specs.get(attachment.url);
        return spec ? [{ path: attachment.url, name: attachment.name, spec }] : [];
      }),
    };
  });
}
