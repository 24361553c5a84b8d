import type { BrowserSuiteOptions } from './driver';

/**
 * A browser set up as an agent may have theirs, for `describeInBrowsers(..., options)`. Each browser is told in its
 * own way (switches for Chromium, prefs for Firefox ESR); the tests that use these are written once.
 */

/**
 * The agent's browser in another language.
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

/**
 * The agent's browser in a light or dark colour scheme, which pages see as `prefers-color-scheme`. Headless Chromium
 * has no system theme to follow (`--force-dark-mode` changes nothing there), so Playwright emulates the media
 * feature for every page; Firefox's Settings > Website appearance is `layout.css.prefers-color-scheme.content-override`
 * (0 dark, 1 light).
 */
export function browserInColourScheme(scheme: 'light' | 'dark'): BrowserSuiteOptions {
  return {
    chromium: { colorScheme: scheme },
    firefox: { prefs: { 'layout.css.prefers-color-scheme.content-override': scheme === 'dark' ? 0 : 1 } },
  };
}
