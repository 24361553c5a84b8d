// What every editor page shares: where the editor mounts, and a Send button that posts exactly the text the editor's
// own model holds (window.__editorText, what a platform would send) to window.__posted and the page's sent list,
// then empties the editor. Text that reached the DOM behind the editor's back would therefore not be posted.

/**
 * @param {{ modelText: () => string, clear: () => void }} editor
 * @returns {HTMLElement} the element the editor mounts into, marked as the platform's composer (data-qa)
 */
export function mountSendBox(editor) {
  const root = document.getElementById('composer-root');
  const mount = document.createElement('div');
  mount.setAttribute('data-qa', 'composer-input');
  const send = document.createElement('button');
  send.type = 'button';
  send.textContent = 'Send';
  const sent = document.createElement('ol');
  sent.id = 'sent';
  root.append(mount, send, sent);
  send.addEventListener('click', () => {
    const text = editor.modelText();
    window.__posted = [...(window.__posted ?? []), text];
    const item = document.createElement('li');
    item.setAttribute('data-qa', 'sent-message');
    item.textContent = text;
    sent.append(item);
    editor.clear();
  });
  window.__editorText = () => editor.modelText();
  return mount;
}
