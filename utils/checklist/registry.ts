import type { CategoryDefinition, CategoryId } from './define';
import smartphone from './categories/smartphone';
import tablet from './categories/tablet';
import computer from './categories/computer';
import smartwatch from './categories/smartwatch';
import other from './categories/other';

/** Every checklist category. Add one by adding its file under categories/ and one line here. */
export const categories: readonly CategoryDefinition[] = [smartphone, tablet, computer, smartwatch, other];

export function categoryById(id: CategoryId): CategoryDefinition {
  const found = categories.find((category) => category.id === id);
  // Unreachable while the meta test passes (every CategoryId has a file); keeps callers free of null checks.
  if (!found) throw new Error(`No checklist category "${id}"`);
  return found;
}
