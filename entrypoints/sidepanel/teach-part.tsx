import { useEffect, useRef, useState } from 'preact/hooks';
import { StatusMessage } from '@/components/status-message';
import { loadSettings, saveSettings } from '@/utils/extension/settings-store';
import { TEACH_KEYS, type TeachKey, type TeachResult } from '@/utils/messages';
import { askContent } from '@/utils/extension/messaging';
import { TEACHABLE_PART_INFO, TEACHABLE_PARTS, withTaughtSelector, type TeachablePart } from '@/utils/sites/teach/taught-parts';

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
        setState({ step: 'failed', message: `The page did not answer (${error instanceof Error ? error.message : String(error)}). Reload the tab and try again.` }),
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
        await saveSettings({ ...settings, taughtSelectors: withTaughtSelector(settings.taughtSelectors, adapterId, part, selector, new Date()) });
        setState({ step: 'idle', note: `Saved: ReturnDesk now reads ${TEACHABLE_PART_INFO[part].label} through ${selector}.` });
      } catch (error) {
        setState({ step: 'failed', message: `Not saved: ${error instanceof Error ? error.message : String(error)}` });
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
    <section aria-label="Teach a part" class="teach-part">
      {state.step === 'pointing' && (
        <div class="teach-part__pointing">
          <StatusMessage>
            Point at {TEACHABLE_PART_INFO[state.part].label} on the page and click it, or use the arrow keys here (↑ parent, ↓
            child, ← → siblings) and Enter. Escape cancels.
          </StatusMessage>
          <p class="teach-part__highlighted" data-teach-highlighted="">
            {state.highlighted ? `Highlighted: ${state.highlighted}` : 'Move the pointer over the page, or press an arrow key.'}
          </p>
          <button type="button" onClick={flow.cancel}>
            Cancel
          </button>
        </div>
      )}
      {state.step === 'preview' && (
        <div class="teach-part__preview" role="group" aria-label={`Teach ${TEACHABLE_PART_INFO[state.result.part].label}`}>
          <p class="teach-part__reads" data-teach-preview="">
            Now reads {state.result.preview}
          </p>
          <p class="hint">
            Selector <code>{state.result.selector}</code> ({state.result.matches} on the page)
          </p>
          {state.result.refusal && <StatusMessage tone="warning">{state.result.refusal}</StatusMessage>}
          <div class="row">
            <button type="button" ref={saveButton} disabled={state.result.refusal !== null} onClick={() => void flow.save()}>
              Save
            </button>
            <button type="button" ref={cancelButton} onClick={flow.cancel}>
              Cancel
            </button>
          </div>
        </div>
      )}
      {state.step === 'idle' && state.note && <StatusMessage>{state.note}</StatusMessage>}
      {state.step === 'failed' && <StatusMessage tone="warning">{state.message}</StatusMessage>}
      <details class="teach-part__menu">
        <summary>Teach a part by pointing at it</summary>
        <p class="hint">When a part is missing or read wrongly, show ReturnDesk where it is on the page.</p>
        <ul>
          {TEACHABLE_PARTS.map((part) => (
            <li key={part}>
              <button type="button" onClick={() => flow.start(part)} disabled={state.step === 'pointing'}>
                Point at {TEACHABLE_PART_INFO[part].label}
              </button>
            </li>
          ))}
        </ul>
      </details>
    </section>
  );
}
