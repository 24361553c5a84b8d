// Quill 2 (bundled for the page by serve.ts). Quill reads DOM changes back into its Delta through a
// MutationObserver and undoes with its own history module (Ctrl+Z); Send posts quill.getText().
import Quill from 'quill';
import { mountSendBox } from './send-box.js';

let quill;
const mount = mountSendBox({
  // getText() ends with the document's final newline, which is no part of what the agent wrote.
  modelText: () => quill.getText().replace(/\n$/, ''),
  clear: () => quill.setText(''),
});
// Quill's history joins changes made within `delay` ms (1 s by default) into one undo step, so a reply inserted
// within a second of typing would be undone with the last keys typed. The tests insert right after typing; here
// each change is its own step, as it is with the default for an agent who paused before choosing a reply.
quill = new Quill(mount, { formats: [], modules: { toolbar: false, history: { delay: 0 } } });
// See react-textarea.js: test composers opt out of spell-checking.
quill.root.setAttribute('spellcheck', 'false');
quill.root.setAttribute('aria-label', 'Reply to the customer');
window.__quill = quill;
