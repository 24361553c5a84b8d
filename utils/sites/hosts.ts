/**
 * Where ReturnDesk may run. Pure data + pure functions: wxt.config.ts builds the manifest from these, and the
 * content script and panel use the same list to decide whether a tab is "on the platform".
 *
 * Country domains are the locales listed in the Care API spec (../shared/backmarket-api/care-api-openapi.yml,
 * "COUNTRY_CODES"); preprod exists only for the three platform roots (AP .co.jp, EU .fr, US .com).
 */

export const PRODUCTION_DOMAINS = [
  'backmarket.fr', // fr-fr (EU platform root)
  'backmarket.be', // fr-be
  'backmarket.es', // es-es
  'backmarket.de', // de-de
  'backmarket.at', // de-at
  'backmarket.it', // it-it
  'backmarket.co.uk', // en-gb
  'backmarket.nl', // nl-nl
  'backmarket.pt', // pt-pt
  'backmarket.ie', // en-ie
  'backmarket.gr', // el-gr
  'backmarket.sk', // sk-sk
  'backmarket.se', // sv-se
  'backmarket.com', // en-us (US platform root)
  'backmarket.co.jp', // ja-jp (AP platform root)
  'backmarket.com.au', // en-au
] as const;

export const PREPROD_DOMAINS = ['backmarket.co.jp', 'backmarket.fr', 'backmarket.com'] as const;

/** Paths that hold conversations: the seller back office (current and legacy) and the customer dashboard. */
export const CONVERSATION_PATHS = ['/bo-seller/*', '/bo_merchant/*', '/*/dashboard/*'] as const;

/** The local demo platform. Only demo/test builds may name it (see wxt.config.ts). */
export const DEMO_ORIGIN_PATTERNS = ['http://127.0.0.1/*'] as const;

export function platformHosts(): string[] {
  return [
    ...PRODUCTION_DOMAINS.map((domain) => `www.${domain}`),
    ...PREPROD_DOMAINS.map((domain) => `preprod.${domain}`),
  ];
}

/** Host permissions: whole origins, because attachments and the folder JSON live beside the pages. */
export function platformHostPermissions(): string[] {
  return platformHosts().map((host) => `https://${host}/*`);
}

/** Content-script matches: only the paths where conversations are shown. */
export function platformContentMatches(): string[] {
  return platformHosts().flatMap((host) => CONVERSATION_PATHS.map((path) => `https://${host}${path}`));
}

/** True for URLs of the real platform's hosts (any path), over https. */
export function isPlatformUrl(url: string | undefined): boolean {
  if (!url) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return parsed.protocol === 'https:' && platformHosts().includes(parsed.hostname);
}
