import type { ConversationSnapshot } from '@/utils/sites/snapshot';
import type { MacroHost, StepOutcome } from '@/utils/macros/runner';
import type { LibraryTemplate } from '@/utils/templates/library';
import { caseTemplateValues, renderForCase, type CaseFacts } from '@/utils/templates/case-render';
import type { TemplateLocale } from '@/utils/templates/define';
import { templateVariable } from '@/utils/templates/variables';
import { builtinTemplate } from '@/utils/templates/registry';
import type { TemplateValues } from '@/utils/templates/render';
import { UnusableAnswerError, type PanelToContent } from '@/utils/messages';
import { askContent } from '@/utils/extension/messaging';
import { t } from '@/utils/i18n/translate';
import {
  bodyVariables,
  PHOTO_REQUEST_VARIABLES,
  photoCheckFinished,
  settledPhotoRequest,
  waitingForPhotoCheck,
} from '@/utils/checklist/check-progress';
import { bodyFor } from '@/utils/templates/define';
import type { PhotoCheckState } from './use-photo-check';
import type { NumbersState } from './use-numbers';
import { insertIntoComposer } from './insert-into-composer';
import { caseRefOf } from '@/utils/sites/case-ref';
import { followedConversationLabel } from './use-followed-conversation';

/**
 * The side panel as a macro host: the steps wait for the panel's own photo check and number reading (they start
 * when the conversation opens), render from the same facts as the Replies list, and act on the page through the
 * content script. Reads the latest panel state through `current()` because a step may wait across renders.
 */
export interface PanelFacts {
  snapshot: ConversationSnapshot;
  tabId: number;
  photoCheck: PhotoCheckState;
  numbers: NumbersState;
  readValues: TemplateValues;
  library: readonly LibraryTemplate[];
  /** The case's reply language (use-reply-language.ts), so keys, palette and macros answer in it like the list. */
  replyLocale?: TemplateLocale;
}

/** Long enough for OCR on a slow machine, short enough that a stuck step ends with a message. */
const STEP_WAIT_MS = 120_000;
const POLL_MS = 100;

/** Facts only reading the attachments can give; a reply may leave their line out, and the agent must know. */
const READ_FACTS = ['waybill', 'imei'];

/** "inserted without a DHL waybill: none was read from the attachments", or null when nothing read is missing. */
function readFactsLeftOut(variables: readonly string[], values: TemplateValues): string | null {
  const absent = READ_FACTS.filter((name) => variables.includes(name) && typeof values[name] !== 'string');
  if (absent.length === 0) return null;
  const labels = absent
    .map((name) => templateVariable(name)?.label ?? name)
    .map((label) => `${/^[AEIOU]/.test(label) ? 'an' : 'a'} ${label}`)
    .join(' or ');
  return `inserted without ${labels}: none was read from the attachments`;
}

const ok = <T>(value: T): StepOutcome<T> => ({ ok: true, value });
const fail = (reason: string): StepOutcome<never> => ({ ok: false, reason });

const photosDone = photoCheckFinished;

function numbersDone(numbers: NumbersState, photoCheck: PhotoCheckState): boolean {
  // Numbers start after the photo check; before that, total may still be 0 while attachments wait.
  return photosDone(photoCheck) && numbers.images.every((image) => image.status === 'done');
}

