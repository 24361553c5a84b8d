import { useEffect, useId, useMemo, useRef, useState } from 'preact/hooks';
import { paletteKey, searchPalette, type PaletteEntry } from '@/utils/keyboard/palette';
import { DIALOG_THEME_CSS, keepFocusInside, KEY_CHORD_CSS, KeyChord, useRestoreFocus } from './shortcut-help';
import { t } from '@/utils/i18n/translate';

/**
 * The command palette: a search box (ARIA combobox) over a list of actions, macros and templates (listbox). The
 * focus stays in the search box; arrows move the active option (aria-activedescendant), Enter runs it through
 * `onRun`, Escape closes through `onClose` (as does a click outside), Tab cannot leave it. No browser APIs and no
 * global styles: it renders the same in the panel and in a shadow root over the platform page, with
 * `COMMAND_PALETTE_CSS` injected by the host.
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
      <div class="rd-palette" role="dialog" aria-modal="true" aria-label={t('palette.dialog')} onKeyDown={(event) => onKeyDown(event as unknown as KeyboardEvent)}>
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

/** Styles for the panel and for the page's shadow root (inject with adoptedStyleSheets: no page CSP applies). */
export const COMMAND_PALETTE_CSS = `${DIALOG_THEME_CSS}${KEY_CHORD_CSS}
.rd-palette-backdrop {
  position: fixed; inset: 0; z-index: 2147483647; display: flex; justify-content: center; align-items: flex-start;
  padding: 10vh 12px 12px; background: rgb(0 0 0 / 0.25);
  font: 14px/1.45 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif; color: var(--rd-fg); text-align: left;
}
.rd-palette {
  box-sizing: border-box; width: min(640px, 100%); max-height: 70vh; display: flex; flex-direction: column;
  background: var(--rd-bg); border: 1px solid var(--rd-line); border-radius: 10px; box-shadow: 0 12px 40px rgb(0 0 0 / 0.3);
  overflow: hidden;
}
.rd-palette__input {
  box-sizing: border-box; width: 100%; margin: 0; padding: 12px 14px; border: 0; border-bottom: 1px solid var(--rd-line);
  font: inherit; font-size: 16px; color: inherit; background: transparent; outline: none;
}
.rd-palette__input:focus-visible { box-shadow: inset 0 -2px 0 var(--rd-accent); }
.rd-palette__list { list-style: none; margin: 0; padding: 4px; overflow-y: auto; }
.rd-palette__option {
  display: grid; grid-template-columns: minmax(0, 1fr) auto; gap: 0 12px; padding: 6px 10px; border-radius: 6px; cursor: pointer;
}
.rd-palette__option.is-active { background: var(--rd-active); outline: 2px solid var(--rd-accent); outline-offset: -2px; }
.rd-palette__label { overflow-wrap: anywhere; }
.rd-palette__meta { display: flex; gap: 6px; align-items: center; justify-self: end; }
.rd-palette__detail { grid-column: 1 / -1; color: var(--rd-muted); font-size: 12px; overflow-wrap: anywhere; }
.rd-palette__kind { color: var(--rd-muted); font-size: 12px; text-transform: uppercase; letter-spacing: 0.04em; }
.rd-palette__empty { margin: 0; padding: 12px 14px; color: var(--rd-muted); }
`;
