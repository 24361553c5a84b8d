import { z } from 'zod';
import type { SelectorMap, SiteAdapter } from '../define';
import type { ConversationSnapshot, PartSources, SnapshotPart } from '../snapshot';
import type { DeriveKind } from './derive-selector';

/**
 * The parts an agent can teach by pointing at the page, and how a taught selector reaches the reader: each taught
 * part fills one of the adapter's selector roles (the adapter may name its own, see `SiteAdapter.teachRoles`), on
 * top of the adapter's defaults and the admin's overrides. After the read, every part that came through a taught
 * selector is marked `taught` in `snapshot.sources`, whatever the adapter marked it.
 */

export const TEACHABLE_PARTS = ['messageList', 'message', 'attachment', 'orderId', 'composer'] as const;
export const teachablePartSchema = z.enum(TEACHABLE_PARTS);
export type TeachablePart = z.infer<typeof teachablePartSchema>;

export interface TeachablePartInfo {
  /** How the panel and the page overlay name it ("the message list"). */
  label: string;
  /** The snapshot part it feeds: problems and sources are keyed by it. */
  snapshotPart: SnapshotPart;
  kind: DeriveKind;
  /** Role names tried in the adapter's selector map, first present wins (when the adapter names none). */
  roles: readonly string[];
}

export const TEACHABLE_PART_INFO: Record<TeachablePart, TeachablePartInfo> = {
  messageList: { label: 'the message list', snapshotPart: 'messages', kind: 'container', roles: ['messageList'] },
  message: { label: 'one message', snapshotPart: 'messages', kind: 'repeated', roles: ['message'] },
  attachment: { label: 'an attachment', snapshotPart: 'attachments', kind: 'repeated', roles: ['attachment', 'messageAttachment'] },
  orderId: { label: 'the order id', snapshotPart: 'order', kind: 'single', roles: ['orderId'] },
  composer: { label: 'the reply box', snapshotPart: 'composer', kind: 'single', roles: ['composer'] },
};

/** The teachable parts a snapshot problem is about ("messages" -> the message list and one message). */
export function teachablePartsFor(part: SnapshotPart): TeachablePart[] {
  return TEACHABLE_PARTS.filter((teachable) => TEACHABLE_PART_INFO[teachable].snapshotPart === part);
}

export const taughtSelectorSchema = z.strictObject({
  selector: z.string().min(1).max(500),
  /** ISO 8601 time the agent saved it. */
  taughtAt: z.string().min(1).max(64),
});
export type TaughtSelector = z.infer<typeof taughtSelectorSchema>;

export const taughtSiteSchema = z.partialRecord(teachablePartSchema, taughtSelectorSchema);
export type TaughtSite = z.infer<typeof taughtSiteSchema>;

/** Per site adapter id, per part: what the agent taught. Kept in settings and carried by template files. */
export const taughtSelectorsSchema = z.record(z.string().min(1).max(50), taughtSiteSchema);
export type TaughtSelectors = z.infer<typeof taughtSelectorsSchema>;

/** The adapter's selector role a taught part fills, or null when the adapter has no role for it. */
export function roleForPart(adapter: Pick<SiteAdapter, 'defaultSelectors' | 'teachRoles'>, part: TeachablePart): string | null {
  const own = adapter.teachRoles?.[part];
  if (own) return own;
  return TEACHABLE_PART_INFO[part].roles.find((role) => role in adapter.defaultSelectors) ?? null;
}

/** `list > *`, keeping a selector list (`a, b`) whole. */
const childrenOf = (list: string) => (list.includes(',') ? `:is(${list}) > *` : `${list} > *`);

/**
 * Selector roles the taught parts set, ready to lay over the adapter's. A taught message list on an adapter that
 * reads messages without a list role makes every child of the list a message (unless one message was taught too).
 */
export function taughtRoleSelectors(
  adapter: Pick<SiteAdapter, 'defaultSelectors' | 'teachRoles'>,
  taught: TaughtSite | undefined,
): SelectorMap {
  const selectors: SelectorMap = {};
  if (!taught) return selectors;
  const list = taught.messageList?.selector;
  const messageRole = roleForPart(adapter, 'message');
  if (list && roleForPart(adapter, 'messageList') === null && messageRole && !taught.message) {
    selectors[messageRole] = childrenOf(list);
  }
  for (const part of TEACHABLE_PARTS) {
    const role = roleForPart(adapter, part);
    const entry = taught[part];
    if (role && entry) selectors[role] = entry.selector;
  }
  return selectors;
}

/** Did the read get anything for this part? Only then does "taught" describe where it came from. */
const PART_WAS_READ: Record<TeachablePart, (snapshot: ConversationSnapshot) => boolean> = {
  messageList: (snapshot) => snapshot.messages.length > 0,
  message: (snapshot) => snapshot.messages.length > 0,
  attachment: (snapshot) => snapshot.messages.some((message) => message.attachments.length > 0),
  orderId: (snapshot) => snapshot.orderId !== null,
  composer: (snapshot) => snapshot.composerFound,
};

/**
 * The snapshot with every part read through a taught selector marked `taught`. A part the structural reader filled
 * was not: the taught selector (which replaces the site's) found nothing, and the note must not say "taught" while
 * replies go into the structure's guess.
 */
export function markTaughtSources(snapshot: ConversationSnapshot, taught: TaughtSite | undefined): ConversationSnapshot {
  if (!taught) return snapshot;
  const sources: PartSources = { ...snapshot.sources };
  let changed = false;
  for (const part of TEACHABLE_PARTS) {
    const snapshotPart = TEACHABLE_PART_INFO[part].snapshotPart;
    if (!taught[part] || !PART_WAS_READ[part](snapshot) || sources[snapshotPart] === 'structure') continue;
    sources[snapshotPart] = 'taught';
    changed = true;
  }
  return changed ? { ...snapshot, sources } : snapshot;
}

/** `taught` with one part set for one site (a new object; the rest kept). */
export function withTaughtSelector(
  taught: TaughtSelectors,
  adapterId: string,
  part: TeachablePart,
  selector: string,
  at: Date,
): TaughtSelectors {
  return { ...taught, [adapterId]: { ...taught[adapterId], [part]: { selector, taughtAt: at.toISOString() } } };
}

/** `taught` without one part of one site; a site left with nothing taught is dropped. */
export function withoutTaughtSelector(taught: TaughtSelectors, adapterId: string, part: TeachablePart): TaughtSelectors {
  const { [part]: _removed, ...rest } = taught[adapterId] ?? {};
  const { [adapterId]: _site, ...others } = taught;
  return Object.keys(rest).length > 0 ? { ...others, [adapterId]: rest } : others;
}
