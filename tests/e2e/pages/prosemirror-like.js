// A ProseMirror/Tiptap-like editor (neither is installed here): a contenteditable whose document model is kept
// by the editor from the browser's `beforeinput`/`input` events, as ProseMirror's DOM observer does. Send posts
// the model's text, never the DOM's, so text inserted behind the editor's back would be lost.
const root = document.getElementById('composer-root');
const editor = document.createElement('div');
editor.className = 'editor ProseMirror';
editor.contentEditable = 'true';
editor.setAttribute('role', 'textbox');
editor.setAttribute('aria-multiline', 'true');
editor.setAttribute('aria-label', 'Reply to the customer');
editor.setAttribute('data-qa', 'composer-input');
// Chromium downloads a spell-check dictionary from redirector.gvt1.com when one types in a spell-checked field; the
// tests assert that nothing leaves 127.0.0.1, so these test composers opt out (real ones need not).
editor.spellcheck = false;
const send = document.createElement('button');
send.type = 'button';
send.textContent = 'Send';
const sent = document.createElement('ol');
sent.id = 'sent';
root.append(editor, send, sent);

// The model: paragraphs of plain text, rebuilt from the DOM after each input the editor is told about.
const state = { paragraphs: [''], inputTypes: [] };
const readParagraphs = () => {
  const blocks = [...editor.childNodes];
  if (blocks.length === 0) return [''];
  // Chrome and Firefox split inserted lines into block elements, or keep text with <br>s: read both.
  const text = blocks
    .map((node) => (node.nodeType === Node.ELEMENT_NODE && node.tagName !== 'BR' ? `\n${node.innerText.replace(/\n$/, '')}` : node.nodeName === 'BR' ? '\n' : node.textContent))
    .join('')
    .replace(/^\n/, '');
  return text.split('\n');
};
editor.addEventListener('beforeinput', (event) => state.inputTypes.push(event.inputType));
editor.addEventListener('input', () => {
  state.paragraphs = readParagraphs();
});
const docText = () => state.paragraphs.join('\n');
send.addEventListener('click', () => {
  window.__posted = [...(window.__posted ?? []), docText()];
  const item = document.createElement('li');
  item.setAttribute('data-qa', 'sent-message');
  item.textContent = docText();
  sent.append(item);
  editor.replaceChildren();
  state.paragraphs = [''];
});
window.__editorText = docText;
window.__editorState = state;
