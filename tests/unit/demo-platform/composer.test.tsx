import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ConversationView } from '@/scripts/demo-platform/app/components/conversation-view';
import { demoConversationViews } from '@/scripts/demo-platform/data/index';

/**
 * The demo composer must behave like a framework-controlled editor: the extension has to insert text with real
 * input events, and this is what proves a naive `textarea.value = ...` would be lost.
 */

const view = demoConversationViews().find((candidate) => candidate.id === '104820113')!;
let container: HTMLElement;

function mount(onSend: (message: string) => Promise<void>) {
  container = document.createElement('div');
  document.body.append(container);
  act(() => {
    render(<ConversationView view={view} nextPath="/bo-seller/customer-care/folders/104820257" onSend={onSend} />, container);
  });
  const textarea = container.querySelector<HTMLTextAreaElement>('textarea[aria-label="Reply to the customer"]')!;
  const send = [...container.querySelectorAll('button')].find((button) => button.textContent === 'Send')!;
  return { textarea, send };
}

async function click(button: HTMLButtonElement) {
  await act(async () => {
    button.click();
  });
}

afterEach(() => {
  render(null, container);
  container.remove();
});

describe('demo composer', () => {
  it('sends what was typed (input events), then clears', async () => {
    const onSend = vi.fn(async () => undefined);
    const { textarea, send } = mount(onSend);
    act(() => {
      textarea.value = 'Hello Olivia';
      textarea.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await click(send);
    expect(onSend).toHaveBeenCalledWith('Hello Olivia');
    expect(textarea.value).toBe('');
    expect(container.querySelector('[data-qa="composer-status"]')!.textContent).toBe('Message sent.');
  });

  it('loses text set through .value without an input event', async () => {
    const onSend = vi.fn(async () => undefined);
    const { textarea, send } = mount(onSend);
    textarea.value = 'Inserted without events';
    await click(send);
    expect(onSend).not.toHaveBeenCalled();
    expect(textarea.value).toBe('');
    expect(container.querySelector('[data-qa="composer-status"]')!.textContent).toBe('Write a message before sending.');
  });

  it('posts the state, not the DOM value, when the two differ', async () => {
    const onSend = vi.fn(async () => undefined);
    const { textarea, send } = mount(onSend);
    act(() => {
      textarea.value = 'Hi';
      textarea.dispatchEvent(new Event('input', { bubbles: true }));
    });
    textarea.value = 'Hi, and a template pasted without events';
    await click(send);
    expect(onSend).toHaveBeenCalledWith('Hi');
  });

  it('renders message text as text, never as markup', () => {
    const hostile = demoConversationViews().find((candidate) => candidate.id === '104820878')!;
    container = document.createElement('div');
    document.body.append(container);
    act(() => {
      render(<ConversationView view={hostile} nextPath={null} onSend={async () => undefined} />, container);
    });
    expect(container.querySelector('script, img[onerror], b')).toBeNull();
    expect(container.textContent).toContain('<script>alert(document.cookie)</script>');
    expect(container.querySelector('a[href^="javascript:"], a[href^="data:"]')).toBeNull();
  });
});
