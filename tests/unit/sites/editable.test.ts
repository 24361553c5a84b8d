// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { editableInFrame, editableWithin } from '@/utils/sites/editable';

function container(build: (root: HTMLElement) => void): HTMLElement {
  document.body.replaceChildren();
  const root = document.createElement('div');
  build(root);
  document.body.append(root);
  return root;
}

/**
 * A same-origin iframe whose document an editor made editable, as TinyMCE does with its body. happy-dom loads no
 * frame documents, so the frame is given one.
 */
function editorFrame(root: HTMLElement, how: 'body' | 'design-mode' | 'nothing') {
  const frame = document.createElement('iframe');
  const frameDocument = document.implementation.createHTMLDocument('frame');
  Object.defineProperty(frame, 'contentDocument', { get: () => frameDocument });
  root.append(frame);
  frameDocument.body.textContent = 'Draft';
  if (how === 'body') frameDocument.body.contentEditable = 'true';
  if (how === 'design-mode') frameDocument.designMode = 'on';
  return frame;
}

describe('editableWithin', () => {
  it('returns the marked element when it is where text goes', () => {
    const textarea = document.createElement('textarea');
    expect(editableWithin(container((root) => root.append(textarea)).firstElementChild!)).toBe(textarea);
  });

  it("finds an editor's root inside the marked element, not a paragraph within it", () => {
    const root = container((root) => {
      const editor = document.createElement('div');
      editor.className = 'ql-editor';
      editor.contentEditable = 'true';
      editor.append(document.createElement('p'));
      root.append(document.createElement('span'), editor);
    });
    expect(editableWithin(root)?.className).toBe('ql-editor');
  });

  it('skips the textarea an editor hid and finds the body of its iframe', () => {
    const root = container((root) => {
      const hidden = document.createElement('textarea');
      hidden.style.display = 'none';
      root.append(hidden);
    });
    const frame = editorFrame(root, 'body');
    expect(editableWithin(root)).toBe(frame.contentDocument!.body);
  });

  it('returns null when nothing in the element takes text', () => {
    const root = container((root) => {
      root.append(document.createElement('button'));
      const readOnly = document.createElement('div');
      readOnly.contentEditable = 'false';
      root.append(readOnly);
    });
    editorFrame(root, 'nothing');
    expect(editableWithin(root)).toBeNull();
  });
});

describe('editableInFrame', () => {
  it('returns the body of a frame in design mode or with an editable body, else nothing', () => {
    const root = container(() => undefined);
    expect(editableInFrame(editorFrame(root, 'design-mode'))).toBe(root.querySelector('iframe')!.contentDocument!.body);
    expect(editableInFrame(editorFrame(root, 'nothing'))).toBeNull();
  });
});
