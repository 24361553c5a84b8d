import { z } from 'zod';
import { cutMessageText } from './read-dom';
import {
  conversationSnapshotSchema,
  messageSchema,
  type ConversationMessage,
  type ConversationSnapshot,
  type SnapshotPart,
} from './snapshot';
import type { TeachablePart } from './teach/taught-parts';
import { t } from '../i18n/translate';

/**
 * A site adapter reads one platform's conversation page. One file per site under `adapters/`, registered in
 * `registry.ts`. Adapters are pure DOM readers: they take a Document and return data, never touch extension
 * APIs, and never throw for a page they do not understand (they report problems instead).
 */

/** CSS selectors an adapter uses, by role. Options can override any of them with validated JSON. */
export const selectorMapSchema = z.record(z.string().min(1).max(60), z.string().min(1).max(500));
export type SelectorMap = z.infer<typeof selectorMapSchema>;

export interface ReadContext {
  document: Document;
  url: URL;
  /** Defaults merged with the user's overrides for this adapter. */
  selectors: SelectorMap;
  now: () => Date;
}

export type AdapterRead =
  | { ok: true; snapshot: ConversationSnapshot }
  /** The page is the platform but shows no conversation (folder list, dashboard, login). */
  | { ok: false; reason: 'no-conversation'; message: string }
  /** A conversation is shown but what was read does not fit the snapshot schema; `message` names the fields. */
  | { ok: false; reason: 'unreadable'; message: string };

/**
 * Where an adapter's pages are. The manifest (content-script matches, host permissions), the tab the panel follows,
 * the context menu and the scripts registered for granted origins are all derived from this (utils/sites/site-urls.ts).
 */
export interface SitePages {
  /** Origins of the live pages, e.g. `https://www.backmarket.fr`: each becomes a whole-origin host permission. */
  origins: readonly string[];
  /** Paths on those origins that show conversations, in match-pattern syntax (`/bo-seller/*`). */
  paths: readonly string[];
  /**
   * Paths read on the local demo platform in demo builds. Only demo-build.ts names the demo origin, so an adapter
   * file can declare these and store builds still never name it.
   */
  demoPaths?: readonly string[];
}

export interface SiteAdapter {
  /** Same as the file name under adapters/. */
  id: string;
  /** Human name for the options page. */
  name: string;
  /** Where its pages are: the coarse, manifest-level view of `matches`. */
  pages: SitePages;
  /**
   * Origins besides the conversation page's own whose attachments this adapter vouches for (fetched without asking;
   * they need a host permission, so they are normally among `pages.origins`). Any other host is asked for first.
   */
  attachmentOrigins: readonly string[];
  /** Does this adapter handle pages at this URL? Finer than `pages` (which must cover every URL it accepts). */
  matches(url: URL): boolean;
  /** Example URLs: the adapter must accept `matching` and reject `notMatching` (and every other adapter's). */
  examples: { matching: string[]; notMatching: string[] };
  defaultSelectors: SelectorMap;
  /**
   * The selector role each part the agent can teach by pointing fills, when the role names differ from the usual
   * ones (`messageList`, `message`, `attachment`/`messageAttachment`, `orderId`, `composer`).
   */
  teachRoles?: Partial<Record<TeachablePart, string>>;
  read(context: ReadContext): AdapterRead;
  /**
   * Whether the page's own JSON (utils/sites/data) is read before the DOM. The live platform's pages: yes; the
   * local demo app keeps to its markup, which its own tests pin down.
   */
  readsPlatformData?: boolean;
  /** The conversation's id as the page's address names it (null on lists and other pages), without reading the page. */
  folderIdOf?(url: URL): string | null;
  /** The reply editor (textarea or contenteditable), or null. */
  findComposer(context: ReadContext): HTMLElement | null;
  /** The link to the next conversation of the agent's list, when the page shows one (macros' last step). */
  findNextConversation?(context: ReadContext): HTMLElement | null;
}

export function defineSiteAdapter(adapter: SiteAdapter): SiteAdapter {
  return adapter;
}

export type { SnapshotPart };

