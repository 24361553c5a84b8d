import { t } from '@/utils/i18n/translate';
import { INTERFACE_LANGUAGE_NAMES, INTERFACE_LANGUAGES, type InterfaceLanguageSetting as Choice } from '@/utils/i18n/languages';
import type { Settings } from '@/utils/settings';

/** The extension's own language: the browser's, or English or French whatever the browser says. Replies are separate. */
export function InterfaceLanguageSetting({
  settings,
  onSave,
}: {
  settings: Settings;
  onSave: (next: Settings, confirmation: string) => Promise<void>;
}) {
  return (
    <section aria-labelledby="interface-language-heading">
      <h2 id="interface-language-heading">{t('options.interfaceLanguage.title')}</h2>
      <p class="hint">{t('options.interfaceLanguage.hint')}</p>
      <div class="row">
        <label for="interface-language">{t('options.interfaceLanguage.label')}</label>
        <select
          id="interface-language"
          value={settings.interfaceLanguage}
          onChange={(event) => {
            const interfaceLanguage = event.currentTarget.value as Choice;
            void onSave({ ...settings, interfaceLanguage }, t('options.interfaceLanguage.saved'));
          }}
        >
          <option value="browser">{t('options.interfaceLanguage.browser')}</option>
          {INTERFACE_LANGUAGES.map((language) => (
            <option key={language} value={language} lang={language}>
              {INTERFACE_LANGUAGE_NAMES[language]}
            </option>
          ))}
        </select>
      </div>
    </section>
  );
}
