import { browser } from 'wxt/browser';
import { answerPanel } from '@/utils/extension/messaging';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { siteContentMatches } from '@/utils/sites/registry';
import { createConversationReader } from '@/utils/sites/conversation-reader';
import { readPlatformData } from '@/utils/sites/data/read-platform-data';
import { isPlatformDataUrl } from '@/utils/sites/data/orderline';
import { createPageJsonFetcher, pageResourceUrls, watchPageDataRequests } from './page-data';
import { insertTextAtCursor, type InsertResult } from '@/utils/sites/insert-text';
import { checkCase, type CaseRef } from '@/utils/sites/case-ref';
import {
  isFromExtensionPage,
  panelToContentSchema,
  type ContentToExtension,
  type PageActionResult,
  type TeachResult,
} from '@/utils/messages';
import { selectBeforeCaret, textBeforeCaret } from '@/utils/sites/text-before-caret';
import { createPageOverlay } from './overlay';
import { createTeachOverlay } from './teach';
import type { TeachablePart } from '@/utils/sites/teach/taught-parts';
import { pickedResult } from '@/utils/sites/teach/preview';
import { startPageKeyboard } from './keyboard';
import { copyText } from './copy-text';
import { loadSettings, watchSettings } from '@/utils/extension/settings-store';
import { withTeamPolicy } from '@/utils/policy/effective-settings';
import { lastGoodTeamSettingsItem } from '@/utils/extension/storage-items';
import { DEFAULT_SETTINGS, type Settings } from '@/utils/settings';
import './overlay.css';
import { setInterfaceLanguage, t } from '@/utils/i18n/translate';
import { interfaceLanguageOf } from '@/utils/extension/interface-language';

/**
 * Reads the open conversation for the panel. Glue only: the reading lives in utils/sites. It listens to extension
 * pages (never to the page world: window messages are ignored) and stops cleanly when the extension is reloaded.
 */
