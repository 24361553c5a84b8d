import { describe, expect, it } from 'vitest';
import { ReplyLanguageSetting } from '@/entrypoints/options/reply-language-setting';
import { DEFAULT_SETTINGS } from '@/utils/settings';
import { deployTeamPolicy, mountForTest, textOf, until } from './dom';

/** The setting with the agent's own default in Italian, under the team policy `managed`. */
function italianDefaultUnder(managed: unknown): HTMLElement {
  deployTeamPolicy(managed);
  return mountForTest(<ReplyLanguageSetting settings={{ ...DEFAULT_SETTINGS, replyLocale: 'it-it' }} onSave={async () => undefined} />);
}
const options = (view: HTMLElement) => [...view.querySelectorAll('#reply-language-default option')].map((option) => textOf(option));

describe('the default reply language in the options page', () => {
  it("offers only the team's languages, and says when the agent's own default is not among them", async () => {
    const container = italianDefaultUnder({ locales: ['fr-fr', 'de-de'] });
    await until(() => expect(options(container)).toEqual(['Français', 'Deutsch']));
    expect(container.querySelector<HTMLSelectElement>('#reply-language-default')!.value).toBe('auto');
    expect(textOf(container.querySelector('.reply-language-default__not-offered')!)).toBe(
      "Your default, Italiano, is not among your team's reply languages (Français and Deutsch): Français is used instead.",
    );
  });

  it('offers every language without a team policy', async () => {
    const container = italianDefaultUnder({});
    await until(() => expect(options(container)).toHaveLength(6));
    expect(container.querySelector<HTMLSelectElement>('#reply-language-default')!.value).toBe('it-it');
    expect(container.querySelector('.reply-language-default__not-offered')).toBeNull();
  });
});
