import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { ConversationSnapshot } from '@/utils/sites/snapshot';
import { ConversationView } from '@/components/conversation-view';
import { StatusMessage } from '@/components/status-message';
import { CommandPalette } from '@/components/command-palette';
import { ShortcutHelp } from '@/components/shortcut-help';
import { COMMANDS, commandIdForManifestName, SEARCH_REPLIES_KEY } from '@/utils/keyboard/commands';
import { paletteItems } from '@/utils/keyboard/palette';
import { helpEntries, shortcutRows } from '@/utils/keyboard/shortcut-table';
import { isEditableElement } from '@/utils/keyboard/page-keys';
import { usePhotoCheck } from './use-photo-check';
import { photoCheckFinished } from '@/utils/checklist/check-progress';
import { photoSummaryLine } from '@/utils/checklist/summary-line';
import { numbersSummaryLine } from '@/utils/ocr/summary-line';
import { PhotosSection } from './photos-section';
import { RepliesSection } from './replies-section';
import { useReplyLanguage } from './use-reply-language';
import { useConfirmedFacts } from './use-confirmed-facts';
import { imagesForReplies, useNumbers } from './use-numbers';
import { NumbersSection } from './numbers-section';
import { numbersTemplateValues, readNumbersOf } from '@/utils/ocr/template-values';
import { caseNumbersOf, crossCheckNumbers } from '@/utils/ocr/cross-check';
import { useTemplateLibrary } from './use-template-library';
import { useMacroLibrary } from './use-macro-library';
import { useKeyboardRunner } from './use-keyboard-runner';
import { ForgetConversation } from './forget-conversation';
import { TeachPart, useTeachFlow } from './teach-part';
import { useAttachmentAccess } from './use-attachment-access';
import { AttachmentAccessNotice } from './attachment-access-notice';
import { accessRequests } from '@/utils/sites/attachment-access';
import { t } from '@/utils/i18n/translate';

/** The browser shortcuts as the browser has them now (the agent may have changed them), by registry id. */
function useManifestKeys(): ReadonlyMap<string, string> | undefined {
  const [keys, setKeys] = useState<Map<string, string>>();
  useEffect(() => {
    void browser.commands
      .getAll()
      .then((commands) =>
        setKeys(
          new Map(
            commands.flatMap((command) => {
              const id = command.name ? commandIdForManifestName(command.name) : null;
              return id ? [[id, command.shortcut ?? ''] as const] : [];
            }),
          ),
        ),
      )
      .catch(() => undefined);
  }, []);
  return keys;
}

/** The reply search is the panel's most used control: "/" and the palette's "Search the replies" bring it back. */
function focusReplySearchNow(): void {
  const search = document.getElementById('template-search');
  search?.focus();
  search?.scrollIntoView({ block: 'nearest' });
}

/**
 * One conversation: the photo check and the numbers reader run here so the Replies section and the keyboard
 * (macros, palette, abbreviations typed on the page) can use what they found.
 */
