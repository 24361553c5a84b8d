// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { ReplyLanguageSwitch } from '@/components/reply-language-switch';
import { offeredLocales, withinOfferedLocales } from '@/utils/policy/offered-locales';
import { replyLanguage } from '@/utils/templates/locale';
import { mount, textOf, unmount } from '../options/dom';

let container: HTMLElement | undefined;
afterEach(() => {
  if (container) unmount(container);
  container = undefined;
});

const options = (view: HTMLElement) => [...view.querySelectorAll('#reply-language option')].map((option) => textOf(option));

describe("the panel's reply language switch under a team policy", () => {
  it("lists only the team's languages and says when the conversation's own is not among them", () => {
    const team = ['fr-fr', 'de-de'] as const;
    const british = replyLanguage({ country: 'en-gb' });
    const language = withinOfferedLocales(british, team);
    container = mount(
      <ReplyLanguageSwitch
        language={language}
        followed={language}
        offered={offeredLocales(team)}
        override={null}
        onChange={() => undefined}
      />,
    );
    expect(options(container)).toEqual(['Follow the conversation (English)', 'Français', 'Deutsch']);
    expect(textOf(container.querySelector('.reply-language__not-offered')!)).toBe(
      "The conversation's language (English) is not among your team's reply languages: replies are in Français",
    );
    expect(container.querySelector('[data-reply-locale]')!.getAttribute('data-reply-locale')).toBe('fr-fr');
  });

  it('lists every language and says nothing more without a team policy', () => {
    const language = withinOfferedLocales(replyLanguage({ country: 'en-gb' }), undefined);
    container = mount(
      <ReplyLanguageSwitch
        language={language}
        followed={language}
        offered={offeredLocales(undefined)}
        override={null}
        onChange={() => undefined}
      />,
    );
    expect(options(container)).toHaveLength(7);
    expect(container.querySelector('.reply-language__not-offered')).toBeNull();
  });
});
