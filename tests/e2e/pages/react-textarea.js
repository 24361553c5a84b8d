// A React-style controlled textarea, written with preact/compat (React's API on Preact; react and react-dom are not
// installed here). The value lives in state and is written back on every render, exactly like React's controlled
// inputs: text that the framework did not see through `onChange` would be reverted on the next render.
import { createElement as h, render } from 'preact/compat';
import { useState } from 'preact/compat';

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
      // Chromium downloads a spell-check dictionary from redirector.gvt1.com when one types in a spell-checked field; the
      // tests assert that nothing leaves 127.0.0.1, so these test composers opt out (real ones need not).
      spellcheck: false,
      value: draft,
      onChange: (event) => setDraft(event.target.value),
    }),
    h('button', { type: 'button', onClick: send }, 'Send'),
    h('ol', { id: 'sent' }, posted.map((text, index) => h('li', { key: index, 'data-qa': 'sent-message' }, text))),
  );
}

render(h(Composer), document.getElementById('composer-root'));
