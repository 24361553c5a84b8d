import type { CategoryDefinition } from '@/utils/checklist/define';
import type { ChecklistEvaluation, SlotEvaluation } from '@/utils/checklist/evaluate';
import { labelInSentence, t } from '@/utils/i18n/translate';
import { categoryName, shotLabel } from '@/utils/i18n/checklist-names';

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
          {t('photos.checkingSoFar', { received: evaluation.counts.received, total: evaluation.counts.total })}
        </p>
      ) : (
        <p class="photo-checklist__summary">
          <strong>{t('photos.receivedOf', { received: evaluation.counts.received, total: evaluation.counts.total })}</strong>{' '}
          {t('photos.receivedFor', { category: labelInSentence(categoryName(category)) })}
          {evaluation.counts.withProblem > 0 && t('photos.toTakeAgain', { count: evaluation.counts.withProblem })}
          {evaluation.counts.missing > 0 && t('photos.missing', { count: evaluation.counts.missing })}
          {unreadable > 0 && t('photos.unreadable', { count: unreadable })}
          {evaluation.counts.received === evaluation.counts.total && evaluation.counts.withProblem === 0 && t('photos.complete')}
        </p>
      )}
      <ol class="photo-checklist__slots">
        {evaluation.slots.map((slot) => {
          const thumbnail = slot.chosenPhotoId ? thumbnailOf(slot.chosenPhotoId) : null;
          const label = shotLabel(slot.shot, uk);
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
                  {pending ? t('common.checking') : t(`photos.status.${slot.status}`)}
                  {slot.problems.length > 0 && `: ${slot.problems.map((problem) => t(`photos.problem.${problem.code}`)).join(', ')}`}
                </span>
              </span>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
