import type { PageActionResult } from '@/utils/messages';
import { t } from '@/utils/i18n/translate';

/**
 * Copies from the page, where the agent's focus and key press are (the side panel usually has neither, and the
 * clipboard API wants a focused document). Falls back to a hidden textarea and the copy command, which the
 * `clipboardWrite` permission allows without a gesture.
 */
export async function copyText(text: string): Promise<PageActionResult> {
  try {
    await navigator.clipboard.writeText(text);
    return { ok: true };
  } catch {
    const field = document.createElement('textarea');
    field.value = text;
    field.setAttribute('readonly', '');
    field.style.position = 'fixed';
    field.style.opacity = '0';
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    document.documentElement.append(field);
    field.select();
    const copied = document.execCommand('copy');
    field.remove();
    previous?.focus();
    return copied ? { ok: true } : { ok: false, message: t('pageReading.copyRefused') };
  }
}
