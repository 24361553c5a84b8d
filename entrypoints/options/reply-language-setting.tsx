import { useEffect, useState } from 'preact/hooks';
import type { TemplateLocale } from '@/utils/templates/define';
import { LOCALE_NAMES } from '@/utils/templates/locale';
import type { Settings } from '@/utils/settings';
import { loadTeamPolicy, watchTeamPolicy } from '@/utils/extension/team-policy';
import { offeredLocaleFor, offeredLocales } from '@/utils/policy/offered-locales';
import { formatList, t } from '@/utils/i18n/translate';

/**
 * The reply language for cases that do not tell theirs (no country, a site with no language of its own), among the
 * languages the team's policy offers when it names them: 'auto' is American English, or the team's nearest.
 */
export function ReplyLanguageSetting({
  settings,
  onSave,
}: {
  settings: Settings;
  onSave: (next: Settings, confirmation: string) => Promise<void>;
}) {
  const [teamLocales, setTeamLocales] = useState<readonly TemplateLocale[] | null>(null);
  useEffect(() => {
    let live = true;
    const refresh = () =>
      void loadTeamPolicy().then(
        (team) => live && setTeamLocales(team.policy.locales ?? null),
        () => undefined,
      );
    refresh();
    const stop = watchTeamPolicy(refresh);
    return () => {
      live = false;
      stop();
    };
  }, []);
  const offered = offeredLocales(teamLocales);
  const automatic = offeredLocaleFor('en-us', teamLocales);
  const own = settings.replyLocale;
  const ownNotOffered = own !== 'auto' && !offered.includes(own);
  return (
    <section aria-labelledby="reply-language-heading">
      <h2 id="reply-language-heading">{t('options.replyLanguage.title')}</h2>
      <p class="hint">{t('options.replyLanguage.hint')}</p>
      <div class="row">
        <label for="reply-language-default">{t('options.replyLanguage.label')}</label>
        <select
          id="reply-language-default"
          value={ownNotOffered || own === automatic ? 'auto' : own}
          onChange={(event) => {
            const replyLocale = event.currentTarget.value as TemplateLocale | 'auto';
            void onSave({ ...settings, replyLocale }, t('options.replyLanguage.saved'));
          }}
        >
          <option value="auto">{LOCALE_NAMES[automatic]}</option>
          {offered
            .filter((locale) => locale !== automatic)
            .map((locale) => (
              <option key={locale} value={locale}>
                {LOCALE_NAMES[locale]}
              </option>
            ))}
        </select>
      </div>
      {ownNotOffered && (
        <p class="hint team-note reply-language-default__not-offered" role="status">
          {t('teamPolicy.defaultNotOffered', {
            language: LOCALE_NAMES[own],
            list: formatList(offered.map((locale) => LOCALE_NAMES[locale])),
            used: LOCALE_NAMES[automatic],
          })}
        </p>
      )}
    </section>
  );
}
