import { useEffect, useMemo, useState } from 'preact/hooks';
import type { ConversationSnapshot } from '@/utils/sites/snapshot';
import type { TemplateLocale } from '@/utils/templates/define';
import { replyLanguage, type ReplyLanguage } from '@/utils/templates/locale';
import { watchSettings } from '@/utils/extension/settings-store';
import { loadEffectiveSettings } from '@/utils/extension/team-policy';

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
  language: ReplyLanguage;
  /** The language the case itself points to, shown as "Follow the conversation (French)". */
  followed: ReplyLanguage;
  override: TemplateLocale | null;
  setOverride: (locale: TemplateLocale | null) => void;
}

export function useReplyLanguage(snapshot: ConversationSnapshot): ReplyLanguageState {
  const [defaultLocale, setDefaultLocale] = useState<TemplateLocale | 'auto'>('auto');
  const [, setVersion] = useState(0);
  useEffect(() => {
    let live = true;
    // The default among the languages the team's policy offers, when it names them.
    const refresh = () => void loadEffectiveSettings().then((settings) => live && setDefaultLocale(settings.replyLocale));
    refresh();
    const unwatch = watchSettings(refresh);
    const listener = () => setVersion((version) => version + 1);
    listeners.add(listener);
    return () => {
      live = false;
      unwatch();
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
    language: replyLanguage({ ...input, override }),
    followed: replyLanguage(input),
    override,
    setOverride: (locale) => {
      if (locale) switches.set(key, locale);
      else switches.delete(key);
      for (const listener of listeners) listener();
    },
  };
}
