import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { runMacro } from '@/utils/macros/runner';
import type { MacroDefinition } from '@/utils/macros/define';
import type { LibraryMacro } from '@/utils/macros/library';
import { COMMANDS } from '@/utils/keyboard/commands';
import { renderForCase } from '@/utils/templates/case-render';
import type { PanelToContent, RunRequest } from '@/utils/messages';
import { takePendingCommand, watchPendingCommands } from '@/utils/extension/panel-route';
import { askContent } from '@/utils/extension/messaging';
import { lastMacroItem } from '@/utils/extension/storage-items';
import { createPanelMacroHost, type PanelFacts } from './panel-macro-host';
import { caseRefOf } from '@/utils/sites/case-ref';
import { bodyVariables, settledPhotoRequest, waitingForPhotoCheck } from '@/utils/checklist/check-progress';
import { bodyFor } from '@/utils/templates/define';
import { t } from '@/utils/i18n/translate';

export interface RunStatus {
  state: 'running' | 'done' | 'failed';
  message: string;
}

export interface PanelUi {
  openPalette(): void;
  openHelp(): void;
  focusReplySearch(): void;
}

/**
 * Runs what the agent asked for from the keyboard (a browser shortcut, a chord or the palette on the page, an
 * abbreviation in the composer, the panel's own palette) for the conversation this panel shows. Requests from the
 * page arrive through storage.session (utils/extension/panel-route.ts); the outcome is shown here and on the page.
 */
export function useKeyboardRunner(facts: PanelFacts, macros: readonly LibraryMacro[], ui: PanelUi) {
  const [status, setStatus] = useState<RunStatus | null>(null);
  const latest = useRef({ facts, macros, ui });
  latest.current = { facts, macros, ui };
  const running = useRef(false);
  // The panel shows one conversation per mount (keyed by it): leaving it stops a macro that is still running.
  const leaving = useRef(new AbortController());
  useEffect(() => () => leaving.current.abort(), []);

  const report = useCallback((requestId: string | null, next: RunStatus) => {
    setStatus(next);
    if (requestId === null) return;
    const message: PanelToContent = {
      type: 'panel->content:run-status',
      requestId,
      status: next.state === 'running' ? 'started' : next.state,
      message: next.message,
    };
    browser.tabs.sendMessage(latest.current.facts.tabId, message).catch(() => undefined);
  }, []);

  const runSteps = useCallback(
    async (macro: MacroDefinition, requestId: string | null) => {
      if (running.current) {
        report(requestId, { state: 'failed', message: t('macroRun.busy', { name: macro.name }) });
        return;
      }
      running.current = true;
      report(requestId, { state: 'running', message: `${macro.name}…` });
      try {
        const title = (id: string) => latest.current.facts.library.find((template) => template.id === id)?.title;
        const result = await runMacro(
          macro,
          createPanelMacroHost(() => latest.current.facts, leaving.current.signal),
          { templateTitle: title },
        );
        report(requestId, { state: result.ok ? 'done' : 'failed', message: result.message });
      } finally {
        running.current = false;
      }
    },
    [report],
  );

  const run = useCallback(
    async (request: RunRequest, requestId: string | null) => {
      const { macros: library, ui, facts: current } = latest.current;
      switch (request.kind) {
        case 'command': {
          if (request.id === 'open-palette') {
            ui.openPalette();
            return;
          }
          if (request.id === 'show-shortcuts') {
            ui.openHelp();
            return;
          }
          if (request.id === 'search-replies') {
            ui.focusReplySearch();
            return;
          }
          if (request.id === 'pause-reading') {
            const { numbers } = current;
            if (numbers.progress.done >= numbers.progress.total) {
              report(requestId, { state: 'done', message: t('macroRun.nothingToPause') });
            } else if (numbers.paused) {
              numbers.resume();
              report(requestId, { state: 'done', message: t('macroRun.readingAgain') });
            } else {
              numbers.pause();
              report(requestId, {
                state: 'done',
                message: t('numbers.paused', { done: numbers.progress.done, total: numbers.progress.total }),
              });
            }
            return;
          }
          const command = COMMANDS.find((candidate) => candidate.id === request.id);
          if (!command?.steps?.length) {
            report(requestId, { state: 'failed', message: t('macroRun.noCommand', { id: request.id }) });
            return;
          }
          return runSteps({ id: `command-${command.id}`, name: command.title, chord: null, steps: [...command.steps] }, requestId);
        }
        case 'template': {
          const template = current.library.find((candidate) => candidate.id === request.id);
          if (!template) {
            report(requestId, { state: 'failed', message: t('macroRun.noTemplate', { id: request.id }) });
            return;
          }
          return runSteps(
            {
              id: `template-${template.id}`,
              name: template.title,
              chord: null,
              steps: [{ kind: 'insert-template', templateId: template.id }],
            },
            requestId,
          );
        }
        case 'macro':
        case 'repeat-last-macro': {
          let id = request.kind === 'macro' ? request.id : null;
          id ??= await lastMacroItem.get().catch(() => null);
          const macro = id === null ? undefined : library.find((candidate) => candidate.id === id);
          if (!macro) {
            report(requestId, {
              state: 'failed',
              message: id === null ? t('macroRun.noMacroYet') : t('macroRun.macroGone', { id }),
            });
            return;
          }
          await lastMacroItem.set(macro.id).catch(() => undefined);
          return runSteps(macro, requestId);
        }
        case 'expand': {
          const template = current.library.find((candidate) => candidate.id === request.templateId);
          if (!template) {
            report(requestId, { state: 'failed', message: `${request.abbreviation}: there is no template "${request.templateId}".` });
            return;
          }
          const rendered = renderForCase(template, {
            snapshot: current.snapshot,
            photoRequest: settledPhotoRequest(current.photoCheck),
            readValues: current.readValues,
            now: new Date(),
            locale: current.replyLocale,
          });
          const waiting = waitingForPhotoCheck(bodyVariables(bodyFor(template, current.snapshot.country)), current.photoCheck);
          if (waiting || !rendered.ok) {
            const reason = waiting ?? (rendered.ok ? '' : rendered.message);
            report(requestId, { state: 'failed', message: `${request.abbreviation} not expanded: ${reason}.` });
            return;
          }
          const message: Extract<PanelToContent, { type: 'panel->content:replace-abbreviation' }> = {
            type: 'panel->content:replace-abbreviation',
            abbreviation: request.abbreviation,
            text: rendered.text,
            forCase: caseRefOf(current.snapshot),
          };
          const answer = await askContent(current.tabId, message).catch(() => null);
          report(
            requestId,
            answer?.ok
              ? { state: 'done', message: `${request.abbreviation} → “${template.title}”. Ctrl+Z brings the abbreviation back.` }
              : { state: 'failed', message: `${request.abbreviation} not expanded: ${answer?.message ?? 'the page did not answer'}.` },
          );
          return;
        }
      }
    },
    [report, runSteps],
  );

  // Requests queued for this tab by the background (browser shortcuts, page chords, page palette, abbreviations).
  const tabId = facts.tabId;
  useEffect(() => {
    let live = true;
    const take = () =>
      void takePendingCommand(tabId).then((pending) => {
        if (live && pending) void run(pending.request, pending.requestId);
      });
    take();
    const unwatch = watchPendingCommands(take);
    return () => {
      live = false;
      unwatch();
    };
  }, [tabId, run]);

  return { run, status };
}
