import { StatusMessage } from '@/components/status-message';
import { describeAccessRequest, type AccessRequest } from '@/utils/sites/attachment-access';
import type { AttachmentAccessState } from './use-attachment-access';
import { t } from '@/utils/i18n/translate';

/**
 * "2 attachments need access to cdn.example.com [Allow cdn.example.com]": one line per host the conversation's
 * attachments wait for, and one button for all the hosts an administrator listed. Shown above the photos and the
 * numbers; the browser keeps what is allowed, and the options page lists it with Remove.
 */
export function AttachmentAccessNotice({ requests, access }: { requests: readonly AccessRequest[]; access: AttachmentAccessState }) {
  if (requests.length === 0) return null;
  const listed = requests.filter((request) => request.byAdministrator);
  const others = requests.filter((request) => !request.byAdministrator);
  return (
    <div class="attachment-access">
      {listed.length > 0 && (
        <StatusMessage tone="warning">
          {t('access.listedByAdministrator', { hosts: listed.map(describeAccessRequest).join('; ') })}{' '}
          <button
            type="button"
            onClick={() =>
              access.request(
                access.administratorPatterns.length > 0 ? access.administratorPatterns : listed.map((request) => request.pattern),
              )
            }
          >
            {t('access.allowListed')}
          </button>
        </StatusMessage>
      )}
      {others.map((request) => (
        <StatusMessage key={request.host} tone="warning">
          {describeAccessRequest(request)}.{' '}
          <button type="button" onClick={() => access.request([request.pattern])}>
            {t('access.allowHost', { host: request.host })}
          </button>
        </StatusMessage>
      ))}
      {access.requestError && <StatusMessage tone="error">{access.requestError}</StatusMessage>}
    </div>
  );
}
