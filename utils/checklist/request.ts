import type { CategoryDefinition } from './define';
import type { ChecklistEvaluation } from './evaluate';
import { rulesForProblems, type PhotoRule } from './photo-rules';
import type { PhotoProblemCode } from '../photos/assess';
import { REQUEST_LINE, shotLabel, shotLocaleFor, translatedProblem } from './customer-wording';

/**
 * What to ask the customer for, from an evaluation: structured items for the reply template (which comes later)
 * and a plain bullet list an agent can paste as it is. Each item names the shot with the guide's wording (UK
 * wording for en-gb conversations), says why, and how to take it.
 */

export interface PhotoRequestItem {
  shotId: string;
  label: string;
  kind: 'missing' | 'reshoot';
  /** Customer-facing sentences: what was wrong with the photo received (empty for a missing shot). */
  reasons: string[];
  howTo: string;
}

export interface PhotoRequest {
  items: PhotoRequestItem[];
  /** One line per item, "- Label: ...". Empty string when nothing is needed. */
  bulletList: string;
  /** General photo rules worth repeating, given the problems found. */
  reminders: PhotoRule[];
}

export interface PhotoRequestOptions {
  /** Reply locale or conversation locale as in the Care API (`en-gb`, `fr-fr`, `de-at`, ...). */
  locale?: string | null;
}

export function buildPhotoRequest(
  category: CategoryDefinition,
  evaluation: ChecklistEvaluation,
  options: PhotoRequestOptions = {},
): PhotoRequest {
  const uk = options.locale?.toLowerCase() === 'en-gb';
  const language = shotLocaleFor(options.locale);
  const items = evaluation.toRequest.map((requested): PhotoRequestItem => {
    const shot = category.shots.find((s) => s.id === requested.shotId);
    if (!shot) throw new Error(`evaluation of another category: no shot "${requested.shotId}" in ${category.id}`);
    return {
      shotId: shot.id,
      label: shotLabel(shot, language, uk),
      kind: requested.kind,
      reasons: requested.problems.map((problem) => translatedProblem(problem, language, category.shots)),
      howTo: language ? shot.translations[language].howTo : shot.howTo,
    };
  });
  const line = language ? REQUEST_LINE[language] : { missing: 'not received yet.', reshoot: 'please take it again.' };
  const bulletList = items
    .map((item) =>
      item.kind === 'missing'
        ? `- ${item.label}: ${line.missing} ${item.howTo}`
        : `- ${item.label}: ${line.reshoot} ${item.reasons.join(' ')}`,
    )
    .join('\n');
  const problemCodes = evaluation.toRequest
    .flatMap((requested) => requested.problems.map((problem) => problem.code))
    .filter((code): code is PhotoProblemCode => code !== 'same-photo-as-another-shot');
  return { items, bulletList, reminders: rulesForProblems(problemCodes) };
}
