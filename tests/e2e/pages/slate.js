// Slate with slate-react and slate-history (bundled for the page with React by serve.ts): Slate handles
// beforeinput itself and keeps its own document (paragraph elements); Send posts the paragraphs' text joined by
// line breaks.
import { createElement as h, useMemo, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { createEditor, Editor, Node, Transforms } from 'slate';
import { withHistory } from 'slate-history';
import { Editable, Slate, withReact } from 'slate-react';
import { mountSendBox } from './send-box.js';

const EMPTY = () => [{ type: 'paragraph', children: [{ text: '' }] }];
const editor = withHistory(withReact(createEditor()));
const mount = mountSendBox({
  modelText: () => editor.children.map((node) => Node.string(node)).join('\n'),
  clear: () => {
    Transforms.delete(editor, { at: { anchor: Editor.start(editor, []), focus: Editor.end(editor, []) } });
  },
});

function Composer() {
  const initialValue = useMemo(EMPTY, []);
  const [, rerender] = useState(0);
  return h(
    Slate,
    { editor, initialValue, onChange: () => rerender((n) => n + 1) },
    h(Editable, {
      className: 'editor',
      'aria-label': 'Reply to the customer',
      // See react-textarea.js: test composers opt out of spell-checking.
      spellCheck: false,
      renderElement: ({ attributes, children }) => h('p', attributes, children),
    }),
  );
}
createRoot(mount).render(h(Composer));
window.__slate = editor;
