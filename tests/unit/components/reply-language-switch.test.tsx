// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { ReplyLanguageSwitch } from '@/components/reply-language-switch';
import { offeredLocales, withinOfferedLocales } from '@/utils/policy/offered-locales';
import { replyLanguage } from '@/utils/templates/locale';
import type { TemplateLocale } from '@/utils/templates/define';
import { mountForTest, textOf } from '../options/dom';

/** The switch for a British English case under a team offering `team` (none: no policy). */
function switchForBritishCase(team: readonly TemplateLocale[] | undefined): HTMLElement {
  const language = withinOfferedLocales(replyLanguage({ country: 'en-gb' }), team);
  return mountForTest(
    <ReplyLanguageSwitch
      language={language}
      followed={language}
      offered={offeredLocales(team)}
      override={null}
      onChange={() => undefined}
    />,
  );
}

const options = (view: HTMLElement) => [...view.querySelectorAll('#reply-language option')].map((option) => textOf(option));

describe("the panel's reply language switch under a team policy", () => {
  it("lists only the team's languages and says when the conversation's own is not among them", () => {
    const container = switchForBritishCase(['fr-fr', 'de-de']);
    expect(options(container)).toEqual(['Follow the conversation (English)', 'Français', 'Deutsch']);
    expect(textOf(container.querySelector('.reply-language__not-offered')!)).toBe(
      "The conversation's language (English) is not among your team's reply languages: replies are in Français",
    );
    expect(container.querySelector('[data-reply-locale]')!.getAttribute('data-reply-locale')).toBe('fr-fr');
  });

  it('lists every language and says nothing more without a team policy', () => {
    const container = switchForBritishCase(undefined);
    expect(options(container)).toHaveLength(7);
    expect(container.querySelector('.reply-language__not-offered')).toBeNull();
  });
});
