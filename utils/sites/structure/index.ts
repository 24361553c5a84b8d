import type { ConversationMessage } from '../snapshot';
import { findAttachments } from './attachments';
import { findComposerByStructure } from './composer';
import { readHeaderFacts, type HeaderFacts } from './header-facts';
import { looksStillLoading } from './loading';
import { findConversationRegion } from './message-blocks';
import { messageBodyText, pageMessageId, readMessageDetails } from './message-details';

/**
 * The structural reader: what any conversation page shows, read from its shape rather than from class names
 * (used by site adapters when their selectors find nothing). Pure DOM, never throws, works without layout.
 */

export interface StructureRead {
  /** null: no conversation region could be found (not the same as a conversation with no messages). */
  messages: ConversationMessage[] | null;
  /** The message blocks the messages were read from (label fallbacks must skip them). */
  messageBlocks: Element[];
  facts: HeaderFacts;
  composer: HTMLElement | null;
  /** No message could be read and the page shows a skeleton, a spinner or a busy region. */
  stillLoading: boolean;
}

/** Messages from given blocks (an adapter's own selectors may have found the blocks). */
export function readMessageBlocks(blocks: readonly Element[], url: URL, customerName: string | null): ConversationMessage[] {
  return blocks.slice(0, 2000).map((block, index) => {
    const details = readMessageDetails(block, customerName);
    const nameElement = details.consumed.find((element) => element.tagName !== 'TIME') ?? null;
    return {
      id: pageMessageId(block) ?? `message-${index + 1}`,
      author: details.author,
      authorName: details.authorName,
      date: details.date,
      text: messageBodyText(block, details.consumed),
      attachments: findAttachments(block, url, nameElement).slice(0, 50),
    };
  });
}

export function readStructure(document: Document, url: URL): StructureRead {
  try {
    const composerFirst = findComposerByStructure(document);
    const excluded = new Set<Element>();
    const form = composerFirst?.closest('form');
    if (form) excluded.add(form);
    const region = findConversationRegion(document, excluded);
    const messageBlocks = region?.blocks ?? [];
    // Found again only when the first one sits inside a message (an editable quote is not the reply box).
    const composer =
      composerFirst && messageBlocks.some((block) => block.contains(composerFirst))
        ? findComposerByStructure(document, messageBlocks)
        : composerFirst;
    const facts = readHeaderFacts(document, [...messageBlocks, ...(composer ? [composer] : [])]);
    const messages = region ? readMessageBlocks(messageBlocks, url, facts.customer ?? null) : null;
    const stillLoading = messageBlocks.length === 0 && looksStillLoading(document);
    return { messages, messageBlocks, facts, composer, stillLoading };
  } catch {
    // A page shaped in a way these rules did not foresee: nothing read, the adapter names the parts.
    return { messages: null, messageBlocks: [], facts: {}, composer: null, stillLoading: false };
  }
}

export { findAttachments } from './attachments';
export { findComposerByStructure } from './composer';
export { readHeaderFacts, type HeaderFacts } from './header-facts';
export { mergeSeenMessages } from './merge-messages';
export { warrantyFromWords } from './words';
