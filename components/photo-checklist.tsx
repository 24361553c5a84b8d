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

/**
 * The category's seven shots, each received-and-usable, received-with-a-problem (which) or missing. While photos are
 * still being checked a shot not matched yet is "Checking…", never "Missing": it may be in a photo not checked yet.
 */
export function PhotoChecklist({
  checking = false,
  unreadable = 0,
  category,
  evaluation,
  thumbnailOf,
  uk,
}: {
  checking?: boolean;
  /** Attachments that could not be opened: they may hold a shot, so the summary names them. */
  unreadable?: number;
  category: CategoryDefinition;
  evaluation: ChecklistEvaluation;
  thumbnailOf: (photoId: string) => string | null;
  uk: boolean;
}) {
  return (
    <div class="photo-checklist">
      {checking ? (
        <p class="photo-checklist__summary">
          Checking photos: <strong>{evaluation.counts.received}</strong> of {evaluation.counts.total} shots found so far
        </p>
      ) : (
        <p class="photo-checklist__summary">
          <strong>
            {evaluation.counts.received} of {evaluation.counts.total}
          </strong>{' '}
          shots received for a {category.name.toLowerCase()}
          {evaluation.counts.withProblem > 0 && `, ${evaluation.counts.withProblem} to take again`}
          {evaluation.counts.missing > 0 && `, ${evaluation.counts.missing} missing`}
          {unreadable > 0 && `, ${unreadable} ${unreadable === 1 ? 'attachment' : 'attachments'} unreadable`}
          {evaluation.counts.received === evaluation.counts.total && evaluation.counts.withProblem === 0 && ': complete'}
        </p>
      )}
      <ol class="photo-checklist__slots">
        {evaluation.slots.map((slot) => {
          const thumbnail = slot.chosenPhotoId ? thumbnailOf(slot.chosenPhotoId) : null;
          const label = uk && slot.shot.labelUk ? slot.shot.labelUk : slot.shot.label;
          const pending = checking && slot.status === 'missing';
          return (
            <li key={slot.shot.id} class={`photo-slot photo-slot--${pending ? 'checking' : slot.status}`} data-shot={slot.shot.id}>
              <span class="photo-slot__icon" aria-hidden="true">
                {pending ? '…' : STATUS_ICON[slot.status]}
              </span>
              {thumbnail ? <img class="photo-slot__thumb" src={thumbnail} alt="" /> : <span class="photo-slot__thumb" />}
              <span class="photo-slot__text">
                <span class="photo-slot__label">{label}</span>
                <span class="photo-slot__status">
                  {pending ? 'Checking…' : STATUS_TEXT[slot.status]}
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