export default defineContentScript({
  // Replaced per kind of build by wxt.config.ts (the same derivation from the adapters).
  matches: siteContentMatches(),
  runAt: 'document_idle',
  // WXT's legacy start-up window.postMessage would tell every page script our extension id: not sent.
  noScriptStartedPostMessage: true,
  // overlay.css goes into the overlays' shadow roots (shadow-layer.ts), never into the page.
  cssInjectionMode: 'ui',
  async main(ctx) {
    let settings: Settings = structuredClone(DEFAULT_SETTINGS);
    const extensionOrigin = browser.runtime.getURL('/').replace(/\/$/, '');

    const notify = (message: ContentToExtension) => {
      if (ctx.isInvalid) return;
      // No panel open is normal: the promise rejects with "Receiving end does not exist".
      browser.runtime.sendMessage(message).catch(() => undefined);
    };

    // The platform's own JSON, read with the agent's session (GET, same origin only), before the page's markup.
    const pageJson = createPageJsonFetcher(location.origin);
    const reader = createConversationReader({
      document,
      getUrl: () => location.href,
      getSettings: () => settings,
      onChange: (read) => notify({ type: 'content->extension:snapshot-changed', read }),
      readPlatformData: async (url, adapter) => {
        if (!adapter.readsPlatformData) return null;
        const read = await readPlatformData({
          pageUrl: url,
          fetchJson: pageJson.fetchJson,
          // An inert document: nothing in the message HTML runs or loads.
          parseHtml: (html) => new DOMParser().parseFromString(html, 'text/html'),
          now: () => new Date(),
          resourceUrls: pageResourceUrls(),
          linkHrefs: Array.from(document.links, (link) => link.href).slice(0, 5000),
        });
        return read;
      },
    });
    ctx.onInvalidated(() => reader.stop());
    // The page fetched its conversation again (a new message, another request): read the data again too.
    ctx.onInvalidated(watchPageDataRequests(isPlatformDataUrl, pageJson.ownRequests, () => reader.invalidatePlatformData()));
    ctx.addEventListener(window, 'wxt:locationchange', () => reader.refresh());

    const overlay = createPageOverlay(ctx);
    const keyboard = startPageKeyboard(ctx, reader, overlay);
    const teach = createTeachOverlay(ctx);
    /** Points with the agent, then answers with the derived selector and what the part would read through it. */
    const pointAt = async (part: TeachablePart): Promise<TeachResult> => {
      const start = part === 'composer' ? reader.findComposer() : null;
      const picked = await teach.point(t(`part.${part}`), start);
      if (!picked) return { status: 'cancelled' };
      return pickedResult(document, location.href, settings, part, picked);
    };
    const paragraphCommands = import.meta.env.FIREFOX;
    const noComposer = (): PageActionResult => ({ ok: false, message: t('pageReading.pageShowsNoReplyBox') });

    /**
     * An action prepared in the panel for one conversation runs only if the page still shows that one: after a
     * single-page navigation the page refuses it, and says so where the agent is looking.
     */
    const onCase = async <A extends PageActionResult | InsertResult>(
      forCase: CaseRef,
      act: () => A | Promise<A>,
    ): Promise<A | { ok: false; reason: 'refused'; message: string }> => {
      // Judged on what the page settles on: a single-page navigation shows no conversation for a moment.
      const check = checkCase(forCase, await reader.readSettled({ signal: ctx.signal }));
      if (!check.ok) {
        overlay.toast({ tone: 'warning', message: check.message });
        return { ok: false as const, reason: 'refused' as const, message: check.message };
      }
      return act();
    };

    const onMessage = (raw: unknown, sender: { id?: string; url?: string }) => {
      if (!isFromExtensionPage(sender, browser.runtime.id, extensionOrigin)) return undefined;
      const parsed = panelToContentSchema.safeParse(raw);
      if (!parsed.success) return undefined;
      // Each answer goes through answerPanel: the compiler holds it to the schema its sender parses it with.
      const message = parsed.data;
      switch (message.type) {
        case 'panel->content:get-snapshot':
          return answerPanel(message.type, reader.read());
        case 'panel->content:insert-text': {
          const { text } = message;
          return answerPanel(
            message.type,
            onCase(message.forCase, () => insertTextAtCursor(reader.findComposer(), text, { paragraphCommands })),
          );
        }
        case 'panel->content:replace-abbreviation': {
          const { abbreviation, text } = message;
          return answerPanel(
            message.type,
            onCase<PageActionResult | InsertResult>(message.forCase, () => {
              const composer = reader.findComposer();
              if (!composer) return noComposer();
              composer.focus();
              // The agent may have typed on or moved the cursor since: replace only what is still there.
              if (!textBeforeCaret(composer)?.endsWith(abbreviation) || !selectBeforeCaret(composer, abbreviation.length)) {
                return { ok: false, message: t('pageReading.abbreviationMoved', { abbreviation }) };
              }
              return insertTextAtCursor(composer, text, { paragraphCommands });
            }),
          );
        }
        case 'panel->content:focus-composer': {
          const composer = reader.findComposer();
          if (!composer) return answerPanel(message.type, noComposer());
          composer.focus();
          return answerPanel(message.type, { ok: true });
        }
        case 'panel->content:copy-text': {
          const { text } = message;
          return answerPanel(
            message.type,
            onCase(message.forCase, () => copyText(text)),
          );
        }
        case 'panel->content:next-conversation':
          return answerPanel(
            message.type,
            onCase(message.forCase, () => {
              const link = reader.findNextConversation();
              if (!link) return { ok: false, message: t('pageReading.noNextConversationLink') };
              link.click();
              return { ok: true };
            }),
          );
        case 'panel->content:run-status':
          keyboard.onRunStatus(message.requestId, message.status, message.message);
          return answerPanel(message.type, { ok: true });
        case 'background->content:open-palette':
          keyboard.openPalette();
          return answerPanel(message.type, { ok: true });
        case 'panel->content:teach':
          return answerPanel(message.type, pointAt(message.part));
        case 'panel->content:teach-key':
          return answerPanel(message.type, { highlighted: teach.press(message.key) });
      }
    };
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));

    // The team's selector overrides (its last good enterprise policy, checked by the extension pages) over the agent's.
    const loadReaderSettings = async () => {
      const [{ settings: own }, team] = await Promise.all([loadSettings(), lastGoodTeamSettingsItem.get()]);
      return withTeamPolicy(own, team ?? {});
    };
    try {
      settings = await loadReaderSettings();
      // Toasts, the palette and the help over the page speak the interface's language (never touching the page's lang).
      setInterfaceLanguage(interfaceLanguageOf(settings));
    } catch {
      // Storage unavailable (extension reloading): keep the built-in selectors.
    }
    const reloadReaderSettings = () =>
      void loadReaderSettings().then((next) => {
        settings = next;
        setInterfaceLanguage(interfaceLanguageOf(settings));
        reader.refresh();
      });
    ctx.onInvalidated(watchSettings(reloadReaderSettings));
    // A new team policy (once an extension page has checked it) may bring selector overrides of its own.
    ctx.onInvalidated(lastGoodTeamSettingsItem.watch(reloadReaderSettings));
    reader.refresh();
  },
});
