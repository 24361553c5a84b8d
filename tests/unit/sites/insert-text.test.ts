// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { insertTextAtCursor, type InsertOptions } from '@/utils/sites/insert-text';

const REPLY = 'Hello Amelia,\n\nPlease send the photos.\n\nKind regards';
/** The tests' editors change the DOM synchronously: nothing to wait for. */
const now: InsertOptions = { settle: () => Promise.resolve() };

function composer(value = '') {
  document.body.innerHTML = '';
  const textarea = document.createElement('textarea');
  textarea.value = value;
  document.body.append(textarea);
  return textarea;
}

/** A contenteditable holding `draft`, with the cursor `fromEnd` characters before its end. */
function richComposer(draft: string, fromEnd = 0, className = '') {
  document.body.innerHTML = '';
  const editable = document.createElement('div');
  editable.contentEditable = 'true';
  editable.className = className;
  const text = document.createTextNode(draft);
  editable.append(text);
  document.body.append(editable);
  editable.focus();
  document.getSelection()!.collapse(text, draft.length - fromEnd);
  return editable;
}

/** Inserts `text` at the selection as the browser would; happy-dom has no execCommand of its own. */
function insertAtSelection(text: string) {
  const range = document.getSelection()!.getRangeAt(0);
  range.deleteContents();
  const node = document.createTextNode(text);
  range.insertNode(node);
  document.getSelection()!.collapse(node, text.length);
}

function stubExecCommand(behaviour: (command: string, value?: string) => boolean) {
  const execCommand = vi.fn((command: string, _showUi?: boolean, value?: string) => behaviour(command, value));
  Object.defineProperty(document, 'execCommand', { value: execCommand, configurable: true });
  return execCommand;
}

/** An editor that reads pastes into its own model, as Quill, CKEditor 5, Lexical, Draft.js and Slate do. */
function handlePastes(editable: HTMLElement, take: (text: string) => string = (text) => text) {
  const undo: (() => void)[] = [];
  editable.addEventListener('paste', (event) => {
    event.preventDefault();
    const text = take(event.clipboardData?.getData('text/plain') ?? '');
    if (!text) return;
    const snapshot = [...editable.childNodes].map((node) => node.cloneNode(true));
    undo.push(() => editable.replaceChildren(...snapshot));
    insertAtSelection(text);
  });
  editable.addEventListener('keydown', (event) => {
    if (event.ctrlKey && event.key === 'z') undo.pop()?.();
  });
}

afterEach(() => {
  delete (document as { execCommand?: unknown }).execCommand;
});

describe('insertTextAtCursor into a text field', () => {
  it('inserts at the cursor, keeping the draft on both sides, and tells the page through an input event', async () => {
    const textarea = composer('Hello Amelia,\n\nThanks');
    textarea.focus();
    textarea.setSelectionRange(15, 15);
    const seen: string[] = [];
    textarea.addEventListener('input', () => seen.push(textarea.value));
    const result = await insertTextAtCursor(textarea, 'Please send the photos.\n', now);
    expect(result.ok).toBe(true);
    expect(textarea.value).toBe('Hello Amelia,\n\nPlease send the photos.\nThanks');
    expect(seen).toEqual([textarea.value]);
  });

  it('appends after the draft when the composer had no cursor yet', async () => {
    const textarea = composer('Draft. ');
    (document.activeElement as HTMLElement | null)?.blur();
    await insertTextAtCursor(textarea, 'Added', now);
    expect(textarea.value).toBe('Draft. Added');
  });

  it('takes back a reply the field cut at its maximum length, and says so', async () => {
    const textarea = composer('Draft. ');
    textarea.maxLength = 20;
    textarea.focus();
    textarea.setSelectionRange(7, 7);
    // As the browser types into a field with maxlength: what does not fit is dropped.
    stubExecCommand((command, value) => {
      if (command !== 'insertText') return false;
      textarea.value = (textarea.value + value!).slice(0, textarea.maxLength);
      return true;
    });
    const seen: string[] = [];
    textarea.addEventListener('input', () => seen.push(textarea.value));
    const result = await insertTextAtCursor(textarea, REPLY, now);
    expect(result).toEqual({ ok: false, reason: 'refused', message: 'The reply is longer than the reply box takes (20 characters).' });
    expect(textarea.value).toBe('Draft. ');
    expect(seen.at(-1)).toBe('Draft. ');
  });

  it('refuses a read-only composer and a composer that left the page', async () => {
    const textarea = composer();
    textarea.readOnly = true;
    expect(await insertTextAtCursor(textarea, 'x', now)).toMatchObject({ ok: false, reason: 'read-only' });
    textarea.remove();
    expect(await insertTextAtCursor(textarea, 'x', now)).toMatchObject({ ok: false, reason: 'missing' });
    expect(await insertTextAtCursor(null, 'x', now)).toMatchObject({ ok: false, reason: 'missing' });
  });
});

