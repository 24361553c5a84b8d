// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TaughtSelectorsSection } from '@/entrypoints/options/taught-selectors-section';
import { DEFAULT_SETTINGS, type Settings } from '@/utils/settings';
import { button, click, field, mount, type, unmount } from './dom';

const composer = { selector: 'textarea[aria-label="Antwort"]', taughtAt: '2026-12-05T11:00:00.000Z' };
const list = { selector: '#thread', taughtAt: '2026-12-05T11:01:00.000Z' };
const SETTINGS: Settings = { ...DEFAULT_SETTINGS, taughtSelectors: { backoffice: { composer, messageList: list } } };
const SITE = 'Back Market (seller back office and customer dashboard)';

let container: HTMLElement | undefined;
afterEach(() => {
  if (container) unmount(container);
  container = undefined;
});

describe('options: parts taught by pointing', () => {
  it('lists each taught part of each site with its selector', () => {
    container = mount(<TaughtSelectorsSection settings={SETTINGS} onSave={vi.fn()} />);
    const rows = [...container.querySelectorAll('tbody tr')].map((row) => row.querySelector('td')!.textContent);
    expect(rows).toEqual(['the message list', 'the reply box']);
    expect(field(container, `Selector for the reply box on ${SITE}`).value).toBe(composer.selector);
    expect(container.querySelector('caption')!.textContent).toBe(SITE);
  });

  it('refuses an edit that is not valid CSS, and saves a valid one', async () => {
    const onSave = vi.fn(async () => undefined);
    container = mount(<TaughtSelectorsSection settings={SETTINGS} onSave={onSave} />);
    const input = field(container, `Selector for the reply box on ${SITE}`);
    await type(input, 'textarea[');
    expect(container.textContent).toContain('"textarea[" is not a valid CSS selector.');
    const save = container.querySelectorAll('tbody tr')[1]!.querySelector('button')!;
    expect(save.disabled).toBe(true);
    await type(input, '#answer');
    expect(save.disabled).toBe(false);
    await click(save);
    const saved = (onSave.mock.calls[0] as unknown as [Settings, string])[0];
    expect(saved.taughtSelectors.backoffice?.composer?.selector).toBe('#answer');
    expect(saved.taughtSelectors.backoffice?.messageList).toEqual(list);
  });

  it('deletes one part and keeps the other', async () => {
    const onSave = vi.fn(async () => undefined);
    container = mount(<TaughtSelectorsSection settings={SETTINGS} onSave={onSave} />);
    await click(button(container, `Delete the taught selector for the reply box on ${SITE}`));
    expect((onSave.mock.calls[0] as unknown as [Settings, string])[0].taughtSelectors).toEqual({ backoffice: { messageList: list } });
  });

  it('says when nothing is taught', () => {
    container = mount(<TaughtSelectorsSection settings={DEFAULT_SETTINGS} onSave={vi.fn()} />);
    expect(container.textContent).toContain('Nothing taught yet.');
  });
});
