import type { SiteAdapter } from './define';
import { originPattern, parseMatchPattern, patternMatchesUrl } from './site-urls';
import { englishFailureMessage } from '../photos/failure-text';

/**
 * Whether the panel may download an attachment, and how. The platform describes attachments as URLs on a CDN host
 * (the Care API's example is `https://www.mycdn.com/path/to/the/attachment.file`) whose real names are unknown, so:
 * - the page's own origin, the adapter's attachment origins and the hosts an administrator listed are vouched for;
 * - a vouched host is fetched when the browser grants it (the platform's are in the manifest); an administrator's
 *   host the browser has not granted yet is asked for, all of them in one click;
 * - any other host is fetched only after the agent allowed that very host (a wildcard grant, or the manifest's grant
 *   for the sites' pages, does not count: a link in a message must not make the panel call an arbitrary server);
 * - a host no optional permission can cover (plain http, other schemes) is refused.
 * Cookies go only to the page's own origin. Pure; the panel feeds it the browser's granted patterns.
 */

export type AttachmentAccess =
  | { kind: 'allowed'; credentials: 'include' | 'omit' }
  | {
      kind: 'needs-access';
      /** `https://cdn.example.com:8443` */
      origin: string;
      /** What the agent reads: `cdn.example.com:8443`. */
      host: string;
      /** What the browser is asked for: `https://cdn.example.com/*`. */
      pattern: string;
      /** An administrator listed this host: it is asked for together with the other listed hosts. */
      byAdministrator: boolean;
    }
  | { kind: 'refused'; message: string };

export interface AttachmentAccessContext {
  /** The conversation page. */
  pageUrl: string;
  /** The page's adapter (null: a page no adapter claims, e.g. an origin an admin granted). */
  adapter: Pick<SiteAdapter, 'attachmentOrigins'> | null;
  /** Hosts an administrator listed in the settings (`attachmentHosts`), as origins. */
  administratorOrigins: readonly string[];
  /** Host patterns the browser grants now (`permissions.getAll().origins`, the manifest's included). */
  grantedPatterns: readonly string[];
  /**
   * The manifest's own host permissions (the sites' pages). They let vouched origins be fetched, but do not make
   * another port or path of the same host an allowed attachment host.
   */
  sitePatterns: readonly string[];
  /** Host patterns the panel may ask for (the manifest's `optional_host_permissions`). */
  requestablePatterns: readonly string[];
}

function originOf(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.origin : null;
  } catch {
    return null;
  }
}

/** Origins whose attachments are fetched without the agent choosing them (if the browser grants them). */
export function vouchedAttachmentOrigins(context: Pick<AttachmentAccessContext, 'pageUrl' | 'adapter' | 'administratorOrigins'>): string[] {
  const page = originOf(context.pageUrl);
  return [...new Set([...(page ? [page] : []), ...(context.adapter?.attachmentOrigins ?? []), ...context.administratorOrigins])];
}

/** A grant that names this host: not a wildcard host such as `https://*` or `<all_urls>`. */
function namesHost(pattern: string): boolean {
  const parsed = parseMatchPattern(pattern);
  return parsed !== null && parsed.host !== '*';
}

export function attachmentAccess(url: string, context: AttachmentAccessContext): AttachmentAccess {
  const origin = originOf(url);
  if (!origin) return { kind: 'refused', message: englishFailureMessage('photoFailure.linkNotWeb') };
  const vouched = vouchedAttachmentOrigins(context).includes(origin);
  const granted = context.grantedPatterns.some(
    (pattern) => (vouched || (namesHost(pattern) && !context.sitePatterns.includes(pattern))) && patternMatchesUrl(pattern, `${origin}/`),
  );
  if (granted) return { kind: 'allowed', credentials: origin === originOf(context.pageUrl) ? 'include' : 'omit' };
  const pattern = originPattern(origin);
  if (!context.requestablePatterns.some((requestable) => patternMatchesUrl(requestable, `${origin}/`))) {
    return { kind: 'refused', message: englishFailureMessage('photoFailure.httpsOnly', { origin }) };
  }
  return {
    kind: 'needs-access',
    origin,
    host: new URL(origin).host,
    pattern,
    byAdministrator: context.administratorOrigins.includes(origin),
  };
}

/** The hosts to ask for, each with how many attachments wait for it, in the order the attachments come. */
export interface AccessRequest {
  host: string;
  pattern: string;
  attachments: number;
  byAdministrator: boolean;
}

export function accessRequests(decisions: readonly AttachmentAccess[]): AccessRequest[] {
  const byHost = new Map<string, AccessRequest>();
  for (const decision of decisions) {
    if (decision.kind !== 'needs-access') continue;
    const known = byHost.get(decision.host);
    if (known) known.attachments += 1;
    else
      byHost.set(decision.host, {
        host: decision.host,
        pattern: decision.pattern,
        attachments: 1,
        byAdministrator: decision.byAdministrator,
      });
  }
  return [...byHost.values()];
}

/** "2 attachments need access to cdn.example.com" */
export function describeAccessRequest(request: Pick<AccessRequest, 'host' | 'attachments'>): string {
  return `${request.attachments} ${request.attachments === 1 ? 'attachment needs' : 'attachments need'} access to ${request.host}`;
}
