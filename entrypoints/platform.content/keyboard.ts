import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { KeyboardConfig, RunRequest } from '@/utils/messages';
import { askBackground } from '@/utils/extension/messaging';
import { keyboardConfigChangedItem, lastGoodTeamSettingsItem } from '@/utils/extension/storage-items';
import { classifyKeydown, keyTargetOf } from '@/utils/keyboard/page-keys';
import { abbreviationBeforeCaret } from '@/utils/keyboard/abbreviations';
import { textBeforeCaret } from '@/utils/sites/text-before-caret';
import type { ConversationReader } from '@/utils/sites/conversation-reader';
import type { PageOverlay } from './overlay';
import { openPanelKeys } from '@/utils/extension/panel-route';
import { t } from '@/utils/i18n/translate';

/**
 * The keyboard on the platform page: chords bound to macros and commands, `?` for the shortcut help, the palette
 * over the page, and abbreviations typed in the composer. Everything it runs goes to the side panel through the
 * background; this file only listens, asks and shows the outcome.
 *
 * Left alone: keys during IME composition, keys in any field that is not the composer (the platform's search,
 * filters...), and everything when no chord matches, so the page keeps its own shortcuts.
 */

/** Without a first answer from the panel by then, the agent is told instead of waiting forever. */
const PANEL_ANSWER_MS = 8_000;

export interface PageKeyboard {
  openPalette(): void;
  /** A status from the panel about a request this page made. */
  onRunStatus(requestId: string | null, status: 'started' | 'done' | 'failed', message: string): void;
}

export function startPageKeyboard(ctx: ContentScriptContext, reader: ConversationReader, overlay: PageOverlay): PageKeyboard {
  let config: KeyboardConfig | null = null;
  let bindings = new Map<string, RunRequest>();
  let abbreviations = new Map<string, string>();
  /** Requests sent and not yet answered by the panel: requestId -> timer that reports silence. */
  const waiting = new Map<string, ReturnType<typeof setTimeout>>();
  let expanding: string | null = null;

  const loadConfig = async () => {
    try {
      const answer = await askBackground({ type: 'content->background:keyboard-config' });
      if (ctx.isInvalid) return;
      config = answer;
      bindings = new Map(answer.bindings.map((binding) => [binding.chord, binding.request]));
      abbreviations = new Map(answer.abbreviations.map((entry) => [entry.abbreviation, entry.templateId]));
    } catch {
      // Extension reloading, or an answer that does not fit: keys stay the page's until the next load.
    }
  };

  const run = async (request: RunRequest, label: string) => {
    const requestId = crypto.randomUUID();
    overlay.toast({ tone: 'info', message: `${label}…` });
    try {
      const answer = await askBackground({ type: 'content->background:run', requestId, request });
      if (answer.status === 'panel-closed') {
        overlay.toast({ tone: 'warning', message: answer.message });
        return;
      }
      waiting.set(
        requestId,
        setTimeout(() => {
          waiting.delete(requestId);
          if (request.kind === 'expand') expanding = null;
          overlay.toast({ tone: 'warning', message: t('toast.noAnswer', { keys: openPanelKeys() }) });
        }, PANEL_ANSWER_MS),
      );
    } catch {
      if (request.kind === 'expand') expanding = null;
      overlay.toast({ tone: 'warning', message: t('toast.reloaded') });
    }
  };

  const paletteLabel = (request: RunRequest): string => {
    const entry = config?.palette.find(
      (item) => request.kind !== 'expand' && request.kind !== 'repeat-last-macro' && item.kind === request.kind && item.id === request.id,
    );
    return entry?.label ?? t('toast.working');
  };

  const openPalette = () => {
    if (!config) {
      overlay.toast({ tone: 'warning', message: t('toast.loading') });
      void loadConfig();
      return;
    }
    overlay.openPalette(config.palette, (entry) => void run({ kind: entry.kind, id: entry.id }, entry.label));
  };

  const onKeydown = (event: KeyboardEvent) => {
    // A page script can dispatch look-alike key events; only the agent's own key presses count.
    // A copy left behind by an update or reload (isInvalid) leaves the keys to the running one.
    if (!event.isTrusted || ctx.isInvalid || !config || overlay.containsEvent(event)) return;
    const target = event.composedPath()[0] ?? event.target;
    const where = keyTargetOf(target instanceof Element ? target : null, reader.findComposer());
    const decision = classifyKeydown(event, where, bindings);
    if (decision.kind === 'ignore') return;
    // Ours: the page (and the browser's own meaning of the chord) must not act on it too.
    event.preventDefault();
    event.stopImmediatePropagation();
    if (decision.kind === 'help') {
      overlay.openHelp(config.help);
      return;
    }
    const request = decision.binding;
    void run(request, request.kind === 'repeat-last-macro' ? t('toast.repeating') : paletteLabel(request));
  };

  const onInput = (event: Event) => {
    const input = event as InputEvent;
    if (!input.isTrusted || ctx.isInvalid || input.isComposing || !input.inputType?.startsWith('insert') || abbreviations.size === 0)
      return;
    const composer = reader.findComposer();
    if (!composer || !(input.target instanceof Node) || !composer.contains(input.target)) return;
    // Let the editor (React, ProseMirror...) settle its DOM and cursor first.
    setTimeout(() => {
      const before = textBeforeCaret(composer);
      if (before === null) return;
      const found = abbreviationBeforeCaret(before, new Set(abbreviations.keys()));
      if (!found || expanding === found.abbreviation) return;
      const templateId = abbreviations.get(found.abbreviation);
      if (!templateId) return;
      expanding = found.abbreviation;
      void run(
        { kind: 'expand', templateId, abbreviation: found.abbreviation },
        t('toast.expanding', { abbreviation: found.abbreviation }),
      );
    }, 0);
  };

  ctx.addEventListener(window, 'keydown', onKeydown, { capture: true });
  // Back from the options page (or any other tab): chords, macros and abbreviations may have changed.
  ctx.addEventListener(document, 'visibilitychange', () => document.visibilityState === 'visible' && void loadConfig());
  ctx.addEventListener(document, 'input', onInput, { capture: true });
  ctx.onInvalidated(keyboardConfigChangedItem.watch(() => void loadConfig()));
  // A new team policy (kept as the last good one once checked) brings its own abbreviations and chords.
  ctx.onInvalidated(lastGoodTeamSettingsItem.watch(() => void loadConfig()));
  void loadConfig();

  return {
    openPalette,
    onRunStatus(requestId, status, message) {
      if (requestId !== null) {
        clearTimeout(waiting.get(requestId));
        waiting.delete(requestId);
      }
      if (status !== 'started') expanding = null;
      overlay.toast({ tone: status === 'failed' ? 'warning' : 'info', message });
    },
  };
}
