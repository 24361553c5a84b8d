import { z } from 'zod';
import { conversationSnapshotSchema } from './sites/snapshot';
import { caseRefSchema } from './sites/case-ref';
import { teachablePartSchema } from './sites/teach/taught-parts';
import type { PaletteEntry } from './keyboard/palette';

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
  /** The address names a conversation but the page has not shown it yet (skeleton, lazy route); bounded in time. */
  z.object({ status: z.literal('loading'), message: z.string().max(500) }),
  /** The content script runs, but no site adapter handles this URL. */
  z.object({ status: z.literal('unsupported-page'), message: z.string().max(500) }),
]);
export type SnapshotRead = z.infer<typeof snapshotReadSchema>;

/** `;` and 1-20 lower-case letters, digits or hyphens, e.g. `;dhl`. */
export const abbreviationSchema = z.string().regex(/^;[a-z0-9][a-z0-9-]{0,19}$/);

/**
 * Something the agent asked for from the keyboard (a chord, the palette, an abbreviation). The side panel runs
 * every request: it has the case, the photo check, the numbers read and the library.
 */
export const runRequestSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('command'), id: z.string().min(1).max(100) }),
  z.object({ kind: z.literal('macro'), id: z.string().min(1).max(100) }),
  z.object({ kind: z.literal('template'), id: z.string().min(1).max(100) }),
  z.object({ kind: z.literal('expand'), templateId: z.string().min(1).max(100), abbreviation: abbreviationSchema }),
  z.object({ kind: z.literal('repeat-last-macro') }),
]);
export type RunRequest = z.infer<typeof runRequestSchema>;

/** A request waiting in `storage.session` for the panel that follows `tabId`; the panel removes it when it runs it. */
export const pendingCommandSchema = z.object({
  requestId: z.string().min(1).max(100),
  tabId: z.number().int(),
  request: runRequestSchema,
  at: z.number(),
});
export type PendingCommand = z.infer<typeof pendingCommandSchema>;

/**
 * "Read numbers in this image" (context menu), written by the background for the panel. It belongs to the tab and
 * the page it was picked on: a panel showing any other conversation ignores it.
 */
export const numbersRequestSchema = z.object({
  url: z.string().max(4096),
  at: z.number(),
  tabId: z.number().int(),
  /** The page's address when the image was picked. */
  pageUrl: z.string().max(4096),
});
export type NumbersRequest = z.infer<typeof numbersRequestSchema>;
/** Ignored after this long: a pick is an answer to "read this now", not a standing order. */
export const NUMBERS_REQUEST_TTL_MS = 10 * 60_000;

/** Whether a picked image belongs to the conversation a panel shows (same tab, same page, still fresh). */
export function pickBelongsTo(request: NumbersRequest, tabId: number, conversationUrl: string, now = Date.now()): boolean {
  if (request.tabId !== tabId || now - request.at >= NUMBERS_REQUEST_TTL_MS) return false;
  const page = (href: string) => {
    try {
      const url = new URL(href);
      return `${url.origin}${url.pathname}`;
    } catch {
      return null;
    }
  };
  const picked = page(request.pageUrl);
  return picked !== null && picked === page(conversationUrl);
}

/** Sent by the content script to the background. */
export const contentToBackgroundSchema = z.discriminatedUnion('type', [
  /** Route a request to the panel (opening it first where the browser allows). */
  z.object({ type: z.literal('content->background:run'), requestId: z.string().min(1).max(100), request: runRequestSchema }),
  /** Chords, abbreviations and palette entries for the page (they live in IndexedDB, which the page cannot open). */
  z.object({ type: z.literal('content->background:keyboard-config') }),
]);
export type ContentToBackground = z.infer<typeof contentToBackgroundSchema>;

export const runRouteResultSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('queued') }),
  z.object({ status: z.literal('panel-closed'), message: z.string().max(500) }),
]);
export type RunRouteResult = z.infer<typeof runRouteResultSchema>;

/** A palette entry (utils/keyboard/palette.ts `PaletteEntry`) as it crosses to the page. */
export const paletteEntrySchema = z.object({
  kind: z.enum(['command', 'macro', 'template']),
  id: z.string().min(1).max(100),
  label: z.string().max(200),
  detail: z.string().max(300),
  chord: z.string().max(50).nullable(),
  keywords: z.string().max(1000).optional(),
}) satisfies z.ZodType<PaletteEntry>;

export const keyboardConfigSchema = z.object({
  /** Chord text (normal form, see utils/keyboard/chords.ts) -> what it runs. */
  bindings: z.array(z.object({ chord: z.string().max(50), request: runRequestSchema })).max(500),
  abbreviations: z.array(z.object({ abbreviation: abbreviationSchema, templateId: z.string().max(100) })).max(5000),
  palette: z.array(paletteEntrySchema).max(20_000),
  /** Shortcut help rows, already resolved for this browser. */
  help: z.array(z.object({ keys: z.string().max(100), action: z.string().max(200), where: z.string().max(100) })).max(1000),
});
export type KeyboardConfig = z.infer<typeof keyboardConfigSchema>;

/** Keys that move the pointing highlight (ArrowUp: parent, ArrowDown: child, Left/Right: siblings), pick or cancel. */
export const TEACH_KEYS = ['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Enter', 'Escape'] as const;
export type TeachKey = (typeof TEACH_KEYS)[number];

