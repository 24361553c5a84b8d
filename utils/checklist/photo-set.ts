import type { CategoryDefinition } from './define';
import { evaluateChecklist, type ChecklistEvaluation } from './evaluate';
import { buildPhotoRequest, type PhotoRequest } from './request';
import type { PhotoCheck } from '../photos/analysis';
import { duplicateOfMap, findDuplicateGroups } from '../photos/duplicates';
import { suggestAssignments, type SlotSuggestion } from '../photos/assign';
import { problemsAfterVerdict, type BlurVerdict } from './blur-verdicts';

/**
 * The whole photo set of a conversation at a glance: which photo is a copy of which, the suggested (or confirmed)
 * shot for each, the checklist status and what to ask the customer for. Pure; the panel calls it whenever a check
 * finishes or the agent changes an assignment, so results appear photo by photo.
 */

export interface PhotoInSet {
  /** The attachment URL: stable id of the photo. */
  url: string;
  messageIndex: number;
  attachmentIndex: number;
  /** null while the photo is still being checked. */
  check: PhotoCheck | null;
}

export interface PhotoSetSummary {
  duplicateOf: ReadonlyMap<string, string>;
  suggestions: ReadonlyMap<string, SlotSuggestion>;
  evaluation: ChecklistEvaluation;
  request: PhotoRequest;
}

export function summarisePhotoSet(
  category: CategoryDefinition,
  photos: readonly PhotoInSet[],
  confirmed: Readonly<Record<string, string | null>>,
  locale: string | null,
  /** The agent's word on photos that "may be blurred" (blur-verdicts.ts); a doubt without one is not a problem. */
  blurVerdicts: Readonly<Record<string, BlurVerdict>> = {},
): PhotoSetSummary {
  const checked = photos.flatMap((photo) => (photo.check?.kind === 'checked' ? [{ ...photo, check: photo.check }] : []));
  const duplicateOf = duplicateOfMap(
    findDuplicateGroups(checked.map(({ url, check }) => ({ id: url, dHash: check.dHash, dHashFine: check.dHashFine }))),
  );
  const suggestions = suggestAssignments(
    category,
    checked.map(({ url, messageIndex, attachmentIndex, check }) => ({
      id: url,
      messageIndex,
      attachmentIndex,
      width: check.width,
      height: check.height,
      screenLit: check.screenLit,
      looksLikeScreenshot: check.screenshot,
      duplicateOf: duplicateOf.get(url) ?? null,
    })),
    confirmed,
  );
  const evaluation = evaluateChecklist({
    category,
    photos: checked.map(({ url, check }) => ({
      id: url,
      problems: problemsAfterVerdict(check, blurVerdicts[url]),
      duplicateOf: duplicateOf.get(url) ?? null,
    })),
    assignments: suggestions.flatMap((s) => (s.shotId ? [{ photoId: s.photoId, shotId: s.shotId }] : [])),
  });
  return {
    duplicateOf,
    suggestions: new Map(suggestions.map((suggestion) => [suggestion.photoId, suggestion])),
    evaluation,
    request: buildPhotoRequest(category, evaluation, { locale }),
  };
}
