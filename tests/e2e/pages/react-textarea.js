// A controlled textarea in React 19 (react + react-dom, bundled for the page by serve.ts): the value lives in state
// and is written back on every render, so text React did not see through onChange is reverted and never sent.
import { createElement as h, useState } from 'react';
import { createRoot } from 'react-dom/client';

function Composer() {
  const [draft, setDraft] = useState('');
  const [posted, setPosted] = useState([]);
  const send = () => {
    window.__posted = [...(window.__posted ?? []), draft];
    setPosted([...posted, draft]);
    setDraft('');
  };
  return h(
    'div',
    null,
    h('textarea', {
      'data-qa': 'composer-input',
      'aria-label': 'Reply to the customer',
      // Chromium downloads a spell-check dictionary from redirector.gvt1.com when one types in a spell-checked field;
      // the tests assert that nothing leaves 127.0.0.1, so these test composers opt out (real ones need not).
      spellCheck: false,
      value: draft,
      onChange: (event) => setDraft(event.target.value),
    }),
    h('button', { type: 'button', onClick: send }, 'Send'),
    h('ol', { id: 'sent' }, posted.map((text, index) => h('li', { key: index, 'data-qa': 'sent-message' }, text))),
  );
}

createRoot(document.getElementById('composer-root')).render(h(Composer));
