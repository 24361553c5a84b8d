import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ShortcutHelp } from '@/components/shortcut-help';
import { helpEntries, shortcutRows } from '@/utils/keyboard/shortcut-table';
import { builtinMacros } from '@/utils/macros/registry';

const entries = helpEntries(shortcutRows({ macros: builtinMacros, manifestKeys: new Map([['repeat-last-macro', '']]) }), 'chrome');
let container: HTMLElement;

function mount(context: 'panel' | 'page', onClose = vi.fn()) {
  container = document.createElement('div');
  document.body.append(container);
  act(() => {
    render(
      <ShortcutHelp entries={entries} context={context} onClose={onClose} note="Change the browser shortcuts in the options." />,
      container,
    );
  });
  return { dialog: container.querySelector<HTMLElement>('[role="dialog"]')!, onClose };
}

function press(target: Element, key: string, init: KeyboardEventInit = {}) {
  const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init });
  act(() => {
    target.dispatchEvent(event);
  });
  return event;
}

const headings = () => [...container.querySelectorAll('h3')].map((heading) => heading.textContent);

afterEach(() => {
  act(() => render(null, container));
  container.remove();
});

describe('ShortcutHelp', () => {
  it('is a labelled modal dialog with the focus on Close', () => {
    const { dialog } = mount('page');
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(container.querySelector(`#${CSS.escape(dialog.getAttribute('aria-labelledby')!)}`)!.textContent).toBe('Keyboard shortcuts');
    expect(document.activeElement!.textContent).toBe('Close');
  });

  it('groups the keys by where they work, the current place first', () => {
    mount('page');
    expect(headings()).toEqual(['On the platform page', 'Anywhere in the browser', 'In the panel']);
    const pageRows = [...container.querySelectorAll('section')[0]!.querySelectorAll('.rd-help__row')].map((row) => row.textContent);
    expect(pageRows).toContain('Alt+1Request missing photos');
    expect(pageRows).toContain('?Show keyboard shortcuts');
    expect(container.textContent).toContain('not setRepeat the last macro');
    expect(container.textContent).toContain('Change the browser shortcuts in the options.');
    act(() => render(null, container));
    mount('panel');
    expect(headings()[0]).toBe('In the panel');
  });

  it('closes on Escape and on ?', () => {
    const { dialog, onClose } = mount('panel');
    expect(press(dialog.querySelector('button')!, 'Escape').defaultPrevented).toBe(true);
    press(dialog.querySelector('button')!, '?');
    expect(onClose).toHaveBeenCalledTimes(2);
  });

  it('keeps Tab and Shift+Tab inside (Close and the scrollable list)', () => {
    const { dialog } = mount('page');
    const close = dialog.querySelector('button')!;
    const body = dialog.querySelector<HTMLElement>('.rd-help__body')!;
    press(close, 'Tab');
    expect(document.activeElement).toBe(body);
    press(body, 'Tab');
    expect(document.activeElement).toBe(close);
    press(close, 'Tab', { shiftKey: true });
    expect(document.activeElement).toBe(body);
  });
});
