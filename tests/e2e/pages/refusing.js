// A composer that takes only what the agent types: a contenteditable whose page cancels every beforeinput and
// paste that does not follow a real key press, and puts back any other change to its DOM (as a model-driven
// editor re-rendering from a model that never heard of the change does). The panel must say the text was refused
// and leave the agent's draft exactly as it was.
import { mountSendBox } from './send-box.js';

const editable = document.createElement('div');
let accepted = document.createDocumentFragment();
const mount = mountSendBox({
  modelText: () => accepted.textContent,
  clear: () => {
    accepted = document.createDocumentFragment();
    editable.replaceChildren();
  },
});
editable.contentEditable = 'true';
editable.className = 'editor';
// See react-textarea.js: test composers opt out of spell-checking.
editable.spellcheck = false;
editable.setAttribute('aria-label', 'Reply to the customer');
mount.append(editable);

// A key's own beforeinput comes in the same task as its keydown; the flag is gone by the next task.
let keyPressed = false;
editable.addEventListener('keydown', (event) => {
  if (!event.isTrusted) return;
  keyPressed = true;
  setTimeout(() => (keyPressed = false));
});
const refuseUnlessTyped = (event) => {
  if (!keyPressed) event.preventDefault();
};
editable.addEventListener('beforeinput', refuseUnlessTyped);
editable.addEventListener('paste', (event) => event.preventDefault());
const remember = () => {
  accepted = document.createDocumentFragment();
  accepted.append(...[...editable.childNodes].map((node) => node.cloneNode(true)));
};
new MutationObserver(() => {
  if (keyPressed) remember();
  else if (editable.textContent !== accepted.textContent) editable.replaceChildren(...[...accepted.childNodes].map((node) => node.cloneNode(true)));
}).observe(editable, { childList: true, characterData: true, subtree: true });
