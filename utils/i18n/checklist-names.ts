import type { CategoryDefinition, ShotDefinition } from '../checklist/define';
import { translatedProblem } from '../checklist/customer-wording';
import type { SlotProblem } from '../checklist/evaluate';
import { interfaceLanguage, t } from './translate';

/** A checklist category's name in the interface's language (the registry holds the English). */
export function categoryName(category: CategoryDefinition): string {
  return t(`category.${category.id}`);
}

/**
 * A shot's name in the interface's language: the French written for customers' requests serves the French
 * interface too; English keeps the UK guide's wording in UK conversations.
 */
export function shotLabel(shot: ShotDefinition, uk: boolean): string {
  if (interfaceLanguage() === 'fr') return shot.translations['fr-fr'].label;
  return uk && shot.labelUk ? shot.labelUk : shot.label;
}

/**
 * What is wrong with a photo, in the interface's language: as for shot names, the French written for customers'
 * requests serves the French interface too (the agent reads what the request will say); English keeps the message
 * the check gave.
 */
export function photoProblemText(problem: SlotProblem, shots: readonly ShotDefinition[] = []): string {
  return translatedProblem(problem, interfaceLanguage() === 'fr' ? 'fr-fr' : null, shots);
}
