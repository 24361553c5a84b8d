import { TEMPLATE_LOCALES, type TemplateLocale } from '@/utils/templates/define';
import { LANGUAGE_NAMES, LOCALE_NAMES, type ReplyLanguage } from '@/utils/templates/locale';
import { languageName, t } from '@/utils/i18n/translate';

/** The per-case reply language: follow the conversation, or one of the languages replies are written in. */
export function ReplyLanguageSwitch({
  language,
  followed,
  override,
  onChange,
}: {
  language: ReplyLanguage;
  followed: ReplyLanguage;
  override: TemplateLocale | null;
  onChange: (locale: TemplateLocale | null) => void;
}) {
  return (
    <div class="row reply-language">
      <label for="reply-language">{t('replyLanguage.label')}</label>
      <select
        id="reply-language"
        value={override ?? 'follow'}
        onChange={(event) => {
          const value = event.currentTarget.value;
          onChange(value === 'follow' ? null : (value as TemplateLocale));
        }}
      >
        <option value="follow">
          {t('replyLanguage.follow', { language: languageName(followed.language, LANGUAGE_NAMES[followed.language]) })}
        </option>
        {TEMPLATE_LOCALES.map((locale) => (
          <option key={locale} value={locale}>
            {LOCALE_NAMES[locale]}
          </option>
        ))}
      </select>
      <span class="hint" data-reply-locale={language.locale}>
        {t(`replyLanguage.source.${language.source}`)}
        {language.written
          ? ''
          : t('replyLanguage.notWritten', { language: languageName(language.language, LANGUAGE_NAMES[language.language]) })}
      </span>
    </div>
  );
}
