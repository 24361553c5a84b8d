import type { CategoryDefinition, ShotDefinition } from '../checklist/define';
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
