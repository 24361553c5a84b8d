import { UnusableAnswerError } from '@/utils/messages';
import { askContent } from '@/utils/extension/messaging';
import type { CaseRef } from '@/utils/sites/case-ref';
import { t } from '@/utils/i18n/translate';

/**
 * Puts text at the cursor of the platform tab's reply box. Never sends it. `forCase` is the conversation the text was
 * prepared for: the page refuses it if it now shows another. Returns what to tell the agent.
 */
export async function insertIntoComposer(tabId: number, text: string, forCase: CaseRef): Promise<{ ok: boolean; message: string }> {
  try {
    const answer = await askContent(tabId, { type: 'panel->content:insert-text', text, forCase });
    return answer.ok ? { ok: true, message: t('replies.insertedReview') } : { ok: false, message: answer.message };
  } catch (error) {
    if (error instanceof UnusableAnswerError) return { ok: false, message: t('replies.insertNotConfirmed') };
    return { ok: false, message: t('replies.tabGone') };
  }
}
