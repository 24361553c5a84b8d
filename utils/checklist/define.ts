/**
 * A photo checklist category: the seven shots the return guide asks for one kind of item. One file per category
 * under `categories/` (the file name is the id), registered in `registry.ts`.
 *
 * Source of truth: ../shared/policy/return-an-item.txt and return-an-item-uk.txt, "Step 2. Send us photos of
 * your item". Labels keep the guide's wording; `howTo` and `plainReason` are our own words built on its facts.
 */

export const CATEGORY_IDS = ['smartphone', 'tablet', 'computer', 'smartwatch', 'other'] as const;
export type CategoryId = (typeof CATEGORY_IDS)[number];

/** The guide asks for exactly this many individual photos, whatever the item. */
export const SHOTS_PER_CATEGORY = 7;

/** The languages besides English that shot names and how-tos are written in. */
export const SHOT_LOCALES = ['fr-fr', 'de-de', 'es-es', 'it-it'] as const;
export type ShotLocale = (typeof SHOT_LOCALES)[number];

/** The orientation a customer most likely uses for a shot; `any` when people shoot it both ways. */
export type ShotShape = 'landscape' | 'portrait' | 'any';

export interface ShotExpectation {
  /** true: the screen should be on; false: it should be off; null: no screen is expected in the shot. */
  screenLit: boolean | null;
  shape: ShotShape;
}

export interface ShotDefinition {
  /** Unique within its category, kebab-case, stable (assignments are stored by it). */
  id: string;
  /** The guide's wording (US/international guide). */
  label: string;
  /** The UK guide's wording where it differs from `label`. */
  labelUk?: string;
  /** Why the seller needs this shot, in plain words for the customer. */
  plainReason: string;
  /** How to take it, one or two short sentences for the customer. */
  howTo: string;
  /** Hints for suggesting which received photo fills this shot. Never decisive: the agent confirms. */
  expect: ShotExpectation;
  /**
   * The label and how-to in the customer's language, so a photo request is in one language from greeting to
   * closing. Written for each market (the guides exist only in English); English falls back to label/howTo.
   */
  translations: Record<ShotLocale, { label: string; howTo: string }>;
}

export interface CategoryDefinition {
  id: CategoryId;
  /** Name shown to the agent. */
  name: string;
  /** How the guide introduces the list, e.g. "Photos of personal computers must show". */
  guideHeading: string;
  /** Exactly SHOTS_PER_CATEGORY shots, in the guide's order (customers tend to follow it). */
  shots: readonly ShotDefinition[];
  /** Anything the agent should know about how this category maps the guide (shown in the options page). */
  note?: string;
}

export function defineCategory(category: CategoryDefinition): CategoryDefinition {
  return category;
}
