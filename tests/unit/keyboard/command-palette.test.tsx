import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CommandPalette } from '@/components/command-palette';
import { COMMANDS } from '@/utils/keyboard/commands';
import { paletteItems, searchPalette, type PaletteItem } from '@/utils/keyboard/palette';
import { builtinMacros } from '@/utils/macros/registry';
import { builtinTemplates } from '@/utils/templates/registry';

const items = paletteItems({ commands: COMMANDS, templates: builtinTemplates, macros: builtinMacros });
let container: HTMLElement;
let opener: HTMLButtonElement;

function mount(onRun = vi.fn<(item: PaletteItem) => void>(), onClose = vi.fn()) {
  opener = document.createElement('button');
  opener.textContent = 'Open';
  document.body.append(opener);
  opener.focus();
  container = document.createElement('div');
  document.body.append(container);
  act(() => {
    render(<CommandPalette items={items} onRun={onRun} onClose={onClose} />, container);
  });
  const input = container.querySelector<HTMLInputElement>('[role="combobox"]')!;
  return { input, onRun, onClose };
}

function press(target: Element, key: string, init: KeyboardEventInit = {}) {
  const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, composed: true, ...init });
  act(() => {
    target.dispatchEvent(event);
  });
  return event;
}

function type(input: HTMLInputElement, text: string) {
  act(() => {
    input.value = text;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

const options = () => [...container.querySelectorAll('[role="option"]')];
const activeOption = (input: HTMLInputElement) => container.querySelector(`[id="${input.getAttribute('aria-activedescendant')}"]`);

afterEach(() => {
  act(() => render(null, container));
  container.remove();
  opener.remove();
});

describe('CommandPalette', () => {
  it('opens with the focus in its search box, wired as a combobox over a listbox', () => {
    const { input } = mount();
    expect(document.activeElement).toBe(input);
    const list = container.querySelector('[role="listbox"]')!;
    expect(input.getAttribute('aria-controls')).toBe(list.id);
    expect(input.getAttribute('aria-expanded')).toBe('true');
    expect(container.querySelector('[role="dialog"]')!.getAttribute('aria-modal')).toBe('true');
    // Nothing typed: actions first.
    expect(activeOption(input)!.textContent).toContain('Check the conversation');
    expect(activeOption(input)!.getAttribute('aria-selected')).toBe('true');
  });

  it('filters as the agent types and runs the active item on Enter', () => {
    const { input, onRun } = mount();
    type(input, 'dhl pickup');
    expect(options()[0]!.textContent).toContain('DHL pickup instructions with the waybill');
    expect(options()[0]!.textContent).toContain('Alt+2');
    expect(options()[0]!.textContent).toContain('Macro');
    press(input, 'ArrowDown');
    expect(activeOption(input)).toBe(options()[1]);
    const enter = press(input, 'Enter');
    expect(enter.defaultPrevented).toBe(true);
    expect(onRun).toHaveBeenCalledTimes(1);
    expect(onRun).toHaveBeenCalledWith(searchPalette(items, 'dhl pickup')[1]);
  });

  it('wraps the arrows around the list', () => {
    const { input } = mount();
    type(input, 'check');
    const count = options().length;
    expect(count).toBeGreaterThan(1);
    press(input, 'ArrowUp');
    expect(activeOption(input)).toBe(options()[count - 1]);
    press(input, 'ArrowDown');
    expect(activeOption(input)).toBe(options()[0]);
  });

  it('does not run anything on the Enter that ends an input method composition', () => {
    const { input, onRun } = mount();
    press(input, 'Enter', { isComposing: true });
    press(input, 'Enter', { keyCode: 229 } as KeyboardEventInit);
    expect(onRun).not.toHaveBeenCalled();
  });

  it('says when nothing matches, and Enter then runs nothing', () => {
    const { input, onRun } = mount();
    type(input, 'zzzz nothing');
    expect(options()).toHaveLength(0);
    expect(input.hasAttribute('aria-activedescendant')).toBe(false);
    expect(container.textContent).toContain('No action, macro or template matches “zzzz nothing”');
    press(input, 'Enter');
    expect(onRun).not.toHaveBeenCalled();
  });

  it('closes on Escape without letting the page see the key, and gives the focus back', () => {
    const { input, onClose } = mount();
    const pageListener = vi.fn();
    document.addEventListener('keydown', pageListener);
    const escape = press(input, 'Escape');
    document.removeEventListener('keydown', pageListener);
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(escape.defaultPrevented).toBe(true);
    expect(pageListener).not.toHaveBeenCalled();
    act(() => render(null, container));
    expect(document.activeElement).toBe(opener);
  });

  it('keeps Tab inside the palette', () => {
    const { input } = mount();
    const tab = press(input, 'Tab');
    expect(tab.defaultPrevented).toBe(true);
    expect(document.activeElement).toBe(input);
  });

  it('runs an item clicked with the mouse, and closes on a click outside', () => {
    const { input, onRun, onClose } = mount();
    type(input, 'next conversation');
    act(() => {
      (options()[0] as HTMLElement).click();
    });
    expect(onRun).toHaveBeenCalledWith(expect.objectContaining({ key: 'command:next-conversation' }));
    act(() => {
      container.querySelector('.rd-palette-backdrop')!.dispatchEvent(new MouseEvent('mousedown', { bubbles: true }));
    });
    expect(onClose).toHaveBeenCalledTimes(1);
  });
});
