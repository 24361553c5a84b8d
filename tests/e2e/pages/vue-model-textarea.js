// Vue's v-model on a textarea, by hand (vue is not installed here): a reactive model updated from `input` events,
// the textarea rendered from the model (written only when it differs, as Vue's vModelText does), and Send posting
// the model, not the DOM. Text the page never heard about through `input` would not be sent.
const model = { draft: '', posted: [] };
const root = document.getElementById('composer-root');
const textarea = document.createElement('textarea');
textarea.setAttribute('data-qa', 'composer-input');
textarea.setAttribute('aria-label', 'Reply to the customer');
// Chromium downloads a spell-check dictionary from redirector.gvt1.com when one types in a spell-checked field; the
// tests assert that nothing leaves 127.0.0.1, so these test composers opt out (real ones need not).
textarea.spellcheck = false;
const send = document.createElement('button');
send.type = 'button';
send.textContent = 'Send';
const sent = document.createElement('ol');
sent.id = 'sent';
root.append(textarea, send, sent);

function renderFromModel() {
  if (textarea.value !== model.draft) textarea.value = model.draft;
  sent.replaceChildren(
    ...model.posted.map((text) => {
      const item = document.createElement('li');
      item.setAttribute('data-qa', 'sent-message');
      item.textContent = text;
      return item;
    }),
  );
}

textarea.addEventListener('input', (event) => {
  // v-model skips updates while an IME composition is running; none happens in these tests.
  if (event.isComposing) return;
  model.draft = textarea.value;
  renderFromModel();
});
send.addEventListener('click', () => {
  window.__posted = [...(window.__posted ?? []), model.draft];
  model.posted.push(model.draft);
  model.draft = '';
  renderFromModel();
});
window.__model = model;
renderFromModel();
