import type { PhotoProblemCode } from '../photos/assess';
import { SHOT_LOCALES, type ShotDefinition, type ShotLocale } from './define';

/**
 * What a photo request tells the customer, in the languages besides English, so the drafted request is in one
 * language from greeting to closing: the photo problems (English in photos/assess.ts), the "same photo" note and
 * the two line endings of the pasted list. English keeps its own wording where it is defined.
 */

export const PROBLEM_MESSAGES_TRANSLATED: Record<ShotLocale, Record<PhotoProblemCode, string>> = {
  'fr-fr': {
    'too-small':
      "Cette photo est trop petite pour montrer les détails de votre article. Merci d'envoyer la photo elle-même plutôt qu'une miniature ou une copie recadrée.",
    'too-dark':
      "Cette photo est trop sombre pour voir l'état de votre article. Merci de la reprendre dans un endroit plus lumineux, par exemple près d'une fenêtre en journée.",
    overexposed:
      "Cette photo est trop claire : certaines parties de l'article sont délavées. Merci de la reprendre à l'abri du soleil direct ou d'une lampe forte, sans flash.",
    blurred:
      "Cette photo est floue. Tenez votre téléphone bien immobile, touchez l'article sur l'écran pour faire la mise au point, et reprenez-la.",
    glare:
      "Un reflet cache une partie de votre article sur cette photo. Inclinez légèrement l'article à l'écart des lampes et des fenêtres et reprenez-la, sans flash.",
  },
  'de-de': {
    'too-small':
      'Dieses Foto ist zu klein, um die Details Ihres Artikels zu zeigen. Bitte senden Sie das Foto selbst statt einer Vorschau oder eines zugeschnittenen Ausschnitts.',
    'too-dark':
      'Dieses Foto ist zu dunkel, um den Zustand Ihres Artikels zu erkennen. Bitte nehmen Sie es an einem helleren Ort noch einmal auf, zum Beispiel tagsüber an einem Fenster.',
    overexposed:
      'Dieses Foto ist zu hell: Teile des Artikels sind überstrahlt. Bitte nehmen Sie es ohne direktes Sonnenlicht oder starkes Lampenlicht und ohne Blitz noch einmal auf.',
    blurred:
      'Dieses Foto ist unscharf. Bitte halten Sie Ihr Telefon ruhig, tippen Sie zum Scharfstellen auf den Artikel auf dem Bildschirm und nehmen Sie es noch einmal auf.',
    glare:
      'Eine Spiegelung verdeckt auf diesem Foto einen Teil Ihres Artikels. Bitte neigen Sie den Artikel leicht von Lampen und Fenstern weg und nehmen Sie es ohne Blitz noch einmal auf.',
  },
  'es-es': {
    'too-small':
      'Esta foto es demasiado pequeña para mostrar los detalles de su artículo. Le rogamos que envíe la foto original y no una miniatura ni una copia recortada.',
    'too-dark':
      'Esta foto está demasiado oscura para ver el estado de su artículo. Vuelva a hacerla en un lugar con más luz, por ejemplo junto a una ventana durante el día.',
    overexposed:
      'Esta foto tiene demasiada luz: partes del artículo aparecen quemadas. Vuelva a hacerla sin luz solar directa ni luz fuerte de lámpara, y sin flash.',
    blurred: 'Esta foto está borrosa. Sujete el teléfono con firmeza, toque el artículo en la pantalla para enfocar y vuelva a hacerla.',
    glare:
      'Un reflejo tapa parte de su artículo en esta foto. Incline ligeramente el artículo para apartarlo de lámparas y ventanas y vuelva a hacerla, sin flash.',
  },
  'it-it': {
    'too-small':
      "Questa foto è troppo piccola per mostrare i dettagli del prodotto. La preghiamo di inviare la foto originale invece di un'anteprima o di una copia ritagliata.",
    'too-dark':
      'Questa foto è troppo scura per vedere lo stato del prodotto. La rifaccia in un luogo più luminoso, per esempio vicino a una finestra durante il giorno.',
    overexposed:
      'Questa foto è troppo chiara: alcune parti del prodotto risultano bruciate. La rifaccia lontano dalla luce diretta del sole o da lampade forti, senza flash.',
    blurred: 'Questa foto è sfocata. Tenga fermo il telefono, tocchi il prodotto sullo schermo per mettere a fuoco e la rifaccia.',
    glare:
      'Un riflesso nasconde parte del prodotto in questa foto. Inclini leggermente il prodotto lontano da lampade e finestre e la rifaccia, senza flash.',
  },
};

const SAME_PHOTO: Record<ShotLocale, (otherLabel: string) => string> = {
  'fr-fr': (label) => `C'est la même photo que celle de « ${label} ». Merci d'envoyer aussi une photo de cette vue.`,
  'de-de': (label) => `Das ist dasselbe Foto wie für „${label}“. Bitte senden Sie auch ein Foto dieser Ansicht.`,
  'es-es': (label) => `Es la misma foto que la de «${label}». Envíe también una foto de esta vista.`,
  'it-it': (label) => `È la stessa foto di «${label}». La preghiamo di inviare anche una foto di questa vista.`,
};

export const REQUEST_LINE: Record<ShotLocale, { missing: string; reshoot: string }> = {
  'fr-fr': { missing: 'pas encore reçue.', reshoot: 'merci de la reprendre.' },
  'de-de': { missing: 'noch nicht erhalten.', reshoot: 'bitte noch einmal aufnehmen.' },
  'es-es': { missing: 'aún no recibida.', reshoot: 'vuelva a hacerla, por favor.' },
  'it-it': { missing: 'non ancora ricevuta.', reshoot: 'la preghiamo di rifarla.' },
};

/** The shot language for a conversation or reply locale (`fr-be` -> fr-fr, `de-at` -> de-de); null for English. */
export function shotLocaleFor(locale: string | null | undefined): ShotLocale | null {
  const language = (locale ?? '').toLowerCase().split('-')[0];
  return SHOT_LOCALES.find((candidate) => candidate.startsWith(`${language}-`)) ?? null;
}

export function shotLabel(shot: ShotDefinition, locale: ShotLocale | null, british: boolean): string {
  if (locale) return shot.translations[locale].label;
  return british && shot.labelUk ? shot.labelUk : shot.label;
}

export function translatedProblem(
  problem: { code: PhotoProblemCode | 'same-photo-as-another-shot'; message: string; otherShotId?: string },
  locale: ShotLocale | null,
  shots: readonly ShotDefinition[],
): string {
  if (!locale) return problem.message;
  if (problem.code !== 'same-photo-as-another-shot') return PROBLEM_MESSAGES_TRANSLATED[locale][problem.code];
  const other = shots.find((shot) => shot.id === problem.otherShotId);
  return other ? SAME_PHOTO[locale](other.translations[locale].label) : problem.message;
}
