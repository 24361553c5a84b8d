import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ReplyLanguageSetting } from '@/entrypoints/options/reply-language-setting';
import { DEFAULT_SETTINGS } from '@/utils/settings';
import { mount, textOf, unmount, until } from './dom';

let container: HTMLElement | undefined;
afterEach(() => {
  if (container) unmount(container);
  container = undefined;
});

const deploy = (managed: unknown) => {
  (fakeBrowser.storage.managed as unknown as { get: () => Promise<unknown> }).get = async () => structuredClone(managed);
};
const options = (view: HTMLElement) => [...view.querySelectorAll('#reply-language-default option')].map((option) => textOf(option));

describe('the default reply language in the options page', () => {
  it("offers only the team's languages, and says when the agent's own default is not among them", async () => {
    deploy({ locales: ['fr-fr', 'de-de'] });
    container = mount(<ReplyLanguageSetting settings={{ ...DEFAULT_SETTINGS, replyLocale: 'it-it' }} onSave={async () => undefined} />);
    await until(() => expect(options(container!)).toEqual(['Français', 'Deutsch']));
    expect(container.querySelector<HTMLSelectElement>('#reply-language-default')!.value).toBe('auto');
    expect(textOf(container.querySelector('.reply-language-default__not-offered')!)).toBe(
      "Your default, Italiano, is not among your team's reply languages (Français and Deutsch): Français is used instead.",
    );
  });

  it('offers every language without a team policy', async () => {
    deploy({});
    container = mount(<ReplyLanguageSetting settings={{ ...DEFAULT_SETTINGS, replyLocale: 'it-it' }} onSave={async () => undefined} />);
    await until(() => expect(options(container!)).toHaveLength(6));
    expect(container.querySelector<HTMLSelectElement>('#reply-language-default')!.value).toBe('it-it');
    expect(container.querySelector('.reply-language-default__not-offered')).toBeNull();
  });
});
