import { describe, expect, it } from 'vitest';
import { describeRequests } from './harness/request-recorder';
import { useChromiumSuite } from './harness/suite';
import { itSpeaksTheBrowsersLanguage, type InterfaceLanguageDriver } from './scenarios/interface-language';

/**
 * The interface in a French Chromium (issue 17). Debian's Chromium ships only an English interface: `--lang=fr`
 * sets the language it picks the extension's `_locales` in, and `--accept-lang=fr` the agent's ranked languages,
 * as a French Chrome has them from its first run.
 */
describe('Chromium in French, the extension’s interface', () => {
  const suite = useChromiumSuite({ extraArgs: ['--lang=fr', '--accept-lang=fr'] });
  const driver = (): InterfaceLanguageDriver => {
    const { origin, session, conversationTab, panelTab } = suite();
    return {
      async openConversation(path) {
        await conversationTab.goto(`${origin}${path}`);
        await conversationTab.bringToFront();
      },
      async openExtensionPage(page) {
        await panelTab.goto(session.extensionUrl(page));
        await panelTab.bringToFront();
      },
      evaluate: (script) => panelTab.evaluate(script),
      press: (chord) => panelTab.keyboard.press(chord),
    };
  };

  it('the browser gives the manifest’s strings in French', async () => {
    await driver().openExtensionPage('options.html');
    expect(await driver().evaluate(`chrome.i18n.getMessage('manifest_actionTitle')`)).toBe('Ouvrir ReturnDesk');
  });
  itSpeaksTheBrowsersLanguage(driver);

  it('sent no request off 127.0.0.1', () => {
    const { recorder } = suite();
    expect(recorder.leaks(), describeRequests(recorder.leaks())).toEqual([]);
  });
});
