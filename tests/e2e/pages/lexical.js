// Lexical (vanilla, bundled for the page by serve.ts) with its plain-text behaviour and history: Lexical handles
// beforeinput itself, keeps its own editor state and re-renders the DOM from it; Enter makes a line break.
// Send posts the editor state's text.
import { $getRoot, createEditor } from 'lexical';
import { registerHistory, createEmptyHistoryState } from '@lexical/history';
import { registerPlainText } from '@lexical/plain-text';
import { mountSendBox } from './send-box.js';

const editor = createEditor({ namespace: 'composer', onError: (error) => console.error(error) });
const mount = mountSendBox({
  modelText: () => editor.getEditorState().read(() => $getRoot().getTextContent()),
  clear: () => editor.update(() => $getRoot().clear()),
});
const editable = document.createElement('div');
editable.contentEditable = 'true';
editable.className = 'editor';
// See react-textarea.js: test composers opt out of spell-checking.
editable.spellcheck = false;
editable.setAttribute('aria-label', 'Reply to the customer');
mount.append(editable);
editor.setRootElement(editable);
registerPlainText(editor);
registerHistory(editor, createEmptyHistoryState(), 300);
window.__lexical = editor;
