import type { SnapshotRead, TeachResult } from '../../messages';
import { deriveSelector } from './derive-selector';
import { readConversation, type ReaderSettings } from '../conversation-reader';
import { adapterForUrl, effectiveSelectors } from '../registry';
import { TEACHABLE_PART_INFO, withTaughtSelector, type TeachablePart } from './taught-parts';
import { t } from '../../i18n/translate';

/**
 * What a part reads through a selector the agent just pointed at, before it is saved: the whole conversation is
 * read again with the candidate on top of what is already taught, so the preview is exactly what Save will give.
 */

/** A short name for an element as the agent sees it: `textarea “Reply”`, `section#thread (3 children)`. */
export function describeElement(element: Element): string {
  const id = element.getAttribute('id');
  const name = `${element.localName}${id && id.length <= 40 ? `#${id}` : ''}`;
  const words =
    element.getAttribute('aria-label') ??
    element.getAttribute('placeholder') ??
    element.getAttribute('name') ??
    (element.children.length === 0 ? element.textContent : null);
  const label = words?.replace(/\s+/g, ' ').trim();
  if (label) return `${name} “${label.length > 40 ? `${label.slice(0, 39)}…` : label}”`;
  return element.children.length > 0 ? `${name} (${t('teach.childCount', { count: element.children.length })})` : name;
}

export interface TaughtPreview {
  /** The site adapter the page is read with: where the taught selector is saved. */
  adapterId: string;
  /** What the part reads now, e.g. "12 messages, 5 with attachments". */
  text: string;
  /** False when the part still reads nothing: saving it would change nothing. */
  readsSomething: boolean;
}

function describeRead(part: TeachablePart, read: SnapshotRead, composer: HTMLElement | null): { text: string; readsSomething: boolean } {
  if (read.status !== 'ok') return { text: t('teach.readsNothing', { message: read.message }), readsSomething: false };
  const { snapshot } = read;
  switch (part) {
    case 'messageList':
    case 'message': {
      const withAttachments = snapshot.messages.filter((message) => message.attachments.length > 0).length;
      const text = t('teach.messagesRead', { count: snapshot.messages.length, withAttachments });
      return { text, readsSomething: snapshot.messages.length > 0 };
    }
    case 'attachment': {
      const messages = snapshot.messages.filter((message) => message.attachments.length > 0);
      const count = messages.reduce((sum, message) => sum + message.attachments.length, 0);
      const text = t('teach.attachmentsRead', {
        attachments: t('view.attachments', { count }),
        messages: t('view.messages', { count: messages.length }),
      });
      return { text, readsSomething: count > 0 };
    }
    case 'orderId':
      return snapshot.orderId
        ? { text: t('teach.orderIdRead', { order: snapshot.orderId }), readsSomething: true }
        : { text: t('teach.noOrderId'), readsSomething: false };
    case 'composer':
      return composer
        ? { text: describeElement(composer), readsSomething: true }
        : { text: t('teach.nothingFound'), readsSomething: false };
  }
}

export function previewTaughtPart(
  document: Document,
  href: string,
  settings: ReaderSettings,
  part: TeachablePart,
  selector: string,
  now: () => Date = () => new Date(),
): TaughtPreview | null {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return null;
  }
  const adapter = adapterForUrl(url, settings.extraOrigins);
  if (!adapter) return null;
  const candidate: ReaderSettings = {
    ...settings,
    taughtSelectors: withTaughtSelector(settings.taughtSelectors ?? {}, adapter.id, part, selector, now()),
  };
  const read = readConversation(document, href, candidate, now);
  const selectors = effectiveSelectors(adapter, candidate.selectorOverrides, candidate.taughtSelectors);
  const composer = part === 'composer' ? adapter.findComposer({ document, url, selectors, now }) : null;
  const described = describeRead(part, read, composer);
  return { adapterId: adapter.id, text: `${TEACHABLE_PART_INFO[part].label}: ${described.text}`, readsSomething: described.readsSomething };
}

/** Longer than the settings schema keeps: the agent is asked to point at something nearer a stable ancestor. */
const MAX_SELECTOR = 500;

/** The panel's answer for a picked element: its selector, what it reads, and why it cannot be saved, if so. */
export function pickedResult(
  document: Document,
  href: string,
  settings: ReaderSettings,
  part: TeachablePart,
  element: Element,
): TeachResult {
  const { selector, matches, shadowHosts } = deriveSelector(element, TEACHABLE_PART_INFO[part].kind);
  const preview = previewTaughtPart(document, href, settings, part, selector);
  if (!preview) return { status: 'unavailable', message: t('pageReading.notReadHere') };
  const refusal =
    shadowHosts.length > 0
      ? `It is inside a component (${shadowHosts.join(' › ')}) whose inside the reader cannot see yet.`
      : selector.length > MAX_SELECTOR
        ? `Its selector would be longer than ${MAX_SELECTOR} characters: point at an element with an id or a label nearby.`
        : preview.readsSomething
          ? null
          : `Through it, ${TEACHABLE_PART_INFO[part].label} would still read nothing.`;
  return {
    status: 'picked',
    part,
    adapterId: preview.adapterId,
    selector: selector.slice(0, 2000),
    matches,
    preview: preview.text.slice(0, 500),
    refusal,
  };
}
