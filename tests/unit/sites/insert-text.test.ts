import { describe, expect, it } from 'vitest';
import { insertTextAtCursor } from '@/utils/sites/insert-text';

function composer(value = '') {
  document.body.innerHTML = '';
  const textarea = document.createElement('textarea');
  textarea.value = value;
  document.body.append(textarea);
  return textarea;
}

describe('insertTextAtCursor', () => {
  it('inserts at the cursor, keeping the draft on both sides, and tells the page through an input event', () => {
    const textarea = composer('Hello Amelia,\n\nThanks');
    textarea.focus();
    textarea.setSelectionRange(15, 15);
    const seen: string[] = [];
    textarea.addEventListener('input', () => seen.push(textarea.value));
    const result = insertTextAtCursor(textarea, 'Please send the photos.\n');
    expect(result.ok).toBe(true);
    expect(textarea.value).toBe('Hello Amelia,\n\nPlease send the photos.\nThanks');
    expect(seen).toEqual([textarea.value]);
  });

  it('appends after the draft when the composer had no cursor yet', () => {
    const textarea = composer('Draft. ');
    (document.activeElement as HTMLElement | null)?.blur();
    insertTextAtCursor(textarea, 'Added');
    expect(textarea.value).toBe('Draft. Added');
  });

  it('refuses a read-only composer and a composer that left the page', () => {
    const textarea = composer();
    textarea.readOnly = true;
    expect(insertTextAtCursor(textarea, 'x')).toMatchObject({ ok: false, reason: 'read-only' });
    textarea.remove();
    expect(insertTextAtCursor(textarea, 'x')).toMatchObject({ ok: false, reason: 'missing' });
    expect(insertTextAtCursor(null, 'x')).toMatchObject({ ok: false, reason: 'missing' });
  });
});
