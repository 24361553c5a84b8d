import type { BrowserSuiteOptions } from './driver';

/**
 * A browser set up as an agent's browser in another language, for `describeInBrowsers(..., options)`. Each browser
 * is told in its own way; the tests that use it are written once.
 *
 * - Chromium: Debian's Chromium ships only an English interface. `--lang` sets the language it picks the
 *   extension's `_locales` in (the manifest's strings, `i18n.getMessage`), and `--accept-lang` the agent's ranked
 *   languages, as a Chrome installed in that language has them from its first run.
 * - Firefox ESR: Debian's Firefox ESR has no language packs, so `intl.locale.requested` alone leaves it English;
 *   `intl.accept_languages` is the agent's ranked languages (Settings > Language), which the interface follows.
 */
export function browserInLanguage(language: string): BrowserSuiteOptions {
  return {
    chromium: { extraArgs: [`--lang=${language}`, `--accept-lang=${language}`] },
    firefox: { prefs: { 'intl.locale.requested': language, 'intl.accept_languages': language } },
  };
}
