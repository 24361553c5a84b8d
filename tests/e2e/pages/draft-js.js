// Draft.js (bundled for the page with React by serve.ts): a controlled editor whose EditorState lives in React
// state; Draft handles beforeinput/keys itself and undoes with EditorState.undo. Send posts the content's plain
// text (blocks joined by line breaks).
import { Editor, EditorState } from 'draft-js';
import { createElement as h, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { mountSendBox } from './send-box.js';

let current = EditorState.createEmpty();
let setCurrent = () => undefined;
const mount = mountSendBox({
  modelText: () => current.getCurrentContent().getPlainText('\n'),
  clear: () => setCurrent(EditorState.createEmpty()),
});

function Composer() {
  const [editorState, setEditorState] = useState(current);
  current = editorState;
  setCurrent = (next) => {
    current = next;
    setEditorState(next);
  };
  return h(Editor, {
    editorState,
    onChange: (next) => setCurrent(next),
    ariaLabel: 'Reply to the customer',
    // See react-textarea.js: test composers opt out of spell-checking.
    spellCheck: false,
  });
}
createRoot(mount).render(h(Composer));
