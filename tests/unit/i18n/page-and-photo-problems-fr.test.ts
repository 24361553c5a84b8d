import { afterEach, describe, expect, it } from 'vitest';
import { setInterfaceLanguage } from '@/utils/i18n/translate';
import { photoFailureText } from '@/utils/photos/failure-text';
import { checkBeforeDecode } from '@/utils/photos/image-sniff';
import { caseRefOf, checkCase } from '@/utils/sites/case-ref';
import { readCareApiFolder } from '@/utils/sites/data/care-api';
import { sampleSnapshot } from '../helpers/snapshot';
import { fakeFetch, json, now, parseHtml } from '../sites/data/helpers';
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

describe('"Not done" refusals and platform-data fallbacks, in French', () => {
  const amelia = sampleSnapshot({ folderId: '104820113', country: 'fr-fr' });
  const noah = { ...amelia, folderId: '104820257', customer: { firstName: 'Noah', lastName: null }, orderId: null };

  it('names both conversations in French, ids written as they are', () => {
    setInterfaceLanguage('fr');
    expect(checkCase(caseRefOf(amelia), { status: 'ok', snapshot: noah })).toEqual({
      ok: false,
      message:
        'Non effectué : cette action était préparée pour conversation 104820113 (Amelia Hart, commande 58123456), ' +
        'mais la page affiche maintenant conversation 104820257 (Noah).',
    });
  });

  const pageUrl = new URL('http://127.0.0.1:4000/bo-seller/customer-care/folders/104820113');
  const readFolder = (answer: ReturnType<typeof json>) =>
    readCareApiFolder({ pageUrl, folderId: '104820113', fetchJson: fakeFetch({ '/ws/sav/104820113': answer }), parseHtml, now });

  it('says in French what the platform’s data lacked, keeping its JSON paths as they are', async () => {
    setInterfaceLanguage('fr');
    const partial = await readFolder(
      json({ id: 104820113, messages: [{ id: 1, message: 'hi', attachments: [{ name: 'IMG_1.jpg' }] }, 7] }),
    );
    expect(partial.ok).toBe(true);
    if (!partial.ok) return;
    const messages = partial.problems.map((problem) => problem.message);
    expect(messages).toEqual(
      expect.arrayContaining([
        '/ws/sav/104820113 : champ orderline.order.order_id absent',
        '/ws/sav/104820113 : champs client.first_name et client.last_name absents',
        '/ws/sav/104820113 : le message 2 n’est pas un objet, il a été ignoré',
        'message 1 : pièce jointe 1 : aucune adresse (champs : name)',
        '/ws/sav/104820113 : champ date_creation absent dans 1 message sur 2',
      ]),
    );
    // Only the paths and field names stay technical: none of the English sentences around them.
    for (const message of messages) expect(message).not.toMatch(/\b(missing|left out|attachment|carries|answered)\b/);
  });

  it('says in French why the platform’s data could not be used', async () => {
    setInterfaceLanguage('fr');
    expect(await readFolder(json({}, 403))).toMatchObject({
      ok: false,
      message:
        'Les données de la conversation n’ont pas pu être lues : /ws/sav/104820113 a répondu 403 : accès non autorisé pour ce compte.',
    });
    expect(await readFolder({ status: 200, contentType: 'text/html', text: '<html></html>' })).toMatchObject({
      message: 'Les données de la conversation n’ont pas pu être lues : /ws/sav/104820113 a répondu par une page HTML au lieu de JSON.',
    });
    setInterfaceLanguage('en');
    expect(await readFolder(json({}, 403))).toMatchObject({
      message: "The conversation's data could not be read: /ws/sav/104820113 answered 403: not allowed for this account.",
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
