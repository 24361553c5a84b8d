import { describe, expect, it } from 'vitest';
import { offeredLocaleFor, offeredLocales, withinOfferedLocales } from '@/utils/policy/offered-locales';
import { replyLanguage } from '@/utils/templates/locale';
import { TEMPLATE_LOCALES } from '@/utils/templates/define';

describe("the reply languages a team's policy offers", () => {
  it('are every locale when the team names none, else the team’s, in its order', () => {
    expect(offeredLocales(undefined)).toEqual(TEMPLATE_LOCALES);
    expect(offeredLocales(['fr-fr', 'en-gb'])).toEqual(['fr-fr', 'en-gb']);
  });

  it('answer a case in its own locale when offered, in an offered one of the same language, else in the first offered', () => {
    expect(offeredLocaleFor('fr-fr', ['en-gb', 'fr-fr'])).toBe('fr-fr');
    expect(offeredLocaleFor('en-us', ['fr-fr', 'en-gb'])).toBe('en-gb');
    expect(offeredLocaleFor('de-de', ['fr-fr', 'en-gb'])).toBe('fr-fr');
    expect(offeredLocaleFor('de-de', undefined)).toBe('de-de');
  });

  it('say which language the case asked for when it is not offered, and leave an offered one as it was', () => {
    const german = replyLanguage({ country: 'de-de' });
    expect(withinOfferedLocales(german, ['en-gb', 'de-de'])).toEqual({ ...german, notOffered: null });
    expect(withinOfferedLocales(german, ['fr-fr', 'en-gb'])).toEqual({
      language: 'fr',
      locale: 'fr-fr',
      written: true,
      source: 'country',
      notOffered: german,
    });
    // Dutch has no replies and falls back to English, which the team offers: nothing to say beyond the fallback.
    const dutch = replyLanguage({ country: 'nl-nl' });
    expect(withinOfferedLocales(dutch, ['en-us', 'fr-fr']).notOffered).toBeNull();
  });
});
