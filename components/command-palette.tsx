import { useEffect, useId, useMemo, useRef, useState } from 'preact/hooks';
import { paletteKey, searchPalette, type PaletteEntry } from '@/utils/keyboard/palette';
import { keepFocusInside, KeyChord, useRestoreFocus } from './shortcut-help';
import { t } from '@/utils/i18n/translate';

/**
 * The command palette: a search box (ARIA combobox) over a list of actions, macros and templates (listbox). The
 * focus stays in the search box; arrows move the active option (aria-activedescendant), Enter runs it through
 * `onRun`, Escape closes through `onClose` (as does a click outside), Tab cannot leave it. No browser APIs and no
 * global styles: it renders the same in the panel and in a shadow root over the platform page, both styled by
 * entrypoints/platform.content/overlay.css.
 */
export function CommandPalette<Entry extends PaletteEntry>({
  items,
  onRun,
  onClose,
  limit = 50,
  initialQuery = '',
}: {
  items: readonly Entry[];
  onRun: (item: Entry) => void;
  onClose: () => void;
  limit?: number;
  initialQuery?: string;
}) {
  const [query, setQuery] = useState(initialQuery);
  const [active, setActive] = useState(0);
  const inputRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const baseId = useId();
  const listId = `${baseId}-list`;
  const optionId = (index: number) => `${baseId}-option-${index}`;
  const results = useMemo(() => searchPalette(items, query, limit), [items, query, limit]);
  const activeIndex = results.length === 0 ? -1 : Math.min(active, results.length - 1);

  useRestoreFocus();
  useEffect(() => inputRef.current?.focus(), []);
  useEffect(() => {
    const option = listRef.current?.children[activeIndex] as HTMLElement | undefined;
    option?.scrollIntoView?.({ block: 'nearest' });
  }, [activeIndex]);

  /** Arrows wrap around; Page Up/Down jump five and stop at the ends. */
  const move = (delta: number, wrap: boolean) => {
    if (results.length === 0) return;
    const next = activeIndex + delta;
    setActive(wrap ? (next + results.length) % results.length : Math.max(0, Math.min(results.length - 1, next)));
  };

  const onKeyDown = (event: KeyboardEvent) => {
    // Keys typed here are the palette's: the platform's own shortcuts must not see them.
    event.stopPropagation();
    // Enter or an arrow that confirms an input method's composition is not a choice.
    if (event.isComposing || event.keyCode === 229) return;
    switch (event.key) {
      case 'ArrowDown':
        move(1, true);
        break;
      case 'ArrowUp':
        move(-1, true);
        break;
      case 'PageDown':
        move(5, false);
        break;
      case 'PageUp':
        move(-5, false);
        break;
      case 'Enter': {
        const item = results[activeIndex];
        if (item) onRun(item);
        break;
      }
      case 'Escape':
        onClose();
        break;
      case 'Tab':
        keepFocusInside(event, event.currentTarget as HTMLElement);
        return;
      default:
        return;
    }
    event.preventDefault();
  };

  return (
    <div
      class="rd-palette-backdrop"
      onMouseDown={(event) => {
        if (event.target === event.currentTarget) onClose();
      }}
    >
      <div class="rd-palette" role="dialog" aria-modal="true" aria-label={t('palette.dialog')} onKeyDown={(event) => onKeyDown(event)}>
        <input
          ref={inputRef}
          class="rd-palette__input"
          type="text"
          role="combobox"
          aria-label={t('palette.search')}
          aria-autocomplete="list"
          aria-expanded={results.length > 0}
          aria-controls={listId}
          aria-activedescendant={activeIndex >= 0 ? optionId(activeIndex) : undefined}
          placeholder={t('palette.search')}
          autocomplete="off"
          spellcheck={false}
          value={query}
          onInput={(event) => {
            setQuery(event.currentTarget.value);
            setActive(0);
          }}
        />
        <ul ref={listRef} id={listId} class="rd-palette__list" role="listbox" aria-label={t('palette.results')}>
          {results.map((item, index) => (
            <li
              key={paletteKey(item)}
              id={optionId(index)}
              class={`rd-palette__option${index === activeIndex ? ' is-active' : ''}`}
              role="option"
              aria-selected={index === activeIndex}
              // Keep the focus in the search box; the click itself runs the item.
              onMouseDown={(event) => event.preventDefault()}
              onMouseMove={() => index !== activeIndex && setActive(index)}
              onClick={() => onRun(item)}
            >
              <span class="rd-palette__label">{item.label}</span>
              <span class="rd-palette__meta">
                {item.chord && <KeyChord keys={item.chord} />}
                <span class={`rd-palette__kind rd-palette__kind--${item.kind}`}>{t(`palette.kind.${item.kind}`)}</span>
              </span>
              {item.detail && <span class="rd-palette__detail">{item.detail}</span>}
            </li>
          ))}
        </ul>
        {results.length === 0 && <p class="rd-palette__empty">{t('palette.noMatch', { query: query.trim() })}</p>}
        <div class="rd-visually-hidden" role="status">
          {results.length === 0 ? t('palette.noResults') : t('palette.resultCount', { count: results.length })}
        </div>
      </div>
    </div>
  );
}
