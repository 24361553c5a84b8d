import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { siteContentMatches } from '@/utils/sites/registry';
import { createConversationReader } from '@/utils/sites/conversation-reader';
import { insertTextAtCursor } from '@/utils/sites/insert-text';
import { isFromExtensionPage, panelToContentSchema, type ContentToExtension, type PageActionResult } from '@/utils/messages';
import { selectBeforeCaret, textBeforeCaret } from '@/utils/sites/text-before-caret';
import { createPageOverlay } from './overlay';
import { startPageKeyboard } from './keyboard';
import { copyText } from './copy-text';
import { loadSettings, watchSettings } from '@/utils/extension/settings-store';
import { DEFAULT_SETTINGS, type Settings } from '@/utils/settings';

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
  async main(ctx) {
    let settings: Settings = structuredClone(DEFAULT_SETTINGS);
    const extensionOrigin = browser.runtime.getURL('/').replace(/\/$/, '');

    const notify = (message: ContentToExtension) => {
      if (ctx.isInvalid) return;
      // No panel open is normal: the promise rejects with "Receiving end does not exist".
      browser.runtime.sendMessage(message).catch(() => undefined);
    };

    const reader = createConversationReader({
      document,
      getUrl: () => location.href,
      getSettings: () => settings,
      onChange: (read) => notify({ type: 'content->extension:snapshot-changed', read }),
    });
    ctx.onInvalidated(() => reader.stop());
    ctx.addEventListener(window, 'wxt:locationchange', () => reader.refresh());

    const overlay = createPageOverlay(ctx);
    const keyboard = startPageKeyboard(ctx, reader, overlay);
    const paragraphCommands = import.meta.env.FIREFOX;
    const noComposer: PageActionResult = { ok: false, message: 'this page shows no reply box' };

    const onMessage = (raw: unknown, sender: { id?: string; url?: string }) => {
      if (!isFromExtensionPage(sender, browser.runtime.id, extensionOrigin)) return undefined;
      const parsed = panelToContentSchema.safeParse(raw);
      if (!parsed.success) return undefined;
      switch (parsed.data.type) {
        case 'panel->content:get-snapshot':
          return Promise.resolve(reader.read());
        case 'panel->content:insert-text':
          return Promise.resolve(insertTextAtCursor(reader.findComposer(), parsed.data.text, { paragraphCommands }));
        case 'panel->content:replace-abbreviation': {
          const composer = reader.findComposer();
          const { abbreviation, text } = parsed.data;
          if (!composer) return Promise.resolve(noComposer);
          composer.focus();
          // The agent may have typed on or moved the cursor since: replace only what is still there.
          if (!textBeforeCaret(composer)?.endsWith(abbreviation) || !selectBeforeCaret(composer, abbreviation.length)) {
            return Promise.resolve({ ok: false, message: `“${abbreviation}” is no longer just before the cursor` });
          }
          return Promise.resolve(insertTextAtCursor(composer, text, { paragraphCommands }));
        }
        case 'panel->content:focus-composer': {
          const composer = reader.findComposer();
          if (!composer) return Promise.resolve(noComposer);
          composer.focus();
          return Promise.resolve({ ok: true });
        }
        case 'panel->content:copy-text':
          return copyText(parsed.data.text);
        case 'panel->content:next-conversation': {
          const link = reader.findNextConversation();
          if (!link) return Promise.resolve({ ok: false, message: 'this page shows no link to the next conversation' });
          link.click();
          return Promise.resolve({ ok: true });
        }
        case 'panel->content:run-status':
          keyboard.onRunStatus(parsed.data.requestId, parsed.data.status, parsed.data.message);
          return Promise.resolve({ ok: true });
        case 'background->content:open-palette':
          keyboard.openPalette();
          return Promise.resolve({ ok: true });
      }
    };
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));

    try {
      settings = (await loadSettings()).settings;
    } catch {
      // Storage unavailable (extension reloading): keep the built-in selectors.
    }
    ctx.onInvalidated(
      watchSettings((repaired) => {
        settings = repaired.settings;
        reader.refresh();
      }),
    );
    reader.refresh();
  },
});
