import { TEMPLATE_LOCALES, type TemplateLocale } from '@/utils/templates/define';
import { LANGUAGE_NAMES, LOCALE_NAMES, type ReplyLanguage } from '@/utils/templates/locale';

const SOURCE_HINTS: Record<ReplyLanguage['source'], string> = {
  switch: 'chosen for this conversation',
  country: "from the conversation's country",
  site: 'from the site',
  messages: "from the customer's messages",
  default: 'your default',
};

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
      <label for="reply-language">Reply language</label>
      <select
        id="reply-language"
        value={override ?? 'follow'}
        onChange={(event) => {
          const value = event.currentTarget.value;
          onChange(value === 'follow' ? null : (value as TemplateLocale));
        }}
      >
        <option value="follow">Follow the conversation ({LANGUAGE_NAMES[followed.language]})</option>
        {TEMPLATE_LOCALES.map((locale) => (
          <option key={locale} value={locale}>
            {LOCALE_NAMES[locale]}
          </option>
        ))}
      </select>
      <span class="hint" data-reply-locale={language.locale}>
        {SOURCE_HINTS[language.source]}
        {language.written ? '' : `: no ${LANGUAGE_NAMES[language.language]} replies yet, English is used`}
      </span>
    </div>
  );
}
