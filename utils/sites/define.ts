import { z } from 'zod';
import { conversationSnapshotSchema, type ConversationSnapshot, type SnapshotPart } from './snapshot';

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

export type SnapshotRead =
  | { ok: true; snapshot: ConversationSnapshot }
  /** The page is the platform but shows no conversation (folder list, dashboard, login). */
  | { ok: false; reason: 'no-conversation'; message: string }
  /** A conversation is shown but what was read does not fit the snapshot schema; `message` names the fields. */
  | { ok: false; reason: 'unreadable'; message: string };

export interface SiteAdapter {
  /** Same as the file name under adapters/. */
  id: string;
  /** Human name for the options page. */
  name: string;
  /** Does this adapter handle pages at this URL? */
  matches(url: URL): boolean;
  /** Example URLs: the adapter must accept `matching` and reject `notMatching` (and every other adapter's). */
  examples: { matching: string[]; notMatching: string[] };
  defaultSelectors: SelectorMap;
  read(context: ReadContext): SnapshotRead;
  /** The reply editor (textarea or contenteditable), or null. */
  findComposer(context: ReadContext): HTMLElement | null;
}

export function defineSiteAdapter(adapter: SiteAdapter): SiteAdapter {
  return adapter;
}

export type { SnapshotPart };

/**
 * Validates what an adapter read. A field of the wrong shape (e.g. a malformed country, an over-long value) is named
 * in the message instead of being passed on half-checked.
 */
export function finishSnapshot(snapshot: ConversationSnapshot): SnapshotRead {
  const parsed = conversationSnapshotSchema.safeParse(snapshot);
  if (parsed.success) return { ok: true, snapshot: parsed.data };
  const fields = [...new Set(parsed.error.issues.map((issue) => issue.path.join('.') || '(root)'))];
  return {
    ok: false,
    reason: 'unreadable',
    message: `The conversation could not be read: ${fields.join(', ')} did not have the expected format.`,
  };
}
