import { readConversation } from '@/utils/sites/conversation-reader';
import type { SnapshotRead } from '@/utils/messages';
import type { ConversationSnapshot } from '@/utils/sites/snapshot';
import { DEFAULT_SETTINGS } from '@/utils/settings';
import { readFixture } from '../helpers/fixtures';

/** The two real adapters on their real pages (the demo app's dumped DOM and the back-office stand-in). */
export const PAGES = {
  demo: {
    fixture: 'demo-104820113',
    url: 'http://127.0.0.1:5391/bo-seller/customer-care/folders/104820113',
    message: '[data-qa="message"]',
    body: '[data-qa="message-body"]',
    author: '[data-qa="message-author"]',
    attachment: 'message-attachment',
  },
  backoffice: {
    fixture: 'backoffice-care-folder',
    url: 'https://www.backmarket.fr/bo-seller/customer-care/folders/4815162',
    message: '[data-qa="message"]',
    body: '[data-qa="message-body"]',
    author: '[data-qa="message-author"]',
    attachment: 'attachment',
  },
} as const;
export type PageName = keyof typeof PAGES;
export const PAGE_NAMES = Object.keys(PAGES) as PageName[];

export function loadPage(name: PageName): Document {
  return new DOMParser().parseFromString(readFixture(`sites/${PAGES[name].fixture}.html`), 'text/html');
}

export function messageElements(document: Document, name: PageName): Element[] {
  return [...document.querySelectorAll(PAGES[name].message)];
}

/** Reads the page the way the content script does (conversation-reader, default settings). */
export function read(document: Document, name: PageName): SnapshotRead {
  return readConversation(document, PAGES[name].url, DEFAULT_SETTINGS, () => new Date('2026-11-22T10:00:00Z'));
}

export function readOk(document: Document, name: PageName): ConversationSnapshot {
  const result = read(document, name);
  if (result.status !== 'ok') throw new Error(`expected a conversation, got ${result.status}: ${result.message}`);
  return result.snapshot;
}

/** Adds an attachment link the way each page marks them. */
export function addAttachmentLink(document: Document, name: PageName, message: Element, href: string, text = 'photo.jpg'): void {
  const link = document.createElement('a');
  link.setAttribute('data-qa', PAGES[name].attachment);
  link.setAttribute('href', href);
  link.textContent = text;
  message.append(link);
}
