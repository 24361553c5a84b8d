import type { ShotLocale } from './define';

/**
 * Wording shared by categories whose shots are the same in every language (a phone and a tablet show their
 * charging port on the bottom edge alike). Not a category: `registry.ts` lists the categories.
 */
export const BOTTOM_SIDE_TRANSLATIONS: Record<ShotLocale, { label: string; howTo: string }> = {
  'fr-fr': {
    label: 'Côté inférieur',
    howTo: 'Photographiez de face le bord inférieur, de sorte que le port de charge soit bien visible.',
  },
  'de-de': {
    label: 'Untere Seite',
    howTo: 'Fotografieren Sie die untere Kante von vorn, so dass der Ladeanschluss gut zu sehen ist.',
  },
  'es-es': {
    label: 'Lado inferior',
    howTo: 'Fotografíe de frente el borde inferior, de modo que el puerto de carga se vea bien.',
  },
  'it-it': {
    label: 'Lato inferiore',
    howTo: 'Fotografi frontalmente il bordo inferiore, in modo che la porta di ricarica si veda bene.',
  },
};
