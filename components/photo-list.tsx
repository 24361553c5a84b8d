import type { CategoryDefinition } from '@/utils/checklist/define';
import type { PhotoSetSummary } from '@/utils/checklist/photo-set';
import type { PhotoCheck } from '@/utils/photos/analysis';
import { blurStatusOf, type BlurVerdict } from '@/utils/checklist/blur-verdicts';
import { t } from '@/utils/i18n/translate';
import { photoProblemText, shotLabel } from '@/utils/i18n/checklist-names';
import { photoFailureText } from '@/utils/photos/failure-text';

export interface PhotoListItem {
  url: string;
  name: string;
  messageIndex: number;
  check: PhotoCheck | null;
  thumbnailUrl: string | null;
}

/**
 * Every attachment the customer sent, with what the check found and the shot it fills. Keyboard: each row is
 * focusable; 1-7 assign that shot, 0 marks "not one of the shots", Enter confirms the suggestion, arrows move.
 */
/**
 * From this many photos, rows off screen skip layout (style.css). Not below: a skipped row has no innerText, and
 * since Replies moved above Photos the rows of an ordinary set start below the fold.
 */
const LONG_LIST = 40;

export function PhotoList({
  photos,
  category,
  summary,
  confirmed,
  onAssign,
  blurVerdicts = {},
  onBlurVerdict,
  uk,
}: {
  photos: readonly PhotoListItem[];
  category: CategoryDefinition;
  summary: PhotoSetSummary;
  confirmed: Readonly<Record<string, string | null>>;
  onAssign: (url: string, shotId: string | null) => void;
  /** The agent's word on photos that "may be blurred" (utils/checklist/blur-verdicts.ts). */
  blurVerdicts?: Readonly<Record<string, BlurVerdict>>;
  onBlurVerdict?: (url: string, verdict: BlurVerdict) => void;
  uk: boolean;
}) {
  const nameOf = (url: string) => photos.find((photo) => photo.url === url)?.name ?? url;
  const onKeyDown = (event: KeyboardEvent, photo: PhotoListItem) => {
    const suggestion = summary.suggestions.get(photo.url);
    const target = event.currentTarget as HTMLElement;
    // Enter on a button or list inside the row is that control's own; the row's shortcuts must not swallow it.
    if (event.key === 'Enter' && event.target !== event.currentTarget) return;
    if (/^[1-7]$/.test(event.key)) {
      const shot = category.shots[Number(event.key) - 1];
      if (shot) onAssign(photo.url, shot.id);
    } else if (event.key === '0') {
      onAssign(photo.url, null);
    } else if (event.key === 'Enter' && suggestion && !suggestion.confirmed) {
      onAssign(photo.url, suggestion.shotId);
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      const sibling = event.key === 'ArrowDown' ? target.nextElementSibling : target.previousElementSibling;
      (sibling as HTMLElement | null)?.focus();
    } else {
      return;
    }
    event.preventDefault();
  };

  return (
    <ul class={photos.length > LONG_LIST ? 'photo-list photo-list--long' : 'photo-list'} aria-label={t('photos.listLabel')}>
      {photos.map((photo, index) => {
        const suggestion = summary.suggestions.get(photo.url);
        const duplicateOf = summary.duplicateOf.get(photo.url);
        const isConfirmed = Object.hasOwn(confirmed, photo.url);
        const selectId = `slot-${index}`;
        return (
          <li
            key={photo.url}
            class="photo-row"
            tabIndex={0}
            aria-label={t('photos.rowLabel', { name: photo.name, message: photo.messageIndex + 1 })}
            onKeyDown={(event) => onKeyDown(event, photo)}
          >
            {/* Lazy: with 150 photos, requesting every thumbnail at once held the panel for a long task. */}
            {photo.thumbnailUrl ? (
              <img class="photo-row__thumb" src={photo.thumbnailUrl} alt="" loading="lazy" decoding="async" />
            ) : (
              <span class="photo-row__thumb" />
            )}
            <div class="photo-row__body">
              <div class="photo-row__name">
                {photo.name} <span class="hint">{t('photos.fromMessage', { message: photo.messageIndex + 1 })}</span>
              </div>
              <PhotoFindings check={photo.check} duplicateOf={duplicateOf ? nameOf(duplicateOf) : null} screen={hasScreen(category)} />
              {photo.check?.kind === 'checked' && onBlurVerdict && (
                <BlurCheck
                  check={photo.check}
                  verdict={blurVerdicts[photo.url]}
                  onVerdict={(verdict) => onBlurVerdict(photo.url, verdict)}
                />
              )}
              {photo.check?.kind === 'checked' && (
                <div class="photo-row__slot">
                  <label for={selectId}>{isConfirmed ? t('photos.shot') : t('photos.suggestedShot')}</label>
                  <select
                    id={selectId}
                    value={suggestion?.shotId ?? ''}
                    onChange={(event) => onAssign(photo.url, event.currentTarget.value || null)}
                  >
                    <option value="">{t('photos.notAShot')}</option>
                    {category.shots.map((shot, shotIndex) => (
                      <option key={shot.id} value={shot.id}>
                        {`${shotIndex + 1}. ${shotLabel(shot, uk)}`}
                      </option>
                    ))}
                  </select>
                  {!isConfirmed && suggestion?.shotId && (
                    <button type="button" onClick={() => onAssign(photo.url, suggestion.shotId)}>
                      {t('common.confirm')}
                    </button>
                  )}
                  {suggestion && suggestion.reasons.length > 0 && <span class="hint"> {suggestion.reasons.join(', ')}</span>}
                </div>
              )}
            </div>
          </li>
        );
      })}
    </ul>
  );
}

