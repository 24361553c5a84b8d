import { z } from 'zod';
import { conversationSnapshotSchema } from './sites/snapshot';

/**
 * The one message contract between ReturnDesk's contexts. Type names say the direction
 * (`panel->content`, `content->extension`). Every receiver parses with these schemas and checks the sender
 * (see `isFromExtensionPage` / `isFromOwnContentScript`), so a page that imitates our messages gets nowhere.
 */

export const snapshotReadSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('ok'), snapshot: conversationSnapshotSchema }),
  /** On the platform, but the page shows no conversation (folder list, login, dashboard). */
  z.object({ status: z.literal('no-conversation'), message: z.string().max(500) }),
  /** A conversation is shown but could not be read; the message names the fields. */
  z.object({ status: z.literal('unreadable'), message: z.string().max(1000) }),
  /** The content script runs, but no site adapter handles this URL. */
  z.object({ status: z.literal('unsupported-page'), message: z.string().max(500) }),
]);
export type SnapshotRead = z.infer<typeof snapshotReadSchema>;

/** Sent by extension pages (panel, options) to the content script of one tab. */
export const panelToContentSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('panel->content:get-snapshot') }),
  /** Insert plain text at the composer's cursor. Never sends: the agent reviews and presses Send. */
  z.object({ type: z.literal('panel->content:insert-text'), text: z.string().min(1).max(20_000) }),
]);
export type PanelToContent = z.infer<typeof panelToContentSchema>;

/** Broadcast by the content script to extension pages when what it reads changes (SPA navigation, new messages). */
export const contentToExtensionSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('content->extension:snapshot-changed'), read: snapshotReadSchema }),
]);
export type ContentToExtension = z.infer<typeof contentToExtensionSchema>;

/** What the messaging APIs tell us about a sender; a structural subset of runtime.MessageSender. */
export interface SenderInfo {
  id?: string;
  url?: string;
  tab?: { id?: number };
}

/** An extension page of ours: same extension id, an extension URL, and not running inside a web page's tab frame. */
export function isFromExtensionPage(sender: SenderInfo, ownId: string, ownOrigin: string): boolean {
  return sender.id === ownId && typeof sender.url === 'string' && sender.url.startsWith(ownOrigin);
}

/** Our own content script: same extension id, running in a tab. */
export function isFromOwnContentScript(sender: SenderInfo, ownId: string): boolean {
  return sender.id === ownId && typeof sender.tab?.id === 'number';
}

export const insertResultSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), method: z.enum(['execCommand', 'value-setter']) }),
  z.object({ ok: z.literal(false), reason: z.enum(['missing', 'read-only', 'refused']), message: z.string().max(500) }),
]);
