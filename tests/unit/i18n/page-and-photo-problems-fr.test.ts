import { afterEach, describe, expect, it } from 'vitest';
import { setInterfaceLanguage } from '@/utils/i18n/translate';
import { photoFailureText } from '@/utils/photos/failure-text';
import { checkBeforeDecode } from '@/utils/photos/image-sniff';

afterEach(() => setInterfaceLanguage('en'));

describe('why a photo could not be fetched or opened, in French', () => {
  it('shows a stored English fetch failure in French, with its values', () => {
    const stored = { code: 'fetch-failed', message: 'The platform answered 503.' };
    setInterfaceLanguage('fr');
    expect(photoFailureText(stored)).toBe('La plateforme a répondu 503.');
    setInterfaceLanguage('en');
    expect(photoFailureText(stored)).toBe('The platform answered 503.');
  });

  it('shows a file-type refusal made in English (as in a worker) in French', () => {
    const plan = checkBeforeDecode(new Uint8Array(0));
    expect(plan.ok).toBe(false);
    if (plan.ok) return;
    setInterfaceLanguage('fr');
    expect(photoFailureText(plan.rejection)).toBe(
      'Le fichier est vide (0 octet) : l’envoi a sans doute échoué. Demandez au client de le renvoyer.',
    );
  });

  it('keeps a message the catalogue does not know as it was stored', () => {
    setInterfaceLanguage('fr');
    expect(photoFailureText({ code: 'fetch-failed', message: 'Something an older version wrote.' })).toBe(
      'Something an older version wrote.',
    );
    expect(photoFailureText({ code: 'unheard-of', message: 'Reading stopped: boom' })).toBe('Reading stopped: boom');
  });
});
