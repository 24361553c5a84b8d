import { useEffect, useRef, useState } from 'preact/hooks';
import { StatusMessage } from '@/components/status-message';
import { loadSettings, saveSettings } from '@/utils/extension/settings-store';
import { TEACH_KEYS, type TeachKey, type TeachResult } from '@/utils/messages';
import { askContent } from '@/utils/extension/messaging';
import { TEACHABLE_PARTS, withTaughtSelector, type TeachablePart } from '@/utils/sites/teach/taught-parts';
import { t } from '@/utils/i18n/translate';

/**
 * "Point at it" in the panel: asks the page to highlight what is under the pointer, forwards the arrow keys,
 * Enter and Escape typed here (the panel has the focus while the agent points), shows what the picked part now
 * reads, and saves the taught selector only when the agent says so. The page re-reads when settings change, so the
 * panel shows the taught part as soon as it is saved.
 */

type Picked = Extract<TeachResult, { status: 'picked' }>;

export type TeachState =
  | { step: 'idle'; note: string | null }
  | { step: 'pointing'; part: TeachablePart; highlighted: string | null }
  | { step: 'preview'; result: Picked }
  | { step: 'failed'; message: string };

export interface TeachFlow {
  state: TeachState;
  start(part: TeachablePart): void;
  save(): Promise<void>;
  cancel(): void;
}

export function useTeachFlow(tabId: number): TeachFlow {
  const [state, setState] = useState<TeachState>({ step: 'idle', note: null });
  const pressOnPage = async (key: TeachKey) => {
    const answer = await askContent(tabId, { type: 'panel->content:teach-key', key }).catch(() => null);
    if (!answer) return;
    setState((current) => (current.step === 'pointing' ? { ...current, highlighted: answer.highlighted } : current));
  };

  const start = (part: TeachablePart) => {
    setState({ step: 'pointing', part, highlighted: null });
    void askContent(tabId, { type: 'panel->content:teach', part })
      .then((result) => {
        setState((current) => {
          // A newer pointing (another part) replaced this one: its answer is the one that counts.
          if (current.step !== 'pointing' || current.part !== part) return current;
          if (result.status === 'picked') return { step: 'preview', result };
          if (result.status === 'cancelled') return { step: 'idle', note: 'Pointing cancelled: nothing was saved.' };
          return { step: 'failed', message: result.message };
        });
      })
      .catch((error: unknown) =>
        setState({
          step: 'failed',
          message: t('teach.pageDidNotAnswer', { error: error instanceof Error ? error.message : String(error) }),
        }),
      );
  };

  // While pointing, the keys that move the highlight belong to the page's overlay, not to the panel.
  const pointing = state.step === 'pointing';
  useEffect(() => {
    if (!pointing) return;
    const onKeydown = (event: KeyboardEvent) => {
      if (!event.isTrusted || event.isComposing || event.ctrlKey || event.altKey || event.metaKey) return;
      if (!(TEACH_KEYS as readonly string[]).includes(event.key)) return;
      event.preventDefault();
      event.stopPropagation();
      void pressOnPage(event.key as TeachKey);
    };
    window.addEventListener('keydown', onKeydown, { capture: true });
    return () => window.removeEventListener('keydown', onKeydown, { capture: true });
  }, [pointing]);

  return {
    state,
    start,
    cancel() {
      if (state.step === 'pointing') void pressOnPage('Escape');
      setState({ step: 'idle', note: 'Nothing was saved.' });
    },
    async save() {
      if (state.step !== 'preview') return;
      const { adapterId, part, selector } = state.result;
      try {
        const { settings } = await loadSettings();
        await saveSettings({
          ...settings,
          taughtSelectors: withTaughtSelector(settings.taughtSelectors, adapterId, part, selector, new Date()),
        });
        setState({ step: 'idle', note: t('teach.saved', { part: t(`part.${part}`), selector }) });
      } catch (error) {
        setState({ step: 'failed', message: t('options.notSaved', { error: error instanceof Error ? error.message : String(error) }) });
      }
    },
  };
}

/** The pointing flow's panel side, and a menu to re-teach a part that was read wrongly. */
export function TeachPart({ flow }: { flow: TeachFlow }) {
  const { state } = flow;
  const saveButton = useRef<HTMLButtonElement>(null);
  const cancelButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (state.step === 'preview') (state.result.refusal ? cancelButton : saveButton).current?.focus();
  }, [state.step]);

  return (
    <section aria-label={t('teach.region')} class="teach-part">
      {state.step === 'pointing' && (
        <div class="teach-part__pointing">
          <StatusMessage>{t('teach.pointing', { part: t(`part.${state.part}`) })}</StatusMessage>
          <p class="teach-part__highlighted" data-teach-highlighted="">
            {state.highlighted ? t('teach.highlighted', { element: state.highlighted }) : t('teach.movePointer')}
          </p>
          <button type="button" onClick={flow.cancel}>
            {t('common.cancel')}
          </button>
        </div>
      )}
      {state.step === 'preview' && (
        <div class="teach-part__preview" role="group" aria-label={t('teach.previewGroup', { part: t(`part.${state.result.part}`) })}>
          <p class="teach-part__reads" data-teach-preview="">
            {t('teach.nowReads', { preview: state.result.preview })}
          </p>
          <p class="hint">{t('teach.selector', { selector: state.result.selector, matches: state.result.matches })}</p>
          {state.result.refusal && <StatusMessage tone="warning">{state.result.refusal}</StatusMessage>}
          <div class="row">
            <button type="button" ref={saveButton} disabled={state.result.refusal !== null} onClick={() => void flow.save()}>
              {t('common.save')}
            </button>
            <button type="button" ref={cancelButton} onClick={flow.cancel}>
              {t('common.cancel')}
            </button>
          </div>
        </div>
      )}
      {state.step === 'idle' && state.note && <StatusMessage>{state.note}</StatusMessage>}
      {state.step === 'failed' && <StatusMessage tone="warning">{state.message}</StatusMessage>}
      <details class="teach-part__menu">
        <summary>{t('teach.menu')}</summary>
        <p class="hint">{t('teach.menuHint')}</p>
        <ul>
          {TEACHABLE_PARTS.map((part) => (
            <li key={part}>
              <button type="button" onClick={() => flow.start(part)} disabled={state.step === 'pointing'}>
                {t('problems.pointAt', { part: t(`part.${part}`) })}
              </button>
            </li>
          ))}
        </ul>
      </details>
    </section>
  );
}
