import type { TemplateLocale } from '@/utils/templates/define';
import { LANGUAGE_NAMES, LOCALE_NAMES } from '@/utils/templates/locale';
import type { OfferedReplyLanguage } from '@/utils/policy/offered-locales';
import { languageName, t } from '@/utils/i18n/translate';

/**
 * The per-case reply language: follow the conversation, or one of the languages replies are written in that the
 * team offers. A case in a language the team does not offer is answered in an offered one, and says so.
 */
export function ReplyLanguageSwitch({
  language,
  followed,
  offered,
  override,
  onChange,
}: {
  language: OfferedReplyLanguage;
  followed: OfferedReplyLanguage;
  offered: readonly TemplateLocale[];
  override: TemplateLocale | null;
  onChange: (locale: TemplateLocale | null) => void;
}) {
  // The option names the conversation's own language, even when the team has replies written in another.
  const asked = followed.notOffered ?? followed;
  return (
    <div class="row reply-language">
      <label for="reply-language">{t('replyLanguage.label')}</label>
      <select
        id="reply-language"
        value={override && offered.includes(override) ? override : 'follow'}
        onChange={(event) => {
          const value = event.currentTarget.value;
          onChange(value === 'follow' ? null : (value as TemplateLocale));
        }}
      >
        <option value="follow">
          {t('replyLanguage.follow', { language: languageName(asked.language, LANGUAGE_NAMES[asked.language]) })}
        </option>
        {offered.map((locale) => (
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
      {language.notOffered && (
        <p class="hint team-note reply-language__not-offered" role="status">
          {t('teamPolicy.localeNotOffered', {
            language: languageName(language.notOffered.language, LANGUAGE_NAMES[language.notOffered.language]),
            used: LOCALE_NAMES[language.locale],
          })}
        </p>
      )}
    </div>
  );
}