export function ConversationPanel({ snapshot, tabId }: { snapshot: ConversationSnapshot; tabId: number }) {
  const access = useAttachmentAccess(snapshot);
  const photoCheck = usePhotoCheck(snapshot, access);
  // Numbers wait for the photo check: they decode the same photos, and the checklist is quicker to finish.
  const photosDone = photoCheckFinished(photoCheck);
  const screenshots = useMemo(
    () => new Set(photoCheck.photos.flatMap((photo) => (photo.check?.kind === 'checked' && photo.check.screenshot ? [photo.url] : []))),
    [photoCheck.photos],
  );
  const numbers = useNumbers(snapshot, tabId, access, photosDone, screenshots);
  const numbersAccess = useMemo(
    () => (access.ready ? accessRequests(numbers.images.map((image) => access.decide(image.url))) : []),
    [access, numbers.images],
  );
  // The order's IMEI and the return shipment's tracking number, from the platform's data: a read number that
  // contradicts them is flagged and never fills a reply (utils/ocr/cross-check.ts).
  const caseNumbers = useMemo(() => caseNumbersOf(snapshot), [snapshot]);
  // A picked image's numbers fill replies only once the agent confirmed it belongs to this conversation.
  const readValues = useMemo(
    () =>
      numbersTemplateValues(
        imagesForReplies(numbers).map((image) => image.outcome),
        caseNumbers,
      ),
    [numbers.images, numbers.confirmedPicks, caseNumbers],
  );
  const crossCheckDisagreements = useMemo(
    () =>
      crossCheckNumbers(caseNumbers, readNumbersOf(numbers.images.map((image) => ({ id: image.url, outcome: image.outcome })))).filter(
        (check) => check.differing.length > 0,
      ).length,
    [numbers.images, caseNumbers],
  );
  const { library } = useTemplateLibrary();
  const macros = useMacroLibrary();
  const manifestKeys = useManifestKeys();
  const [layer, setLayer] = useState<'palette' | 'help' | null>(null);
  const layerNow = useRef(layer);
  layerNow.current = layer;
  // A closing palette gives the focus back to where it was; the search takes it after that, once the layer is gone.
  const searchAfterLayer = useRef(false);
  const focusReplySearch = () => {
    if (layerNow.current === null) {
      focusReplySearchNow();
      return;
    }
    searchAfterLayer.current = true;
    setLayer(null);
  };
  useEffect(() => {
    if (layer !== null || !searchAfterLayer.current) return;
    searchAfterLayer.current = false;
    focusReplySearchNow();
  }, [layer]);
  const teach = useTeachFlow(tabId);
  const replyLocale = useReplyLanguage(snapshot).language.locale;
  // Replies and macros are filled from this one: loose facts count only once the agent confirmed them.
  const facts = useConfirmedFacts(snapshot);
  const caseSnapshot = facts.snapshot;
  const runner = useKeyboardRunner({ snapshot: caseSnapshot, tabId, photoCheck, numbers, readValues, library, replyLocale }, macros, {
    openPalette: () => setLayer('palette'),
    openHelp: () => setLayer('help'),
    focusReplySearch,
  });

  // In the panel: Ctrl+K opens the palette anywhere; ? opens the help and / the reply search when not typing in a field.
  useEffect(() => {
    const onKeydown = (event: KeyboardEvent) => {
      if (event.isComposing) return;
      if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 'k') {
        event.preventDefault();
        setLayer('palette');
      } else if (
        event.key === '?' &&
        !event.ctrlKey &&
        !event.altKey &&
        !(event.target instanceof Element && isEditableElement(event.target))
      ) {
        event.preventDefault();
        setLayer('help');
      } else if (
        event.key === SEARCH_REPLIES_KEY &&
        !event.ctrlKey &&
        !event.altKey &&
        !event.metaKey &&
        !(event.target instanceof Element && isEditableElement(event.target))
      ) {
        event.preventDefault();
        focusReplySearch();
      }
    };
    document.addEventListener('keydown', onKeydown);
    return () => document.removeEventListener('keydown', onKeydown);
  }, []);

  const items = useMemo(() => paletteItems({ commands: COMMANDS, templates: library, macros }), [library, macros]);
  const help = useMemo(
    () => helpEntries(shortcutRows({ macros, manifestKeys }), import.meta.env.FIREFOX ? 'firefox' : 'chrome'),
    [macros, manifestKeys],
  );

  return (
    <>
      {/* One live region, always there (a region that appears with its text is not reliably announced), never nested. */}
      <div class="keyboard-status">
        <StatusMessage tone={runner.status?.state === 'failed' ? 'warning' : 'info'}>{runner.status?.message}</StatusMessage>
      </div>
      <ConversationView
        snapshot={caseSnapshot}
        onConfirmFact={facts.confirm}
        onTeach={teach.start}
        teaching={<TeachPart flow={teach} />}
        photos={<PhotosSection snapshot={caseSnapshot} tabId={tabId} state={photoCheck} access={access} />}
        photosSummary={photoSummaryLine({
          counts: photoCheck.summary.evaluation.counts,
          unreadable: photoCheck.photos.filter((photo) => photo.check?.kind === 'failed').length,
          progress: photoCheck.progress,
          finished: photosDone,
        })}
        numbers={
          <NumbersSection
            state={numbers}
            caseNumbers={caseNumbers}
            accessNotice={<AttachmentAccessNotice requests={numbersAccess} access={access} />}
          />
        }
        numbersSummary={numbersSummaryLine({
          readValues,
          progress: numbers.progress,
          disagreements: numbers.disagreements.length + crossCheckDisagreements,
        })}
        replies={
          <RepliesSection
            snapshot={caseSnapshot}
            tabId={tabId}
            photos={photoCheck.progress.total > 0 && photoCheckFinished(photoCheck) ? photoCheck.summary : null}
            photoCheck={photoCheck}
            readValues={readValues}
          />
        }
      />
      <ForgetConversation snapshot={snapshot} onForgotten={() => undefined} />
      <p class="hint keyboard-hint">{t('panel.keyboardHint', { palette: 'Ctrl+K', help: '?' })}</p>
      {layer === 'palette' && (
        <CommandPalette
          items={items}
          onClose={() => setLayer(null)}
          onRun={(item) => {
            setLayer(null);
            void runner.run({ kind: item.kind, id: item.id }, null);
          }}
        />
      )}
      {layer === 'help' && <ShortcutHelp entries={help} context="panel" onClose={() => setLayer(null)} />}
    </>
  );
}