/** How pointing at a part ended. */
export const teachResultSchema = z.discriminatedUnion('status', [
  z.object({
    status: z.literal('picked'),
    part: teachablePartSchema,
    adapterId: z.string().min(1).max(50),
    selector: z.string().min(1).max(2000),
    /** Elements the selector matches on the page. */
    matches: z.number().int().min(0),
    /** What the part reads through it, e.g. "the message list: 3 messages, 0 with attachments". */
    preview: z.string().max(500),
    /** Why it cannot be saved (too long, inside a shadow root, reads nothing), or null. */
    refusal: z.string().max(500).nullable(),
  }),
  z.object({ status: z.literal('cancelled') }),
  z.object({ status: z.literal('unavailable'), message: z.string().max(500) }),
]);
export type TeachResult = z.infer<typeof teachResultSchema>;

export const teachKeyResultSchema = z.object({ highlighted: z.string().max(200).nullable() });

/** Sent by extension pages (panel, options) to the content script of one tab. */
export const panelToContentSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('panel->content:get-snapshot') }),
  /** Insert plain text at the composer's cursor. Never sends: the agent reviews and presses Send. */
  z.object({ type: z.literal('panel->content:insert-text'), text: z.string().min(1).max(20_000), forCase: caseRefSchema }),
  /** Text expansion: replace the abbreviation just before the composer's cursor with the rendered reply. */
  z.object({
    type: z.literal('panel->content:replace-abbreviation'),
    abbreviation: abbreviationSchema,
    text: z.string().min(1).max(20_000),
    forCase: caseRefSchema,
  }),
  z.object({ type: z.literal('panel->content:focus-composer') }),
  /** Copies from the page, which has the agent's focus and key press (the panel usually has neither). */
  z.object({ type: z.literal('panel->content:copy-text'), text: z.string().min(1).max(1000), forCase: caseRefSchema }),
  z.object({ type: z.literal('panel->content:next-conversation'), forCase: caseRefSchema }),
  /** How a keyboard request went, shown on the page where the agent pressed the keys. */
  z.object({
    type: z.literal('panel->content:run-status'),
    requestId: z.string().max(100).nullable(),
    status: z.enum(['started', 'done', 'failed']),
    message: z.string().max(1000),
  }),
  /** The "open palette" browser shortcut: show the palette over the page. */
  z.object({ type: z.literal('background->content:open-palette') }),
  /** Highlight what is under the pointer until the agent picks the part (answered with a `teachResultSchema`). */
  z.object({ type: z.literal('panel->content:teach'), part: teachablePartSchema }),
  /** A key pressed in the panel while pointing (the page rarely has the focus then); answered with the highlight. */
  z.object({ type: z.literal('panel->content:teach-key'), key: z.enum(TEACH_KEYS) }),
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

/** What the page says after focusing the composer, copying or moving to the next conversation. */
export const pageActionResultSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true) }),
  z.object({ ok: z.literal(false), message: z.string().max(500) }),
]);
export type PageActionResult = z.infer<typeof pageActionResultSchema>;

export const insertResultSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), method: z.enum(['execCommand', 'value-setter', 'paste']) }),
  z.object({ ok: z.literal(false), reason: z.enum(['missing', 'read-only', 'refused']), message: z.string().max(500) }),
]);

/**
 * Each message type paired with the schema of its answer (WXT's protocol-map pattern, with zod): senders get the
 * answer parsed (utils/extension/messaging.ts `askContent` / `askBackground`), never cast. Page actions that only
 * say done or why not answer a `pageActionResultSchema`; an abbreviation's replacement answers an insertion result,
 * read the same way.
 */
export const panelToContentAnswers = {
  'panel->content:get-snapshot': snapshotReadSchema,
  'panel->content:insert-text': insertResultSchema,
  'panel->content:replace-abbreviation': pageActionResultSchema,
  'panel->content:focus-composer': pageActionResultSchema,
  'panel->content:copy-text': pageActionResultSchema,
  'panel->content:next-conversation': pageActionResultSchema,
  'panel->content:run-status': pageActionResultSchema,
  'background->content:open-palette': pageActionResultSchema,
  'panel->content:teach': teachResultSchema,
  'panel->content:teach-key': teachKeyResultSchema,
} as const satisfies Record<PanelToContent['type'], z.ZodType>;
export type PanelToContentAnswer<T extends PanelToContent['type']> = z.output<(typeof panelToContentAnswers)[T]>;

export const contentToBackgroundAnswers = {
  'content->background:run': runRouteResultSchema,
  'content->background:keyboard-config': keyboardConfigSchema,
} as const satisfies Record<ContentToBackground['type'], z.ZodType>;
export type ContentToBackgroundAnswer<T extends ContentToBackground['type']> = z.output<(typeof contentToBackgroundAnswers)[T]>;

/** Why a message got no usable answer: none came (no receiver, or it returned nothing), or it does not fit its schema. */
export class UnusableAnswerError extends Error {
  constructor(
    readonly type: string,
    /** The answer's fields that do not fit; empty when no answer came. */
    readonly fields: readonly string[],
  ) {
    super(fields.length === 0 ? `no answer to ${type}` : `the answer to ${type} does not fit (${fields.join(', ')})`);
    this.name = 'UnusableAnswerError';
  }
}

/** The answer parsed with the schema paired to `type`, or an UnusableAnswerError. Pure: the sending is the caller's. */
export function parseAnswer<S extends z.ZodType>(type: string, schema: S, raw: unknown): z.output<S> {
  if (raw === undefined) throw new UnusableAnswerError(type, []);
  const parsed = schema.safeParse(raw);
  if (!parsed.success)
    throw new UnusableAnswerError(type, [...new Set(parsed.error.issues.map((issue) => issue.path.join('.') || '(whole answer)'))]);
  return parsed.data;
}
