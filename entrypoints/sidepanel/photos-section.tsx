import { useState } from 'preact/hooks';
import { messagesNotRead, type ConversationSnapshot } from '@/utils/sites/snapshot';
import { categories, categoryById } from '@/utils/checklist/registry';
import type { CategoryId } from '@/utils/checklist/define';
import { bodyInLanguage } from '@/utils/templates/locale';
import { buildPhotoRequest } from '@/utils/checklist/request';
import { useReplyLanguage } from './use-reply-language';
import { builtinTemplate } from '@/utils/templates/registry';
import { renderTemplate } from '@/utils/templates/render';
import { caseValues, photoRequestValues } from '@/utils/templates/case-values';
import { PhotoChecklist } from '@/components/photo-checklist';
import { PhotoList } from '@/components/photo-list';
import { StatusMessage } from '@/components/status-message';
import type { PhotoCheckState } from './use-photo-check';
import { insertIntoComposer } from './insert-into-composer';
import { caseRefOf } from '@/utils/sites/case-ref';
import { AttachmentAccessNotice } from './attachment-access-notice';
import type { AttachmentAccessState } from './use-attachment-access';
import { photoCheckFinished, photoCheckProgressText } from '@/utils/checklist/check-progress';
import { t } from '@/utils/i18n/translate';
import { categoryName } from '@/utils/i18n/checklist-names';

export function PhotosSection({
  snapshot,
  tabId,
  state,
  access,
}: {
  snapshot: ConversationSnapshot;
  tabId: number;
  state: PhotoCheckState;
  access: AttachmentAccessState;
}) {
  const [notice, setNotice] = useState<{ ok: boolean; message: string } | null>(null);
  const category = categoryById(state.category);
  const uk = snapshot.country === 'en-gb';
  const reply = useReplyLanguage(snapshot);
  const { progress, summary } = state;

  if (progress.total === 0) {
    // Messages that could not be read say nothing about photos: never "the customer has not sent any".
    const unread = messagesNotRead(snapshot);
    if (unread) {
      return (
        <StatusMessage tone="warning">
          <p>{t('photos.messagesNotRead', { reason: unread })}</p>
        </StatusMessage>
      );
    }
    return <p>{t('photos.noneSent')}</p>;
  }

  const toRequest = summary.request.items.length;
  // Photos on a host not allowed yet may be the very shots that look missing: no request until they are checked.
  const waitingForAccess = state.accessRequests.length > 0;
  const checking = !photoCheckFinished(state);
  const insertRequest = async () => {
    // The button is disabled while checking; a click queued before it re-rendered must not draft a partial request.
    if (!photoCheckFinished(state)) return;
    setNotice(null);
    const template = builtinTemplate('photo-request-missing');
    // The whole request in the reply language: greeting, shot names, how-tos and reasons.
    const chosen = bodyInLanguage(template, reply.language);
    const request = buildPhotoRequest(category, summary.evaluation, { locale: chosen.locale });
    const rendered = renderTemplate(chosen.body, {
      ...caseValues(snapshot),
      ...photoRequestValues(request),
    });
    if (rendered.missing.length > 0) {
      setNotice({ ok: false, message: t('photos.notInserted', { missing: rendered.missing.join(', ') }) });
      return;
    }
    setNotice(await insertIntoComposer(tabId, rendered.text, caseRefOf(snapshot)));
  };

  return (
    <div class="photos">
      <div class="row">
        <label for="photo-category">{t('photos.checklist')}</label>
        <select
          id="photo-category"
          value={state.category}
          onChange={(event) => {
            const value = event.currentTarget.value as CategoryId;
            state.setCategory(value === state.detection.category ? null : value);
          }}
        >
          {categories.map((candidate) => (
            <option key={candidate.id} value={candidate.id}>
              {categoryName(candidate)}
            </option>
          ))}
        </select>
        <span class="hint">{state.categoryOverridden ? t('photos.chosenByYou') : state.detection.reason}</span>
      </div>
      {progress.done < progress.total && (
        <div
          role="progressbar"
          aria-label={t('photos.progressLabel')}
          aria-valuemin={0}
          aria-valuemax={progress.total}
          aria-valuenow={progress.done}
          class="hint"
        >
          {t('photos.progress', { current: progress.done + 1, total: progress.total })}
        </div>
      )}
      <AttachmentAccessNotice requests={state.accessRequests} access={access} />
      {state.error && <StatusMessage tone="warning">{state.error}</StatusMessage>}
      {state.storageNotice && <StatusMessage tone="warning">{state.storageNotice}</StatusMessage>}
      <PhotoChecklist
        checking={checking}
        unreadable={state.photos.filter((photo) => photo.check?.kind === 'failed').length}
        category={category}
        evaluation={summary.evaluation}
        uk={uk}
        thumbnailOf={(id) => state.photos.find((photo) => photo.url === id)?.thumbnailUrl ?? null}
      />
      <div class="row">
        <button
          type="button"
          disabled={checking || toRequest === 0 || !snapshot.composerFound || waitingForAccess}
          onClick={() => void insertRequest()}
        >
          {checking
            ? t('photos.requestWaiting', { progress: photoCheckProgressText(state) })
            : toRequest === 0
              ? t('photos.nothingToAsk')
              : t('photos.insertRequest', { count: toRequest })}
        </button>
        {!snapshot.composerFound && <span class="hint">{t('photos.noComposer')}</span>}
        {waitingForAccess && <span class="hint">{t('photos.allowHostsFirst')}</span>}
      </div>
      <StatusMessage tone={notice?.ok === false ? 'warning' : 'info'}>{notice?.message}</StatusMessage>
      <PhotoList
        photos={state.photos}
        category={category}
        summary={summary}
        confirmed={state.confirmed}
        onAssign={state.setSlot}
        blurVerdicts={state.blurVerdicts}
        onBlurVerdict={state.setBlurVerdict}
        uk={uk}
      />
    </div>
  );
}