describe('insertTextAtCursor into a rich editor', () => {
  it('hands the reply to an editor that reads pastes, at the cursor, and never also types it', async () => {
    const editable = richComposer('Thanks. Sam', 4);
    handlePastes(editable);
    const execCommand = stubExecCommand(() => true);
    expect(await insertTextAtCursor(editable, REPLY, now)).toEqual({ ok: true, method: 'paste' });
    expect(editable.textContent).toBe(`Thanks.${REPLY} Sam`);
    expect(execCommand).not.toHaveBeenCalled();
  });

  it('waits for an editor that moves the paste into its text on later turns, as TinyMCE does from its paste bin', async () => {
    const editable = richComposer('Thanks. ');
    editable.addEventListener('paste', (event) => {
      const text = event.clipboardData?.getData('text/plain') ?? '';
      const bin = document.createElement('div');
      bin.textContent = '%PASTEBIN%';
      editable.append(bin);
      setTimeout(() =>
        setTimeout(() => {
          bin.remove();
          insertAtSelection(text);
        }),
      );
    });
    expect(await insertTextAtCursor(editable, REPLY)).toEqual({ ok: true, method: 'paste' });
    expect(editable.textContent).toBe(`Thanks. ${REPLY}`);
  });

  it('types into a contenteditable that does not handle pastes', async () => {
    const editable = richComposer('Thanks. ');
    stubExecCommand((command, value) => (command === 'insertText' ? (insertAtSelection(value!), true) : false));
    expect(await insertTextAtCursor(editable, 'Kind regards', now)).toEqual({ ok: true, method: 'execCommand' });
    expect(editable.textContent).toBe('Thanks. Kind regards');
  });

  it('types into ProseMirror, whose paste would drop the blank lines, one paragraph command per line break', async () => {
    const editable = richComposer('Thanks. ', 0, 'ProseMirror');
    handlePastes(editable, () => 'pasted');
    const commands: string[] = [];
    stubExecCommand((command, value) => {
      commands.push(value === undefined ? command : `${command}:${value}`);
      if (command === 'insertText') insertAtSelection(value!);
      return true;
    });
    const result = await insertTextAtCursor(editable, 'Hello,\n\nBye', { ...now, paragraphCommands: true });
    expect(result).toEqual({ ok: true, method: 'execCommand' });
    expect(commands).toEqual(['insertText:Hello,', 'insertParagraph', 'insertParagraph', 'insertText:Bye']);
  });

  it('takes back a reply the editor kept only part of, and says it was refused', async () => {
    const editable = richComposer('Thanks. Sam', 4);
    handlePastes(editable, (text) => text.slice(0, 20));
    const result = await insertTextAtCursor(editable, REPLY, now);
    expect(result).toMatchObject({ ok: false, reason: 'refused' });
    expect(editable.textContent).toBe('Thanks. Sam');
  });

  it('says so when an editor takes the paste and keeps nothing, without typing the reply behind its back', async () => {
    const editable = richComposer('Thanks. ');
    editable.addEventListener('paste', (event) => event.preventDefault());
    const execCommand = stubExecCommand(() => true);
    expect(await insertTextAtCursor(editable, REPLY, now)).toMatchObject({ ok: false, reason: 'refused' });
    expect(editable.textContent).toBe('Thanks. ');
    expect(execCommand).not.toHaveBeenCalled();
  });

  it('says so when neither a paste nor typing changes the composer', async () => {
    const editable = richComposer('Thanks. ');
    stubExecCommand(() => true);
    expect(await insertTextAtCursor(editable, REPLY, now)).toMatchObject({ ok: false, reason: 'refused' });
    expect(editable.textContent).toBe('Thanks. ');
  });

  it('reports a composer still holding part of the reply when the editor would not undo it', async () => {
    const editable = richComposer('Thanks. ');
    editable.addEventListener('paste', (event) => {
      event.preventDefault();
      insertAtSelection('Hello');
    });
    const result = await insertTextAtCursor(editable, REPLY, now);
    expect(result).toMatchObject({ ok: false, reason: 'refused', message: expect.stringContaining('only part') });
  });
});
