import type { ConversationMessage } from '../snapshot';

/**
 * A virtualised message list keeps only the messages on screen in the page; scrolling replaces them. Merging each
 * read with the messages seen before accumulates the whole conversation as the agent scrolls. Messages are the
 * same when the page gave them the same id, or (ids made up from the position, `message-3`) the same author, date
 * and text. Order: as the page shows them around the messages already seen.
 */

const POSITION_ID = /^message-\d+$/;

export function messageKey(message: ConversationMessage): string {
  if (!POSITION_ID.test(message.id)) return `id:${message.id}`;
  return `content:${message.author}|${message.authorName ?? ''}|${message.date ?? ''}|${message.text}`;
}

export function mergeSeenMessages(
  seen: readonly ConversationMessage[],
  current: readonly ConversationMessage[],
  limit = 2000,
): ConversationMessage[] {
  const merged = [...seen];
  const index = new Map(merged.map((message, position) => [messageKey(message), position]));
  let insertAt: number | null = null;
  const pendingBeforeFirstMatch: ConversationMessage[] = [];
  for (const message of current) {
    const key = messageKey(message);
    const known = index.get(key);
    if (known !== undefined) {
      merged[known] = message; // the newer read (an edited message, attachments loaded since)
      if (insertAt === null && pendingBeforeFirstMatch.length > 0) {
        merged.splice(known, 0, ...pendingBeforeFirstMatch);
        pendingBeforeFirstMatch.length = 0;
      }
      insertAt = merged.indexOf(message) + 1;
      merged.forEach((value, position) => index.set(messageKey(value), position));
      continue;
    }
    if (insertAt === null) {
      pendingBeforeFirstMatch.push(message);
      continue;
    }
    merged.splice(insertAt, 0, message);
    insertAt++;
    merged.forEach((value, position) => index.set(messageKey(value), position));
  }
  if (pendingBeforeFirstMatch.length === 0) return merged.slice(-limit);
  // Nothing in common with what was seen (a jump through the list): by date when every message has one, otherwise
  // the new messages follow (scrolling down is the usual way).
  merged.push(...pendingBeforeFirstMatch);
  const dated = merged.every((message) => message.date !== null && !Number.isNaN(Date.parse(message.date)));
  const ordered = dated ? [...merged].sort((a, b) => Date.parse(a.date!) - Date.parse(b.date!)) : merged;
  return ordered.slice(-limit);
}
