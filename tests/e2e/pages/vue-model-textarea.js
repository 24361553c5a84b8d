// Vue 3's v-model on a textarea (vue's runtime, bundled for the page by serve.ts). The render function uses the
// vModelText directive exactly as the template compiler emits it for `<textarea v-model="draft">`; Send posts the
// model, not the DOM, so text Vue never heard about through `input` would not be sent.
import { createApp, h, reactive, vModelText, withDirectives } from 'vue';

const model = reactive({ draft: '', posted: [] });
window.__model = model;

createApp({
  render: () =>
    h('div', null, [
      withDirectives(
        h('textarea', {
          'data-qa': 'composer-input',
          'aria-label': 'Reply to the customer',
          // See react-textarea.js: test composers opt out of spell-checking.
          spellcheck: false,
          'onUpdate:modelValue': (value) => (model.draft = value),
        }),
        [[vModelText, model.draft]],
      ),
      h(
        'button',
        {
          type: 'button',
          onClick: () => {
            window.__posted = [...(window.__posted ?? []), model.draft];
            model.posted.push(model.draft);
            model.draft = '';
          },
        },
        'Send',
      ),
      h('ol', { id: 'sent' }, model.posted.map((text, index) => h('li', { key: index, 'data-qa': 'sent-message' }, text))),
    ]),
}).mount('#composer-root');
