import { useEffect, useMemo, useState } from 'preact/hooks';
import type { ConversationSnapshot } from '@/utils/sites/snapshot';
import type { TemplateLocale } from '@/utils/templates/define';
import { replyLanguage } from '@/utils/templates/locale';
import { loadSettings, watchSettings } from '@/utils/extension/settings-store';
import { loadTeamPolicy, watchTeamPolicy } from '@/utils/extension/team-policy';
import { withTeamPolicy } from '@/utils/policy/effective-settings';
import { offeredLocales, withinOfferedLocales, type OfferedReplyLanguage } from '@/utils/policy/offered-locales';

/**
 * The reply language of the open case: what the case says (templates/locale.ts), unless the agent switched this
 * case to another language in the panel. Switches last while the panel is open and are shared by every section
 * (replies, photo request), so a case is answered in one language.
 */
const switches = new Map<string, TemplateLocale>();
const listeners = new Set<() => void>();

function caseKey(snapshot: ConversationSnapshot): string {
  return `${snapshot.platform}:${snapshot.folderId}`;
}

export interface ReplyLanguageState {
  language: OfferedReplyLanguage;
  /** The language the case itself points to, shown as "Follow the conversation (French)". */
  followed: OfferedReplyLanguage;
  /** The locales the switch offers: the team's when its policy names them (utils/policy/offered-locales.ts). */
  offered: readonly TemplateLocale[];
  override: TemplateLocale | null;
  setOverride: (locale: TemplateLocale | null) => void;
}

export function useReplyLanguage(snapshot: ConversationSnapshot): ReplyLanguageState {
  const [defaultLocale, setDefaultLocale] = useState<TemplateLocale | 'auto'>('auto');
  const [teamLocales, setTeamLocales] = useState<readonly TemplateLocale[] | null>(null);
  const [, setVersion] = useState(0);
  useEffect(() => {
    let live = true;
    // The default among the languages the team's policy offers, when it names them; a new policy applies at once.
    const refresh = () =>
      void Promise.all([loadSettings(), loadTeamPolicy()]).then(([{ settings }, team]) => {
        if (!live) return;
        setDefaultLocale(withTeamPolicy(settings, team.policy).replyLocale);
        setTeamLocales(team.policy.locales ?? null);
      });
    refresh();
    const unwatchSettings = watchSettings(refresh);
    const unwatchTeam = watchTeamPolicy(refresh);
    const listener = () => setVersion((version) => version + 1);
    listeners.add(listener);
    return () => {
      live = false;
      unwatchSettings();
      unwatchTeam();
      listeners.delete(listener);
    };
  }, []);

  const key = caseKey(snapshot);
  const override = switches.get(key) ?? null;
  const customerTexts = useMemo(
    () => snapshot.messages.filter((message) => message.author === 'customer').map((message) => message.text),
    [snapshot.messages],
  );
  const input = { country: snapshot.country, url: snapshot.url, customerTexts, defaultLocale };
  return {
    language: withinOfferedLocales(replyLanguage({ ...input, override }), teamLocales),
    followed: withinOfferedLocales(replyLanguage(input), teamLocales),
    offered: offeredLocales(teamLocales),
    override,
    setOverride: (locale) => {
      if (locale) switches.set(key, locale);
      else switches.delete(key);
      for (const listener of listeners) listener();
    },
  };
}
