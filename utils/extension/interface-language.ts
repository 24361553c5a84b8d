import { browser } from 'wxt/browser';
import { interfaceLanguageFor, type InterfaceLanguage } from '../i18n/languages';
import { setInterfaceLanguage } from '../i18n/translate';
import type { Settings } from '../settings';
import { loadSettings, watchSettings } from './settings-store';

/**
 * The browser's languages, most preferred first: the languages the agent ranked in the browser's settings
 * (`navigator.languages`; Chrome starts them from its own language), then the language the browser picked for the
 * extension's `_locales` (`@@ui_locale`), then its interface language. Ranked languages come first because
 * Debian's Firefox ESR and Chromium ship no French interface of their own: there an agent can still rank French first.
 */
function browserLanguages(): string[] {
  const ranked = typeof navigator === 'undefined' ? [] : [...(navigator.languages ?? [])];
  return [...ranked, browser.i18n.getMessage('@@ui_locale'), browser.i18n.getUILanguage()].filter(Boolean);
}

export function interfaceLanguageOf(settings: Settings): InterfaceLanguage {
  return interfaceLanguageFor(settings.interfaceLanguage, browserLanguages());
}

/** Reads the settings and makes `t()` answer in the language they choose; returns that language. */
export async function applyInterfaceLanguage(): Promise<InterfaceLanguage> {
  const language = interfaceLanguageOf((await loadSettings()).settings);
  setInterfaceLanguage(language);
  if (typeof document !== 'undefined') document.documentElement.lang = language;
  return language;
}

/** Calls back (after `t()` switched) when the options change the interface language. Returns an unsubscribe function. */
export function watchInterfaceLanguage(onChange: (language: InterfaceLanguage) => void, current: InterfaceLanguage): () => void {
  let shown = current;
  return watchSettings(({ settings }) => {
    const language = interfaceLanguageOf(settings);
    if (language === shown) return;
    shown = language;
    setInterfaceLanguage(language);
    if (typeof document !== 'undefined') document.documentElement.lang = language;
    onChange(language);
  });
}
