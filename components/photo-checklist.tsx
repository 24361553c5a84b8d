import type { CategoryDefinition } from '@/utils/checklist/define';
import type { ChecklistEvaluation, SlotEvaluation } from '@/utils/checklist/evaluate';

const STATUS_TEXT: Record<SlotEvaluation['status'], string> = {
  'received-usable': 'Received',
  'received-with-problem': 'Needs a new photo',
  missing: 'Missing',
};
const STATUS_ICON: Record<SlotEvaluation['status'], string> = {
  'received-usable': '✓',
  'received-with-problem': '!',
  missing: '✗',
};

/** The category's seven shots, each received-and-usable, received-with-a-problem (which) or missing. */
export function PhotoChecklist({
  category,
  evaluation,
  thumbnailOf,
  uk,
}: {
  category: CategoryDefinition;
  evaluation: ChecklistEvaluation;
  thumbnailOf: (photoId: string) => string | null;
  uk: boolean;
}) {
  return (
    <div class="photo-checklist">
      <p class="photo-checklist__summary" aria-live="polite">
        <strong>
          {evaluation.counts.received} of {evaluation.counts.total}
        </strong>{' '}
        shots received for a {category.name.toLowerCase()}
        {evaluation.counts.withProblem > 0 && `, ${evaluation.counts.withProblem} to take again`}
        {evaluation.counts.missing > 0 && `, ${evaluation.counts.missing} missing`}
        {evaluation.counts.received === evaluation.counts.total && evaluation.counts.withProblem === 0 && ': complete'}
      </p>
      <ol class="photo-checklist__slots">
        {evaluation.slots.map((slot) => {
          const thumbnail = slot.chosenPhotoId ? thumbnailOf(slot.chosenPhotoId) : null;
          const label = uk && slot.shot.labelUk ? slot.shot.labelUk : slot.shot.label;
          return (
            <li key={slot.shot.id} class={`photo-slot photo-slot--${slot.status}`} data-shot={slot.shot.id}>
              <span class="photo-slot__icon" aria-hidden="true">
                {STATUS_ICON[slot.status]}
              </span>
              {thumbnail ? <img class="photo-slot__thumb" src={thumbnail} alt="" /> : <span class="photo-slot__thumb" />}
              <span class="photo-slot__text">
                <span class="photo-slot__label">{label}</span>
                <span class="photo-slot__status">
                  {STATUS_TEXT[slot.status]}
                  {slot.problems.length > 0 && `: ${slot.problems.map((problem) => problem.code.replace(/-/g, ' ')).join(', ')}`}
                </span>
              </span>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
