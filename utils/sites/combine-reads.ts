import type { SnapshotRead } from '../messages';
import { finishSnapshot } from './define';
import type { ConversationSnapshot, PartSources, SnapshotPart, SnapshotProblem } from './snapshot';
import { t } from '../i18n/translate';

/**
 * Puts together what the page's own JSON said (the platform's data) and what the DOM showed. The data wins for
 * every part it filled: it is what the platform itself rendered from. The DOM still gives the composer, and any part
 * the data did not carry. A data source that failed (401, 500, HTML, a body that does not fit the schema) is named
 * among the problems, and the DOM read stands on its own.
 */

/** The snapshot fields a data source can fill, and for each filled part its source ('data'). */
export type PlatformFacts = Partial<
  Pick<
    ConversationSnapshot,
    | 'kind'
    | 'folderId'
    | 'customer'
    | 'country'
    | 'orderId'
    | 'product'
    | 'warrantyState'
    | 'carrier'
    | 'trackingNumber'
    | 'returnTrackingNumbers'
    | 'deviceImeis'
    | 'orderAmount'
    | 'returnLabels'
    | 'messages'
    | 'issues'
  >
> & { sources?: PartSources };

export type PlatformDataOutcome =
  { ok: true; facts: PlatformFacts; problems: readonly SnapshotProblem[] } | { ok: false; reason: string; message: string };

/** Which snapshot fields make up each part, so a part taken from the data replaces the DOM's fields whole. */
const PART_FIELDS: Partial<Record<SnapshotPart, readonly (keyof PlatformFacts)[]>> = {
  customer: ['customer'],
  country: ['country'],
  order: ['orderId', 'orderAmount'],
  product: ['product', 'deviceImeis'],
  category: ['product'],
  'warranty state': ['warrantyState'],
  carrier: ['carrier', 'trackingNumber', 'returnTrackingNumbers'],
  'return labels': ['returnLabels'],
  messages: ['messages'],
  attachments: ['messages'],
};

function partsFilledBy(facts: PlatformFacts): Set<SnapshotPart> {
  const parts = new Set<SnapshotPart>();
  for (const [part, source] of Object.entries(facts.sources ?? {})) if (source === 'data') parts.add(part as SnapshotPart);
  // A data source that did not list its parts: every part whose fields it carries.
  if (parts.size === 0) {
    for (const [part, fields] of Object.entries(PART_FIELDS)) {
      if (fields.some((field) => facts[field] !== undefined && facts[field] !== null)) parts.add(part as SnapshotPart);
    }
  }
  return parts;
}

export interface CombineContext {
  url: string;
  /** Folder id from the page's address, when the data does not carry one. */
  folderIdFromUrl: string | null;
  platform: string;
  composerFound: boolean;
  now: () => Date;
}

function emptySnapshot(context: CombineContext): ConversationSnapshot {
  return {
    platform: context.platform,
    kind: 'care',
    folderId: context.folderIdFromUrl ?? 'unknown',
    url: context.url,
    customer: { firstName: null, lastName: null },
    country: null,
    orderId: null,
    product: { title: null, category: null },
    warrantyState: null,
    carrier: null,
    trackingNumber: null,
    returnLabels: [],
    messages: [],
    composerFound: context.composerFound,
    sources: {},
    issues: [],
    problems: [],
    readAt: context.now().toISOString(),
  };
}

function describeFailure(outcome: Extract<PlatformDataOutcome, { ok: false }>): SnapshotProblem {
  return {
    part: 'conversation',
    message: t('pageReading.platformDataFallback', { reason: outcome.message }).slice(0, 500),
  };
}

export function combineReads(dom: SnapshotRead, data: PlatformDataOutcome | null, context: CombineContext): SnapshotRead {
  if (!data) return dom;
  if (!data.ok) {
    if (dom.status !== 'ok') {
      return dom.status === 'unsupported-page'
        ? dom
        : { status: 'unreadable', message: `${dom.message} ${describeFailure(data).message}`.slice(0, 1000) };
    }
    return {
      status: 'ok',
      snapshot: { ...dom.snapshot, problems: [describeFailure(data), ...dom.snapshot.problems].slice(0, 50) },
    };
  }

  const base = dom.status === 'ok' ? dom.snapshot : emptySnapshot(context);
  const fromData = partsFilledBy(data.facts);
  const combined: ConversationSnapshot = structuredClone(base);
  const sources: PartSources = { ...(base.sources ?? {}) };
  for (const part of fromData) {
    for (const field of PART_FIELDS[part] ?? []) {
      const value = data.facts[field];
      if (value !== undefined) (combined as Record<string, unknown>)[field] = structuredClone(value);
    }
    sources[part] = 'data';
  }
  if (data.facts.kind) combined.kind = data.facts.kind;
  if (data.facts.folderId) combined.folderId = data.facts.folderId;
  if (data.facts.issues) combined.issues = [...data.facts.issues];
  combined.sources = sources;
  combined.composerFound = base.composerFound || context.composerFound;
  // The DOM's complaints about parts the data filled no longer apply; the data's own problems are added.
  combined.problems = [
    ...data.problems,
    ...base.problems.filter((problem) => !fromData.has(problem.part) && !(problem.part === 'conversation' && dom.status !== 'ok')),
  ].slice(0, 50);
  if (!combined.composerFound && !combined.problems.some((problem) => problem.part === 'composer')) {
    combined.problems.push({ part: 'composer', message: t('pageReading.noReplyBox') });
  }
  const finished = finishSnapshot(combined);
  return finished.ok ? { status: 'ok', snapshot: finished.snapshot } : { status: 'unreadable', message: finished.message };
}
