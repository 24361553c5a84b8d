import { browser } from 'wxt/browser';
import {
  contentToBackgroundAnswers,
  panelToContentAnswers,
  parseAnswer,
  type ContentToBackground,
  type ContentToBackgroundAnswer,
  type PanelToContent,
  type PanelToContentAnswer,
} from '../messages';

/**
 * Sending with the contract of utils/messages.ts: each message's answer comes back parsed with the schema paired to
 * its type. Rejects with UnusableAnswerError when no answer came or it does not fit, and with the browser's own error
 * when the receiver is missing (a closed or reloaded tab).
 */

/** From an extension page (panel, options, background) to the content script of one tab. */
export async function askContent<M extends PanelToContent>(tabId: number, message: M): Promise<PanelToContentAnswer<M['type']>> {
  const raw: unknown = await browser.tabs.sendMessage(tabId, message);
  // TypeScript cannot tie the map's entry to M['type']; the map's `satisfies` keeps each pair honest.
  return parseAnswer(message.type, panelToContentAnswers[message.type], raw) as PanelToContentAnswer<M['type']>;
}

/** From the content script to the background. */
export async function askBackground<M extends ContentToBackground>(message: M): Promise<ContentToBackgroundAnswer<M['type']>> {
  const raw: unknown = await browser.runtime.sendMessage(message);
  return parseAnswer(message.type, contentToBackgroundAnswers[message.type], raw) as ContentToBackgroundAnswer<M['type']>;
}

/**
 * Receiving with the same contract: a receiver returns each answer through these, so the compiler holds every case
 * to the schema its sender parses the answer with (a wrong shape is a type error here, not a parse failure there).
 */
export function answerPanel<T extends PanelToContent['type']>(
  _type: T,
  answer: PanelToContentAnswer<T> | Promise<PanelToContentAnswer<T>>,
): Promise<PanelToContentAnswer<T>> {
  return Promise.resolve(answer);
}

export function answerContent<T extends ContentToBackground['type']>(
  _type: T,
  answer: ContentToBackgroundAnswer<T> | Promise<ContentToBackgroundAnswer<T>>,
): Promise<ContentToBackgroundAnswer<T>> {
  return Promise.resolve(answer);
}
