import { render, type ComponentChild } from 'preact';
import { act } from 'preact/test-utils';
import { onTestFinished, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

/** Helpers that find controls the way an agent (and the e2e test) does: by their visible or accessible label. */

export function mount(node: ComponentChild): HTMLElement {
  const container = document.createElement('div');
  document.body.append(container);
  act(() => {
    render(node, container);
  });
  return container;
}

export function unmount(container: HTMLElement) {
  act(() => {
    render(null, container);
  });
  container.remove();
}

const text = (element: Element) => (element.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The input or select labelled `label` (a <label for> or aria-label); undefined when there is none. */
export function queryField<T extends HTMLInputElement | HTMLSelectElement = HTMLInputElement>(
  container: HTMLElement,
  label: string,
): T | undefined {
  for (const element of container.querySelectorAll('label')) {
    if (text(element) === label && element.htmlFor) {
      const field = container.querySelector(`#${CSS.escape(element.htmlFor)}`);
      if (field) return field as T;
    }
  }
  return (container.querySelector(`[aria-label="${label}"]`) as T | null) ?? undefined;
}

/** Every input or select labelled `label` (a <label for>), in document order. */
export function fields<T extends HTMLInputElement | HTMLSelectElement = HTMLInputElement>(container: HTMLElement, label: string): T[] {
  return [...container.querySelectorAll('label')]
    .filter((element) => text(element) === label && element.htmlFor)
    .map((element) => container.querySelector(`#${CSS.escape(element.htmlFor)}`) as T | null)
    .filter((found): found is T => found !== null);
}

export function field<T extends HTMLInputElement | HTMLSelectElement = HTMLInputElement>(container: HTMLElement, label: string): T {
  const found = queryField<T>(container, label);
  if (!found) throw new Error(`no field labelled "${label}"`);
  return found;
}

export function queryButton(container: HTMLElement, name: string): HTMLButtonElement | undefined {
  return [...container.querySelectorAll('button')].find(
    (button) => button.getAttribute('aria-label') === name || (!button.hasAttribute('aria-label') && text(button) === name),
  );
}

export function button(container: HTMLElement, name: string): HTMLButtonElement {
  const found = queryButton(container, name);
  if (!found) throw new Error(`no button named "${name}"`);
  return found;
}

export async function click(element: HTMLElement) {
  await act(async () => {
    element.click();
  });
}

export async function type(input: HTMLInputElement, value: string) {
  await act(async () => {
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

export async function choose(select: HTMLSelectElement, value: string) {
  await act(async () => {
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

export async function press(
  element: HTMLElement,
  init: { key: string; code?: string; ctrlKey?: boolean; altKey?: boolean; shiftKey?: boolean; metaKey?: boolean },
) {
  await act(async () => {
    element.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, cancelable: true, ...init }));
  });
}

/** Waits until `check` stops throwing, flushing Preact's renders in between (Dexie and the browser API are async). */
export async function until(check: () => void) {
  // Generous: two shared cores can be slow; a passing check returns at once.
  await vi.waitFor(
    async () => {
      await act(async () => undefined);
      check();
    },
    { timeout: 5000, interval: 20 },
  );
}

export const textOf = text;

/** What the browser's managed storage holds: the administrator's team policy as this browser delivered it. */
export function deployTeamPolicy(managed: unknown) {
  (fakeBrowser.storage.managed as unknown as { get: () => Promise<unknown> }).get = async () => structuredClone(managed);
}

/** Mounts like `mount`, and unmounts when the test ends. */
export function mountForTest(node: ComponentChild): HTMLElement {
  const container = mount(node);
  onTestFinished(() => unmount(container));
  return container;
}
