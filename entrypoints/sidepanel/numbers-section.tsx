import { useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import { identifierRegistry } from '@/utils/identifiers/registry';
import { reportedReadings } from '@/utils/ocr/merge';
import { StatusMessage } from '@/components/status-message';
import type { NumbersImage, NumbersState } from './use-numbers';
import { NumberCrossChecks } from './number-cross-checks';
import { NO_CASE_NUMBERS, type CaseNumbers } from '@/utils/ocr/cross-check';
import { SkippedImage } from './numbers-skipped';
import { t } from '@/utils/i18n/translate';
import { photoFailureText } from '@/utils/photos/failure-text';

// Layout kept here until the shared stylesheet gets a numbers block (style.css belongs to the panel shell).
const LIST_STYLE = { listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: '6px' };
const READING_STYLE = { padding: '6px', border: '1px solid var(--line)', borderRadius: '8px' };
const FLAGGED_STYLE = { ...READING_STYLE, borderColor: 'var(--warn-fg)', background: 'var(--warn-bg)' };
const CROP_STYLE = { display: 'block', maxWidth: '100%', marginTop: '4px', borderRadius: '4px' };

function CopyButton({ value, label }: { value: string; label: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <button
      type="button"
      class="copy"
      aria-label={t('numbers.copyNamed', { name: label })}
      onClick={() => {
        void navigator.clipboard.writeText(value).then(
          () => {
            setCopied(true);
            setTimeout(() => setCopied(false), 1500);
          },
          () => setCopied(false),
        );
      }}
    >
      {copied ? t('common.copied') : t('common.copy')}
    </button>
  );
}

/** A picked image's numbers stay out of replies until the agent says the image is this customer's. */
function PickConfirmation({ image, state }: { image: NumbersImage; state: NumbersState }) {
  if (image.origin !== 'context-menu' || image.outcome?.kind !== 'read' || image.outcome.readings.length === 0) return null;
  if (state.confirmedPicks.has(image.url)) return <p class="hint">{t('numbers.pickConfirmed')}</p>;
  return (
    <div class="row numbers-pick">
      <p class="hint">{t('numbers.pickQuestion')}</p>
      <button type="button" onClick={() => state.confirmPick(image.url)}>
        {t('numbers.pickConfirm')}
      </button>
    </div>
  );
}

function ImageNumbers({ image, flagged, state }: { image: NumbersImage; flagged: ReadonlyMap<string, string>; state: NumbersState }) {
  const { outcome } = image;
  const heading = (
    <h3 class="numbers-image-name">
      {image.name}
      {image.origin === 'context-menu' && <span class="hint">{t('numbers.picked')}</span>}
    </h3>
  );
  if (image.status !== 'done' || !outcome) {
    return (
      <li class="numbers-image" aria-busy="true">
        {heading}
        <p class="hint">{image.status === 'reading' ? t('numbers.reading') : t('numbers.waiting')}</p>
      </li>
    );
  }
  if (outcome.kind === 'failed') {
    return (
      <li class="numbers-image">
        {heading}
        <StatusMessage tone="warning">{photoFailureText(outcome)}</StatusMessage>
      </li>
    );
  }
  if (outcome.kind === 'skipped') {
    return (
      <li class="numbers-image">
        {heading}
        <SkippedImage image={image} state={state} />
      </li>
    );
  }
  const readings = outcome.readings
    .map((reading, index) => ({ reading, crop: image.cropUrls[index] ?? null }))
    .filter(({ reading }) => identifierRegistry.reportedKinds.has(reading.kind));
  return (
    <li class="numbers-image">
      {heading}
      <PickConfirmation image={image} state={state} />
      {readings.length === 0 ? (
        <p class="hint">{t('numbers.noneFound')}</p>
      ) : (
        <ul class="numbers-readings" style={LIST_STYLE}>
          {readings.map(({ reading, crop }) => {
            const disagreement = flagged.get(`${image.url}\n${reading.value}`);
            const name = reading.label ?? identifierRegistry.get(reading.kind).name;
            return (
              <li
                key={`${reading.kind}:${reading.value}`}
                class={`numbers-reading${disagreement ? ' numbers-reading--disagrees' : ''}${reading.valid ? '' : ' numbers-reading--invalid'}`}
                style={disagreement || !reading.valid ? FLAGGED_STYLE : READING_STYLE}
                data-kind={reading.kind}
                data-value={reading.value}
              >
                <div class="row">
                  <span class="numbers-label">{name}</span>
                  <code class="numbers-value">{reading.formatted}</code>
                  <CopyButton value={reading.value} label={name} />
                </div>
                <div class="hint">
                  {reading.valid ? t('numbers.checkDigitOk') : t('numbers.checkDigitBad')} · {reading.sources.join(' + ')} ·{' '}
                  {Math.round(reading.confidence * 100)}%
                </div>
                {disagreement && <StatusMessage tone="warning">{disagreement}</StatusMessage>}
                {crop && <img class="numbers-crop" style={CROP_STYLE} src={crop} alt={t('numbers.whereRead', { name })} />}
              </li>
            );
          })}
        </ul>
      )}
      <p class="hint">{image.cached ? t('numbers.fromCache') : t('numbers.readIn', { ms: String(Math.round(outcome.ms)) })}</p>
    </li>
  );
}

function reported(image: NumbersImage) {
  return image.outcome?.kind === 'read' ? reportedReadings(image.outcome.readings) : [];
}

/** "7 images without numbers", and how many are still to be read. */
function quietSummary(quiet: readonly NumbersImage[]): string {
  const done = quiet.filter((image) => image.status === 'done').length;
  const waiting = quiet.length - done;
  const parts = [
    done > 0 && t('numbers.withoutNumbers', { count: done }),
    waiting > 0 && t('numbers.stillToRead', { count: waiting }),
  ].filter(Boolean);
  return parts.join(', ');
}

/** IMEIs and waybill numbers read from the conversation's images, each with where it was read. */
/** `accessNotice`: the hosts to allow before some images can be read (AttachmentAccessNotice). */
export function NumbersSection({
  state,
  accessNotice,
  caseNumbers = NO_CASE_NUMBERS,
}: {
  state: NumbersState;
  accessNotice?: ComponentChildren;
  caseNumbers?: CaseNumbers;
}) {
  const { images, progress, disagreements } = state;
  if (images.length === 0) return <p>{t('view.noAttachments')}</p>;
  const flagged = new Map(disagreements.map((item) => [`${item.imageId}\n${item.value}`, item.reason]));
  // Only images where something was found (or that could not be read) are listed; the rest fold into one line.
  const found = images.filter(
    (image) => image.status === 'done' && image.outcome !== null && (image.outcome.kind === 'failed' || reported(image).length > 0),
  );
  const quiet = images.filter((image) => !found.includes(image));
  return (
    <div class="numbers">
      {accessNotice}
      {progress.done < progress.total && (
        <div class="numbers-progress">
          {state.paused ? (
            <p class="hint" role="status">
              {t('numbers.paused', { done: progress.done, total: progress.total })}
            </p>
          ) : (
            <div
              role="progressbar"
              aria-label={t('numbers.progressLabel')}
              aria-valuemin={0}
              aria-valuemax={progress.total}
              aria-valuenow={progress.done}
              class="hint"
            >
              {t('numbers.progress', { current: Math.min(progress.done + 1, progress.total), total: progress.total })}
            </div>
          )}
          <button type="button" onClick={state.paused ? state.resume : state.pause}>
            {state.paused ? t('numbers.resume') : t('numbers.pause')}
          </button>
        </div>
      )}
      {disagreements.length > 0 && <StatusMessage tone="warning">{t('numbers.disagree')}</StatusMessage>}
      <NumberCrossChecks state={state} caseNumbers={caseNumbers} />
      {state.storageNotice && <StatusMessage tone="warning">{state.storageNotice}</StatusMessage>}
      {found.length > 0 && (
        <ul class="numbers-images" style={LIST_STYLE}>
          {found.map((image) => (
            <ImageNumbers key={image.url} image={image} flagged={flagged} state={state} />
          ))}
        </ul>
      )}
      {quiet.length > 0 && (
        <details class="numbers-quiet">
          <summary>{quietSummary(quiet)}</summary>
          <ul class="numbers-images" style={LIST_STYLE}>
            {quiet.map((image) => (
              <ImageNumbers key={image.url} image={image} flagged={flagged} state={state} />
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
