import type { z } from 'zod';
import type { DataFailureReason, FetchJson } from './types';
import { t } from '../../i18n/translate';

/** One endpoint's answer, parsed and checked: the data, or why it cannot be used, in words an agent understands. */
export type Fetched<T> = { ok: true; data: T } | { ok: false; reason: DataFailureReason; status: number | null; message: string };

const MAX_FIELDS_NAMED = 6;

/** `messages.3.sender` style paths of what did not fit, at most a few, for a message that stays readable. */
export function namedIssues(error: z.ZodError): string {
  const paths = [...new Set(error.issues.map((issue) => issue.path.map(String).join('.') || t('pageReading.wholeAnswer')))];
  const shown = paths.slice(0, MAX_FIELDS_NAMED).join(', ');
  return paths.length > MAX_FIELDS_NAMED
    ? t('pageReading.fieldsAndMore', { fields: shown, count: paths.length - MAX_FIELDS_NAMED })
    : shown;
}

function looksLikeHtml(text: string): boolean {
  return /^\s*</.test(text);
}

/**
 * GETs `path` with the page's session and checks the answer against `schema`. Each failure becomes a named
 * outcome instead of a throw: sign-in needed (401), not allowed (403), any other non-2xx, an HTML page (a login
 * redirect or an error page) or text that is not JSON, and JSON that does not have the expected shape.
 */
export async function fetchChecked<S extends z.ZodType>(fetchJson: FetchJson, path: string, schema: S): Promise<Fetched<z.output<S>>> {
  let answer: Awaited<ReturnType<FetchJson>>;
  try {
    answer = await fetchJson(path);
  } catch (error) {
    return {
      ok: false,
      reason: 'failed',
      status: null,
      message: t('pageReading.requestFailed', { path, error: String(error).slice(0, 200) }),
    };
  }
  const { status, contentType, text } = answer;
  if (status === 401) return { ok: false, reason: 'unauthorised', status, message: t('pageReading.answered401', { path }) };
  if (status === 403) return { ok: false, reason: 'unauthorised', status, message: t('pageReading.answered403', { path }) };
  if (status < 200 || status > 299)
    return { ok: false, reason: 'failed', status, message: t('pageReading.answeredStatus', { path, status: String(status) }) };
  const declaredJson = contentType === null || /\bjson\b/i.test(contentType);
  if (!declaredJson || looksLikeHtml(text)) {
    const message =
      looksLikeHtml(text) || /html/i.test(contentType ?? '')
        ? t('pageReading.answeredHtml', { path })
        : t('pageReading.answeredType', { path, type: String(contentType) });
    return { ok: false, reason: 'not-json', status, message };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'not-json', status, message: t('pageReading.answeredNotJson', { path }) };
  }
  const checked = schema.safeParse(json);
  if (!checked.success) {
    return {
      ok: false,
      reason: 'schema',
      status,
      message: t('pageReading.answeredUnexpectedShape', { path, fields: namedIssues(checked.error) }),
    };
  }
  return { ok: true, data: checked.data };
}
