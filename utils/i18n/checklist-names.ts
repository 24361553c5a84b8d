import type { CategoryDefinition, ShotDefinition } from '../checklist/define';
import { shotLocaleFor, translatedProblem } from '../checklist/customer-wording';
import type { SlotProblem } from '../checklist/evaluate';
import { interfaceLanguage, t } from './translate';

/** A checklist category's name in the interface's language (the registry holds the English). */
export function categoryName(category: CategoryDefinition): string {
  return t(`category.${category.id}`);
}

/**
 * A shot's name in the interface's language: the wording written for customers' requests in that language serves
 * the interface too (French, German...); English keeps the UK guide's wording in UK conversations.
 */
export function shotLabel(shot: ShotDefinition, uk: boolean): string {
  const locale = shotLocaleFor(interfaceLanguage());
  if (locale) return shot.translations[locale].label;
  return uk && shot.labelUk ? shot.labelUk : shot.label;
}

/**
 * What is wrong with a photo, in the interface's language: as for shot names, the wording written for customers'
 * requests in that language serves the interface too (the agent reads what the request will say); English keeps the
 * message the check gave.
 */
export function photoProblemText(problem: SlotProblem, shots: readonly ShotDefinition[] = []): string {
  return translatedProblem(problem, shotLocaleFor(interfaceLanguage()), shots);
}