/** Fields that may be dropped (set to null) when their value does not fit, and the part a problem names. */
const DROPPABLE_FIELDS: Record<string, { part: SnapshotPart; clear: (snapshot: ConversationSnapshot) => void }> = {
  country: { part: 'country', clear: (s) => void (s.country = null) },
  orderId: { part: 'order', clear: (s) => void (s.orderId = null) },
  warrantyState: { part: 'warranty state', clear: (s) => void (s.warrantyState = null) },
  carrier: { part: 'carrier', clear: (s) => void (s.carrier = null) },
  trackingNumber: { part: 'carrier', clear: (s) => void (s.trackingNumber = null) },
  product: { part: 'product', clear: (s) => void (s.product = { title: null, category: null }) },
  customer: { part: 'customer', clear: (s) => void (s.customer = { firstName: null, lastName: null }) },
  returnLabels: { part: 'return labels', clear: (s) => void (s.returnLabels = []) },
  returnTrackingNumbers: {
    part: 'carrier',
    clear: (s) => {
      delete s.returnTrackingNumbers;
    },
  },
  deviceImeis: {
    part: 'product',
    clear: (s) => {
      delete s.deviceImeis;
    },
  },
};

/**
 * All message text of one conversation together, in characters. Each message is already capped (20,000); this
 * bounds a page with thousands of huge messages, whose snapshot would otherwise be tens of megabytes: too much to
 * pass between the page and the panel (Chrome refuses messages over 64 MiB) or to store.
 */
export const MAX_CONVERSATION_TEXT = 1_000_000;

/**
 * Cuts the longest messages first, all to the same length, until the conversation fits MAX_CONVERSATION_TEXT:
 * ordinary messages stay whole and only the giant ones lose their end (with a marker saying so).
 */
export function fitConversationText(messages: readonly ConversationMessage[], budget = MAX_CONVERSATION_TEXT): ConversationMessage[] {
  const lengths = messages.map((message) => message.text.length);
  if (lengths.reduce((sum, length) => sum + length, 0) <= budget) return [...messages];
  const sorted = [...lengths].sort((a, b) => a - b);
  let cap = 0;
  let used = 0;
  for (let i = 0; i < sorted.length; i++) {
    const remaining = sorted.length - i;
    const even = Math.floor((budget - used) / remaining);
    if (sorted[i]! > even) {
      cap = even;
      break;
    }
    used += sorted[i]!;
  }
  return messages.map((message) => (message.text.length > cap ? { ...message, text: cutMessageText(message.text, cap) } : message));
}

/**
 * A message that does not fit the schema is left out and named in `problems` rather than making the whole
 * conversation unreadable (the header, the other messages and their photos still count).
 */
function dropUnfitMessages(snapshot: ConversationSnapshot): ConversationSnapshot {
  const kept: ConversationMessage[] = [];
  const problems = [...snapshot.problems];
  snapshot.messages.forEach((message, index) => {
    const checked = messageSchema.safeParse(message);
    if (checked.success) {
      kept.push(message);
      return;
    }
    const fields = [...new Set(checked.error.issues.map((issue) => issue.path.join('.') || '(message)'))].join(', ');
    if (problems.length < 50) {
      problems.push({
        part: 'messages',
        message: t('pageReading.messageLeftOut', { number: String(index + 1), fields }).slice(0, 500),
      });
    }
  });
  return kept.length === snapshot.messages.length ? snapshot : { ...snapshot, messages: kept, problems };
}

/**
 * Validates what an adapter read. A field whose value does not fit (a malformed country, an over-long order id) is
 * dropped and named in `problems`, so the rest of the conversation still shows; if what remains still does not
 * fit, the whole read is refused with the offending fields named.
 */
export function finishSnapshot(read: ConversationSnapshot): AdapterRead {
  const snapshot = dropUnfitMessages({ ...read, messages: fitConversationText(read.messages) });
  const first = conversationSnapshotSchema.safeParse(snapshot);
  if (first.success) return { ok: true, snapshot: first.data };
  const repaired: ConversationSnapshot = structuredClone(snapshot);
  for (const issue of first.error.issues) {
    const field = String(issue.path[0] ?? '');
    const droppable = DROPPABLE_FIELDS[field];
    if (!droppable) continue;
    droppable.clear(repaired);
    repaired.problems = [
      ...repaired.problems,
      { part: droppable.part, message: `${issue.path.join('.')} has an unexpected format (${issue.message})`.slice(0, 500) },
    ].slice(0, 50);
  }
  const second = conversationSnapshotSchema.safeParse(repaired);
  if (second.success) return { ok: true, snapshot: second.data };
  const fields = [...new Set(second.error.issues.map((issue) => issue.path.join('.') || '(root)'))];
  return {
    ok: false,
    reason: 'unreadable',
    message: t('pageReading.unexpectedFormat', { fields: fields.join(', ') }),
  };
}