async function waitUntil(condition: () => boolean, timeoutMs: number, signal?: AbortSignal): Promise<boolean> {
  const started = Date.now();
  while (!condition()) {
    if (signal?.aborted || Date.now() - started > timeoutMs) return false;
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
  return true;
}

type PageAction = Extract<
  PanelToContent,
  { type: 'panel->content:copy-text' | 'panel->content:focus-composer' | 'panel->content:next-conversation' }
>;

async function sendToTab(tabId: number, message: PageAction): Promise<StepOutcome<void>> {
  try {
    const answer = await askContent(tabId, message);
    return answer.ok ? ok(undefined) : fail(answer.message);
  } catch (error) {
    return fail(error instanceof UnusableAnswerError ? t('macroRun.stepPageNoAnswer') : t('macroRun.stepTabGone'));
  }
}

/**
 * `signal` aborts when the panel leaves the conversation (it follows another one): every later step then stops.
 * Page actions carry the conversation the macro started on, so the page refuses them if it shows another by then.
 */
export function createPanelMacroHost(current: () => PanelFacts, signal?: AbortSignal): MacroHost {
  const forCase = caseRefOf(current().snapshot);
  const stopped = async () => {
    if (!signal?.aborted) return null;
    // The panel leaves a conversation as soon as the page does; the next one's read may take a moment to arrive.
    for (let waited = 0; followedConversationLabel() === null && waited < 2_000; waited += POLL_MS) {
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
    const now = followedConversationLabel();
    return fail(t('macroRun.stoppedOnAnotherCase', { case: forCase.label, now: now ?? t('macroRun.anotherPage') }));
  };
  const facts = (): CaseFacts => {
    const state = current();
    return {
      snapshot: state.snapshot,
      photoRequest: settledPhotoRequest(state.photoCheck),
      readValues: state.readValues,
      now: new Date(),
      locale: state.replyLocale,
    };
  };
  return {
    async checkPhotos() {
      if (!(await waitUntil(() => photosDone(current().photoCheck), STEP_WAIT_MS, signal))) {
        return (await stopped()) ?? fail(t('macroRun.photoCheckSlow'));
      }
      const { photoCheck } = current();
      return photoCheck.error ? fail(photoCheck.error) : ok(undefined);
    },
    async readNumbers() {
      // Asking for the numbers (a macro, "Check the conversation") ends a pause.
      if (current().numbers.paused) current().numbers.resume();
      if (!(await waitUntil(() => numbersDone(current().numbers, current().photoCheck), STEP_WAIT_MS, signal))) {
        return (await stopped()) ?? fail(t('macroRun.numbersSlow'));
      }
      return ok(undefined);
    },
    async renderTemplate(templateId) {
      const template = current().library.find((candidate) => candidate.id === templateId);
      if (!template) return fail(t('macroRun.templateGone', { id: templateId }));
      // A reply drafted from the photo checklist waits for the last photo, never drafts from a partial check.
      const variables = bodyVariables(bodyFor(template, current().snapshot.country));
      if (waitingForPhotoCheck(variables, current().photoCheck)) {
        if (!(await waitUntil(() => photosDone(current().photoCheck), STEP_WAIT_MS, signal))) {
          return (await stopped()) ?? fail(t('macroRun.photoCheckSlow'));
        }
        // Checked, but some photos could not be fetched (a host not allowed yet): no request from a partial set.
        const still = waitingForPhotoCheck(variables, current().photoCheck);
        if (still) return fail(still);
      }
      const known = facts();
      const rendered = renderForCase(template, known);
      if (!rendered.ok) return fail(rendered.message);
      const leftOut = readFactsLeftOut(variables, caseTemplateValues(known));
      return leftOut ? { ok: true, value: rendered.text, note: leftOut } : ok(rendered.text);
    },
    async renderPhotoRequest() {
      const { photoCheck } = current();
      if (!photosDone(photoCheck)) return fail(t('macroRun.photoCheckFirst', { step: t('macroStep.check-photos') }));
      const waiting = waitingForPhotoCheck(PHOTO_REQUEST_VARIABLES, photoCheck);
      if (waiting) return fail(waiting);
      if (photoCheck.progress.total > 0 && photoCheck.summary.request.items.length === 0) {
        return fail(t('macroRun.nothingToAsk'));
      }
      const rendered = renderForCase(builtinTemplate('photo-request-missing'), {
        ...facts(),
        photoRequest: photoCheck.summary.request,
      });
      return rendered.ok ? ok(rendered.text) : fail(rendered.message);
    },
    async waybill() {
      const { readValues, snapshot } = current();
      if (typeof readValues.waybill === 'string') return ok(readValues.waybill);
      // The order's tracking number is the outbound parcel's: only the platform's return shipment (its own data)
      // carries a return waybill.
      if (snapshot.trackingNumber && snapshot.sources?.carrier === 'data' && /dhl/i.test(snapshot.carrier ?? '')) {
        return ok(snapshot.trackingNumber);
      }
      return fail(t('macroRun.noWaybill'));
    },
    insertText: async (text) => {
      const stop = await stopped();
      if (stop) return stop;
      const result = await insertIntoComposer(current().tabId, text, forCase);
      return result.ok ? ok(undefined) : fail(result.message);
    },
    copyText: async (text) => (await stopped()) ?? sendToTab(current().tabId, { type: 'panel->content:copy-text', text, forCase }),
    focusComposer: async () => (await stopped()) ?? sendToTab(current().tabId, { type: 'panel->content:focus-composer' }),
    nextConversation: async () => (await stopped()) ?? sendToTab(current().tabId, { type: 'panel->content:next-conversation', forCase }),
  };
}
