// TinyMCE, self-hosted from the npm package (bundled for the page by serve.ts; its theme, model, icons and skin are
// served by serve.ts from node_modules/tinymce under /tinymce/, no CDN). Its editable area is the body of an
// iframe. TinyMCE's model is its DOM, serialized by getContent(); Send posts that content as plain text: paragraphs
// apart by a blank line and <br> as a line break, as TinyMCE's own plain-text paste builds them.
import tinymce from 'tinymce';
import { mountSendBox } from './send-box.js';

let editor;
function contentAsText() {
  const body = new DOMParser().parseFromString(editor.getContent(), 'text/html').body;
  const blockText = (block) => {
    block.querySelectorAll('br').forEach((br) => br.replaceWith('\n'));
    return block.textContent.replace(/\u00a0/g, ' ');
  };
  return [...body.children].map(blockText).join('\n\n');
}
const mount = mountSendBox({ modelText: () => contentAsText(), clear: () => editor.setContent('') });
const target = document.createElement('div');
mount.append(target);
[editor] = await tinymce.init({
  target,
  base_url: '/tinymce',
  suffix: '.min',
  license_key: 'gpl',
  menubar: false,
  toolbar: false,
  statusbar: false,
  promotion: false,
  // See react-textarea.js: test composers opt out of spell-checking.
  browser_spellcheck: false,
  iframe_aria_text: 'Reply to the customer',
});
editor.getBody().setAttribute('spellcheck', 'false');
window.__tinymce = editor;
