// A ProseMirror editor (prosemirror-view with the basic schema, history and the standard keymap; bundled for the
// page by serve.ts), as Tiptap and other rich editors build on. ProseMirror keeps its own document and reads DOM
// changes back into it; Send posts the document's text, so text inserted behind its back would be lost.
import { baseKeymap } from 'prosemirror-commands';
import { history, redo, undo } from 'prosemirror-history';
import { keymap } from 'prosemirror-keymap';
import { schema } from 'prosemirror-schema-basic';
import { EditorState } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';

const root = document.getElementById('composer-root');
const mount = document.createElement('div');
const send = document.createElement('button');
send.type = 'button';
send.textContent = 'Send';
const sent = document.createElement('ol');
sent.id = 'sent';
root.append(mount, send, sent);

const freshState = () =>
  EditorState.create({ schema, plugins: [history(), keymap({ 'Mod-z': undo, 'Mod-y': redo, 'Shift-Mod-z': redo }), keymap(baseKeymap)] });

const view = new EditorView(mount, {
  state: freshState(),
  attributes: {
    class: 'editor',
    role: 'textbox',
    'aria-multiline': 'true',
    'aria-label': 'Reply to the customer',
    'data-qa': 'composer-input',
    // See react-textarea.js: test composers opt out of spell-checking.
    spellcheck: 'false',
  },
});

const docText = () => view.state.doc.textBetween(0, view.state.doc.content.size, '\n');
send.addEventListener('click', () => {
  window.__posted = [...(window.__posted ?? []), docText()];
  const item = document.createElement('li');
  item.setAttribute('data-qa', 'sent-message');
  item.textContent = docText();
  sent.append(item);
  view.updateState(freshState());
});
window.__editorText = docText;
window.__editorView = view;
