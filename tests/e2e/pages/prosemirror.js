// A ProseMirror editor (prosemirror-view with the basic schema, history and the standard keymap; bundled for the
// page by serve.ts), as Tiptap and other rich editors build on. ProseMirror keeps its own document and reads DOM
// changes back into it; Send posts the document's text, so text inserted behind its back would be lost.
import { baseKeymap } from 'prosemirror-commands';
import { history, redo, undo } from 'prosemirror-history';
import { keymap } from 'prosemirror-keymap';
import { schema } from 'prosemirror-schema-basic';
import { EditorState } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import { mountSendBox } from './send-box.js';

const freshState = () =>
  EditorState.create({ schema, plugins: [history(), keymap({ 'Mod-z': undo, 'Mod-y': redo, 'Shift-Mod-z': redo }), keymap(baseKeymap)] });

let view;
const mount = mountSendBox({
  modelText: () => view.state.doc.textBetween(0, view.state.doc.content.size, '\n'),
  clear: () => view.updateState(freshState()),
});
view = new EditorView(mount, {
  state: freshState(),
  attributes: {
    class: 'editor',
    role: 'textbox',
    'aria-multiline': 'true',
    'aria-label': 'Reply to the customer',
    // See react-textarea.js: test composers opt out of spell-checking.
    spellcheck: 'false',
  },
});
