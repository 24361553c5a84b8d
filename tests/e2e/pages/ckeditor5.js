// CKEditor 5, self-hosted under the GPL (bundled for the page by serve.ts): the classic editor with its typing,
// Enter, clipboard and undo plugins (Essentials) and paragraphs. CKEditor keeps its own model and renders the DOM
// from it; Send posts the model as CKEditor's own plain-text conversion gives it (paragraphs apart by a blank line,
// soft breaks as line breaks), as its clipboard does.
import { ClassicEditor, Essentials, Paragraph, viewToPlainText } from 'ckeditor5';
import { mountSendBox } from './send-box.js';

let editor;
const mount = mountSendBox({
  modelText: () => viewToPlainText(editor.editing.view.domConverter, editor.editing.view.document.getRoot()),
  clear: () => editor.setData(''),
});
const target = document.createElement('div');
mount.append(target);
editor = await ClassicEditor.create({ attachTo: target, licenseKey: 'GPL', plugins: [Essentials, Paragraph], toolbar: [] });
editor.editing.view.change((writer) => {
  const root = editor.editing.view.document.getRoot();
  // See react-textarea.js: test composers opt out of spell-checking.
  writer.setAttribute('spellcheck', 'false', root);
  writer.setAttribute('aria-label', 'Reply to the customer', root);
});
window.__ckeditor = editor;
