// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { ATTACHMENT_SPECS, attachmentUrlPath } from '@/scripts/demo-platform/attachments';
import { listDemoConversations, loadDemoData } from '@/scripts/demo-platform/data/index';

const conversations = listDemoConversations();
const byId = new Map(conversations.map((conversation) => [conversation.folderId, conversation]));

describe('listDemoConversations', () => {
  it('describes every conversation completely (browser tests compare the panel with it)', () => {
    expect(conversations.length).toBe(11);
    for (const conversation of conversations) {
      expect(conversation.customerName, conversation.folderId).toMatch(/\S+ \S+/);
      expect(conversation.country).toMatch(/^[a-z]{2}-[a-z]{2}$/);
      expect(conversation.orderId).not.toBe('');
      expect(conversation.productTitle).not.toBe('');
      expect(conversation.category).not.toBe('');
      expect(conversation.carrier).toBeTruthy();
      expect(conversation.trackingNumber).toBeTruthy();
      expect(conversation.messageCount).toBeGreaterThan(2);
      expect(conversation.path).toMatch(/^\/bo-seller\/(customer-care\/folders|buyback\/orders)\/[\w-]+$/);
      expect(conversation.scenario).not.toBe('');
    }
  });

  it('covers the scenarios the extension must handle', () => {
    const warranty = conversations.map((conversation) => conversation.warrantyState);
    expect(warranty.filter((state) => state === 'WATER_OR_DROPPED')).toHaveLength(1);
    expect(warranty.filter((state) => state === 'THIRD_PARTY_REPAIR')).toHaveLength(1);
    expect(new Set(conversations.map((conversation) => conversation.country))).toEqual(new Set(['en-gb', 'en-us', 'fr-fr', 'de-de']));
    expect(new Set(conversations.map((conversation) => conversation.category))).toEqual(
      new Set(['Smartphones', 'Tablets', 'Laptops', 'Smartwatches', 'Game consoles', 'Headphones']),
    );
    expect(conversations.filter((conversation) => conversation.kind === 'buyback').map((conversation) => conversation.folderId)).toEqual([
      'US-31842-HMQRT',
    ]);
    expect(byId.get('104820113')!.carrier).toBe('DHL Express');
  });

  it('sends the seven iPhone photos over three customer messages', () => {
    const folder = loadDemoData().careFolders.find((candidate) => candidate.id === 104820113)!;
    const withPhotos = folder.messages!.filter((message) => (message.attachments ?? []).length > 0);
    expect(withPhotos.map((message) => message.initiator)).toEqual(['Client', 'Client', 'Client']);
    const views = byId.get('104820113')!.attachments.map(({ spec }) => (spec.kind === 'device-photo' ? spec.view : spec.kind));
    expect(new Set(views)).toEqual(new Set(['screen-on', 'screen-off', 'back', 'left', 'right', 'top', 'bottom']));
  });

  it('has the iPad set with two shots missing and one too dark', () => {
    const specs = byId.get('104820257')!.attachments.map(({ spec }) => spec);
    expect(specs).toHaveLength(5);
    expect(specs.filter((spec) => spec.kind === 'device-photo' && spec.tooDark)).toHaveLength(1);
  });

  it('sends the same MacBook photo twice, the second re-encoded', () => {
    const specs = byId.get('104820391')!.attachments.map(({ spec }) => spec);
    const copy = specs.find((spec) => spec.kind === 'device-photo-copy');
    expect(copy?.kind === 'device-photo-copy' && specs.some((spec) => spec.file === copy.sourceFile)).toBe(true);
  });

  it('counts only real links as attachments (the hostile folder has two javascript:/data: links)', () => {
    expect(byId.get('104820878')!.attachmentCount).toBe(1);
  });

  it('links every generated file from some conversation, and every linked file is generated (but the one 404)', () => {
    const data = loadDemoData();
    const linked = new Set<string>();
    for (const folder of data.careFolders) {
      for (const message of folder.messages ?? [])
        for (const attachment of message.attachments ?? []) linked.add(attachment.attachment ?? '');
      for (const line of folder.lines ?? []) for (const label of line.return_labels ?? []) if (label.label) linked.add(label.label);
    }
    for (const thread of data.buybackThreads)
      for (const message of thread.messages) for (const url of message.attachments ?? []) linked.add(url);
    // IMG_3307.jpg in the console folder is linked on purpose with no file behind it: the checks must say 404.
    const deliberatelyMissing = '/attachments/104820586/IMG_3307.jpg';
    expect(linked.has(deliberatelyMissing)).toBe(true);
    const ownLinks = [...linked].filter((url) => url.startsWith('/attachments/') && url !== deliberatelyMissing);
    const generated = ATTACHMENT_SPECS.map((spec) => attachmentUrlPath(spec.file));
    expect(new Set(ownLinks)).toEqual(new Set(generated));
  });
});
