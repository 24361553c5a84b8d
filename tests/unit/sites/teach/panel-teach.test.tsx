// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { CouldNotReadList } from '@/components/problem-list';
import { PartSourcesNote } from '@/components/part-sources-note';
import type { TeachablePart } from '@/utils/sites/teach/taught-parts';

let container: HTMLElement | undefined;
afterEach(() => {
  if (container) render(null, container);
  container?.remove();
  container = undefined;
});

function mount(node: preact.ComponentChild): HTMLElement {
  container = document.createElement('div');
  document.body.append(container);
  act(() => render(node, container!));
  return container;
}

const buttons = (root: HTMLElement) => Array.from(root.querySelectorAll('button')).map((button) => button.textContent);

describe('a missing part offers "Point at it"', () => {
  const problems = [
    { part: 'composer' as const, message: 'no composer found' },
    { part: 'messages' as const, message: 'no messages found' },
    { part: 'warranty state' as const, message: 'not shown' },
  ];

  it('names one action per teachable part, none for parts that cannot be taught, and starts the right one', () => {
    const asked: TeachablePart[] = [];
    const root = mount(<CouldNotReadList problems={problems} onTeach={(part) => asked.push(part)} />);
    expect(buttons(root)).toEqual(['Point at it', 'Point at the message list', 'Point at one message']);
    expect(root.querySelector('button')!.getAttribute('aria-label')).toBe('Point at it: the reply box');
    act(() => root.querySelectorAll('button')[1]!.click());
    act(() => root.querySelectorAll('button')[0]!.click());
    expect(asked).toEqual(['messageList', 'composer']);
  });

  it('offers nothing without a way to teach (a saved case shown elsewhere)', () => {
    expect(buttons(mount(<CouldNotReadList problems={problems} />))).toEqual([]);
  });
});

describe('where the parts came from', () => {
  it('groups the parts by source in one line', () => {
    const root = mount(<PartSourcesNote sources={{ composer: 'taught', order: 'adapter', messages: 'taught', customer: 'structure' }} />);
    expect(root.textContent).toBe('From site selectors: order · page structure: customer · taught: messages, composer');
  });

  it('shows nothing for a snapshot saved before sources existed', () => {
    expect(mount(<PartSourcesNote sources={undefined} />).textContent).toBe('');
  });
});
