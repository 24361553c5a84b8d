import { expect, it } from 'vitest';
import { browserInLanguage } from './harness/browser-preferences';
import { describeInBrowsers } from './harness/driver';
import { describeRequests } from './harness/request-recorder';
import { itSpeaksTheBrowsersLanguage } from './scenarios/interface-language';

/** The interface in a French browser (issue 17); how each browser is made French is in `harness/browser-preferences.ts`. */

/** `i18n.getMessage` as an extension page has it (`browser` in Firefox, `chrome` in Chromium). */
function manifestMessage(name: string): string {
  const extension = globalThis as unknown as { browser?: I18n; chrome?: I18n };
  return (extension.browser ?? extension.chrome)!.i18n.getMessage(name);
}
interface I18n {
  i18n: { getMessage(name: string): string };
}

describeInBrowsers(
  'in French, the extension’s interface',
  (use, browser) => {
    // Firefox takes an extension's `_locales` from its own interface language, which stays English without a French
    // language pack (Debian ships none), so the manifest's strings stay English there; the panel, the palette and
    // the options follow the agent's ranked languages in both browsers.
    it.runIf(browser === 'chromium')('the browser gives the manifest’s strings in French', async () => {
      const driver = use();
      await driver.openPanel('options.html');
      expect(await driver.panel.run(manifestMessage, 'manifest_actionTitle')).toBe('Ouvrir ReturnDesk');
    });
    itSpeaksTheBrowsersLanguage(use);

    it('sent no request off 127.0.0.1', () => {
      const { recorder } = use();
      expect(recorder.leaks(), describeRequests(recorder.leaks())).toEqual([]);
    });
  },
  browserInLanguage('fr'),
);