/** Screen on or off means something only for items with a screen: the categories whose shots include a lit screen. */
function hasScreen(category: CategoryDefinition): boolean {
  return category.shots.some((shot) => shot.id === 'screen-on');
}

function PhotoFindings({ check, duplicateOf, screen }: { check: PhotoCheck | null; duplicateOf: string | null; screen: boolean }) {
  if (!check) return <div class="hint">{t('common.checking')}</div>;
  if (check.kind === 'failed') return <div class="photo-row__problem">{t('photos.notChecked', { reason: photoFailureText(check) })}</div>;
  const findings = [
    ...check.problems.map((problem) => photoProblemText(problem)),
    ...(duplicateOf ? [t('photos.samePhotoAs', { name: duplicateOf })] : []),
    ...check.notes,
  ];
  return (
    <div>
      <span class="hint">
        {check.width}×{check.height}
        {check.screenshot ? t('photos.screenshot') : ''}
        {!screen ? '' : check.screenLit === true ? t('photos.screenOn') : check.screenLit === false ? t('photos.screenOff') : ''}
      </span>
      {findings.length === 0 ? (
        <div class="photo-row__ok">{t('photos.clear')}</div>
      ) : (
        <ul class="photo-row__problems">
          {findings.map((finding) => (
            <li key={finding}>{finding}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

/**
 * The check was unsure about focus: the agent looks at the photo and decides. Until then the photo is not asked
 * for again; "Blurred: ask again" puts it in the request, "Sharp enough" settles it. Either can be changed.
 */
function BlurCheck({
  check,
  verdict,
  onVerdict,
}: {
  check: Extract<PhotoCheck, { kind: 'checked' }>;
  verdict: BlurVerdict | undefined;
  onVerdict: (verdict: BlurVerdict) => void;
}) {
  const status = blurStatusOf(check, verdict);
  if (status === 'sharp' || status === 'blurred') return null;
  const text =
    status === 'doubt'
      ? t('photos.blur.doubt')
      : status === 'confirmed-blurred'
        ? t('photos.blur.confirmedBlurred')
        : t('photos.blur.confirmedSharp');
  return (
    <div class="photo-row__blur-check" role="group" aria-label={t('photos.blur.group')}>
      <span class={status === 'doubt' ? 'photo-row__problem' : 'hint'}>{text}</span>{' '}
      {status !== 'confirmed-blurred' && (
        <button type="button" onClick={() => onVerdict('blurred')}>
          {t('photos.blur.blurred')}
        </button>
      )}
      {status !== 'confirmed-sharp' && (
        <button type="button" onClick={() => onVerdict('sharp')}>
          {t('photos.blur.sharp')}
        </button>
      )}
    </div>
  );
}
