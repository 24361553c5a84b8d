import { TEMPLATE_LOCALES, type TemplateLocale } from '@/utils/templates/define';
import { LOCALE_NAMES } from '@/utils/templates/locale';
import type { Settings } from '@/utils/settings';

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
      <h2 id="reply-language-heading">Reply language</h2>
      <p class="hint">
        Replies follow each conversation's language: its country, else the site (backmarket.fr, .de, .at, .es, .it,
        .co.uk, .com; on backmarket.be the customer's messages decide between French and Dutch). This default is used
        only when a conversation does not tell. The panel can switch any conversation to another language.
      </p>
      <div class="row">
        <label for="reply-language-default">When the conversation does not tell</label>
        <select
          id="reply-language-default"
          value={settings.replyLocale}
          onChange={(event) => {
            const replyLocale = event.currentTarget.value as TemplateLocale | 'auto';
            void onSave({ ...settings, replyLocale }, 'Reply language saved.');
          }}
        >
          <option value="auto">English (US)</option>
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
