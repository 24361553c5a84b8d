import type { KeyInput } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { openFirefoxExtensionPage } from './harness/firefox';
import { describeRequests } from './harness/request-recorder';
import { useFirefoxSuite } from './harness/suite';
import { itSpeaksTheBrowsersLanguage, type InterfaceLanguageDriver } from './scenarios/interface-language';

/**
 * The interface in a French Firefox ESR (issue 17). Debian's Firefox ESR has no French language pack, so
 * `intl.locale.requested = fr` alone leaves it English; `intl.accept_languages = fr` is the agent's ranked languages
 * (Settings > Language), which the interface follows.
 */
describe('Firefox ESR in French, the extension’s interface', () => {
  const suite = useFirefoxSuite({ prefs: { 'intl.locale.requested': 'fr', 'intl.accept_languages': 'fr' } });
  const driver = (): InterfaceLanguageDriver => {
    const { origin, session, recorder, conversationTab, panelTab } = suite();
    return {
      async openConversation(path) {
        await conversationTab.goto(`${origin}${path}`, { timeout: 30_000 });
        await conversationTab.bringToFront();
      },
      async openExtensionPage(page) {
        await openFirefoxExtensionPage(session, panelTab, page, recorder.launchpadUrl);
        await panelTab.bringToFront();
      },
      evaluate: (script) => panelTab.evaluate(script),
      async press(chord) {
        const keys = chord.split('+') as KeyInput[];
        for (const key of keys) await panelTab.keyboard.down(key);
        for (const key of keys.reverse()) await panelTab.keyboard.up(key);
      },
    };
  };

  itSpeaksTheBrowsersLanguage(driver);

  it('sent no request off 127.0.0.1', () => {
    const { recorder } = suite();
    expect(recorder.leaks(), describeRequests(recorder.leaks())).toEqual([]);
  });
});
