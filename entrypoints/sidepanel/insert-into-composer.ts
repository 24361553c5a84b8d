import { browser } from 'wxt/browser';
import { insertResultSchema, type PanelToContent } from '@/utils/messages';
import type { CaseRef } from '@/utils/sites/case-ref';

/**
 * Puts text at the cursor of the platform tab's reply box. Never sends it. `forCase` is the conversation the text was
 * prepared for: the page refuses it if it now shows another. Returns what to tell the agent.
 */
export async function insertIntoComposer(tabId: number, text: string, forCase: CaseRef): Promise<{ ok: boolean; message: string }> {
  const message: PanelToContent = { type: 'panel->content:insert-text', text, forCase };
  try {
    const parsed = insertResultSchema.safeParse(await browser.tabs.sendMessage(tabId, message));
    if (!parsed.success) return { ok: false, message: 'The page did not confirm the insertion. Reload the tab and try again.' };
    return parsed.data.ok
      ? { ok: true, message: 'Inserted into the reply box. Review it, then press Send.' }
      : { ok: false, message: parsed.data.message };
  } catch {
    return { ok: false, message: 'The platform tab is closed or was reloaded. Open the conversation and try again.' };
  }
}
