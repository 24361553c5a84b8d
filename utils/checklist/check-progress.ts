/**
 * Whether the photo check is far enough for anything drafted from it. A photo not checked yet is neither received
 * nor missing, so a request drafted before the last photo is checked would ask for shots the customer sent: every
 * draft and macro that needs the checklist waits for `photoCheckFinished` or says why it cannot go on yet.
 */

import { parseTemplate } from '../templates/render';

/** The template variables filled from the photo checklist (utils/templates/case-values.ts photoRequestValues). */
export const PHOTO_REQUEST_VARIABLES: readonly string[] = ['missing_shots', 'reshoot_shots'];

export interface PhotoCheckProgress {
  progress: { done: number; total: number };
  /** The check stopped (what it found stays, but it will not finish). */
  error: string | null;
  /**
   * Attachments not downloaded because their host is not allowed yet: they may be the very shots that look missing,
   * so nothing is drafted from the checklist until they are checked.
   */
  accessRequests?: readonly { host: string; attachments: number }[];
}

/** "2 attachments need access to cdn.example.com", or null when every attachment could be fetched. */
function accessPending(state: PhotoCheckProgress): string | null {
  const pending = state.accessRequests ?? [];
  if (pending.length === 0) return null;
  return pending
    .map(
      (request) =>
        `${request.attachments} ${request.attachments === 1 ? 'attachment needs' : 'attachments need'} access to ${request.host}`,
    )
    .join(', ');
}

export function photoCheckFinished(state: PhotoCheckProgress): boolean {
  return state.error !== null || state.progress.done >= state.progress.total;
}

/** "3 of 7 photos checked", for buttons and messages that wait for the check. */
export function photoCheckProgressText(state: PhotoCheckProgress): string {
  return `${state.progress.done} of ${state.progress.total} photos checked`;
}

/**
 * Why a reply that uses `variables` cannot be drafted yet, or null when the photo check is not the reason (it
 * finished, or the reply uses nothing from it). Using, not lacking: the photo request's shot lists are optional
 * sections, so a reply drafted mid-check would render without error and ask for every shot.
 */
export function waitingForPhotoCheck(variables: readonly string[], state: PhotoCheckProgress): string | null {
  if (!variables.some((name) => PHOTO_REQUEST_VARIABLES.includes(name))) return null;
  const access = accessPending(state);
  if (access) return `${access} (allow it in Photos): the request would otherwise ask for shots the customer may have sent`;
  if (photoCheckFinished(state)) return null;
  return `the photos are still being checked (${photoCheckProgressText(state)}): the request is drafted once every photo is checked`;
}

/** The variables a template body uses (none when it does not parse: rendering reports that). */
export function bodyVariables(body: string): readonly string[] {
  const parsed = parseTemplate(body);
  return parsed.ok ? parsed.variables : [];
}

/** The checklist's request only once every photo is checked; null before (and when there are no photos). */
export function settledPhotoRequest<Request>(state: PhotoCheckProgress & { summary: { request: Request } }): Request | null {
  return state.progress.total > 0 && photoCheckFinished(state) && accessPending(state) === null ? state.summary.request : null;
}
