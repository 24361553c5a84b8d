import { afterEach, describe, expect, it } from 'vitest';
import { setInterfaceLanguage } from '@/utils/i18n/translate';
import { photoFailureText } from '@/utils/photos/failure-text';
import { checkBeforeDecode } from '@/utils/photos/image-sniff';
import { checkCase } from '@/utils/sites/case-ref';
import { suggestAssignments } from '@/utils/photos/assign';
import { categoryById } from '@/utils/checklist/registry';

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

describe('page-reading problems, in French', () => {
  const prepared = { platform: 'demo', folderId: 'F-1', fingerprint: '00000000', label: 'F-1' } as const;

  it('refuses a stale action in French when the page no longer shows the conversation', () => {
    setInterfaceLanguage('fr');
    expect(checkCase(prepared, { status: 'loading', message: '' })).toEqual({
      ok: false,
      message: 'Non effectué : cette action était préparée pour F-1, mais la page n’affiche plus de conversation.',
    });
    setInterfaceLanguage('en');
    expect(checkCase(prepared, { status: 'loading', message: '' })).toEqual({
      ok: false,
      message: 'Not done: this was prepared for F-1, but the page no longer shows a conversation.',
    });
  });
});

describe('photo-assignment hints, in French', () => {
  it('says why a screenshot was left out in French', () => {
    setInterfaceLanguage('fr');
    const screenshot = {
      id: 'p1',
      messageIndex: 0,
      attachmentIndex: 0,
      width: 1170,
      height: 2532,
      screenLit: null,
      looksLikeScreenshot: true,
      duplicateOf: null,
    };
    const [suggestion] = suggestAssignments(categoryById('smartphone'), [screenshot]);
    expect(suggestion?.reasons).toEqual(['capture d’écran, pas une photo de l’article']);
  });
});
