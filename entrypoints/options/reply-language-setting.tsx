import { TEMPLATE_LOCALES, type TemplateLocale } from '@/utils/templates/define';
import { LOCALE_NAMES } from '@/utils/templates/locale';
import type { Settings } from '@/utils/settings';
import { t } from '@/utils/i18n/translate';

/** The reply language for cases that do not tell theirs (no country, a site with no language of its own). */
export function ReplyLanguageSetting({
  settings,
  onSave,
}: {
  settings: Settings;
  onSave: (next: Settings, confirmation: string) => Promise<void>;
}) {
  return (
    <section aria-labelledby="reply-language-heading">
      <h2 id="reply-language-heading">{t('options.replyLanguage.title')}</h2>
      <p class="hint">{t('options.replyLanguage.hint')}</p>
      <div class="row">
        <label for="reply-language-default">{t('options.replyLanguage.label')}</label>
        <select
          id="reply-language-default"
          value={settings.replyLocale}
          onChange={(event) => {
            const replyLocale = event.currentTarget.value as TemplateLocale | 'auto';
            void onSave({ ...settings, replyLocale }, t('options.replyLanguage.saved'));
          }}
        >
          <option value="auto">{LOCALE_NAMES['en-us']}</option>
          {TEMPLATE_LOCALES.filter((locale) => locale !== 'en-us').map((locale) => (
            <option key={locale} value={locale}>
              {LOCALE_NAMES[locale]}
            </option>
          ))}
        </select>
      </div>
    </section>
  );
}
