import { describe, expect, it } from 'vitest';
import { accessRequests, attachmentAccess, describeAccessRequest, type AttachmentAccessContext } from '@/utils/sites/attachment-access';
import { adapterById } from '@/utils/sites/registry';
import { siteManifest } from '@/utils/sites/site-manifest';

const store = siteManifest('store');
const demo = siteManifest('demo');

/** A back-office conversation on the live site, with the store build's grants and nothing allowed yet. */
function liveContext(changes: Partial<AttachmentAccessContext> = {}): AttachmentAccessContext {
  return {
    pageUrl: 'https://www.backmarket.co.uk/bo-seller/customer-care/help-requests/6f1c0b8e',
    adapter: adapterById('backoffice'),
    administratorOrigins: [],
    grantedPatterns: store.host_permissions,
    sitePatterns: store.host_permissions,
    requestablePatterns: store.optional_host_permissions,
    ...changes,
  };
}

describe('attachmentAccess', () => {
  it('fetches the page’s own attachments with its cookies, and the platform’s other sites without', () => {
    expect(attachmentAccess('https://www.backmarket.co.uk/files/1.jpg', liveContext())).toEqual({
      kind: 'allowed',
      credentials: 'include',
    });
    expect(attachmentAccess('https://www.backmarket.fr/files/1.jpg', liveContext())).toEqual({ kind: 'allowed', credentials: 'omit' });
  });

  it('asks for a CDN host the adapter does not vouch for, naming it', () => {
    expect(attachmentAccess('https://www.mycdn.com/path/to/the/attachment.file', liveContext())).toEqual({
      kind: 'needs-access',
      origin: 'https://www.mycdn.com',
      host: 'www.mycdn.com',
      pattern: 'https://www.mycdn.com/*',
      byAdministrator: false,
    });
  });

  it('fetches a host once the agent allowed it, without cookies', () => {
    const context = liveContext({ grantedPatterns: [...store.host_permissions, 'https://www.mycdn.com/*'] });
    expect(attachmentAccess('https://www.mycdn.com/a.jpg', context)).toEqual({ kind: 'allowed', credentials: 'omit' });
    expect(attachmentAccess('https://other.mycdn.com/a.jpg', context)).toMatchObject({ kind: 'needs-access', host: 'other.mycdn.com' });
  });

  it('does not let a wildcard grant open every host a message links to', () => {
    const context = liveContext({ grantedPatterns: [...store.host_permissions, 'https://*/*', '<all_urls>'] });
    expect(attachmentAccess('https://tracker.example/pixel.jpg', context)).toMatchObject({ kind: 'needs-access' });
  });

  it('counts an administrator’s host as vouched: asked for with the others, then fetched even under a wildcard grant', () => {
    const administratorOrigins = ['https://media.example-cdn.com'];
    expect(attachmentAccess('https://media.example-cdn.com/a.jpg', liveContext({ administratorOrigins }))).toMatchObject({
      kind: 'needs-access',
      byAdministrator: true,
    });
    const granted = liveContext({ administratorOrigins, grantedPatterns: [...store.host_permissions, 'https://*/*'] });
    expect(attachmentAccess('https://media.example-cdn.com/a.jpg', granted)).toEqual({ kind: 'allowed', credentials: 'omit' });
  });

  it('refuses what no permission could allow: plain http, other schemes, unparsable links', () => {
    for (const url of [
      'http://cdn.example.com/a.jpg',
      'data:image/png;base64,AAAA',
      'javascript:alert(1)',
      'ftp://x.example/a.jpg',
      'not a url',
    ]) {
      expect(attachmentAccess(url, liveContext()), url).toMatchObject({ kind: 'refused' });
    }
  });

  it('in demo builds, asks for the demo’s second origin on localhost (any port is the same host) but no other port of 127.0.0.1', () => {
    const context: AttachmentAccessContext = {
      pageUrl: 'http://127.0.0.1:5391/bo-seller/customer-care/help-requests/9f1c0b8e',
      adapter: adapterById('backoffice'),
      administratorOrigins: [],
      grantedPatterns: demo.host_permissions,
      sitePatterns: demo.host_permissions,
      requestablePatterns: demo.optional_host_permissions,
    };
    expect(attachmentAccess('http://127.0.0.1:5391/attachments/1.jpg', context)).toEqual({ kind: 'allowed', credentials: 'include' });
    expect(attachmentAccess('http://localhost:40999/cdn/1.jpg', context)).toMatchObject({
      kind: 'needs-access',
      host: 'localhost:40999',
      pattern: 'http://localhost/*',
    });
    expect(attachmentAccess('http://127.0.0.1:40999/elsewhere.jpg', context)).toMatchObject({ kind: 'refused' });
    const allowed = { ...context, grantedPatterns: [...demo.host_permissions, 'http://localhost/*'] };
    expect(attachmentAccess('http://localhost:40999/cdn/1.jpg', allowed)).toEqual({ kind: 'allowed', credentials: 'omit' });
  });
});

describe('accessRequests', () => {
  it('groups the waiting attachments by host, in order, and says how many wait', () => {
    const context = liveContext({ administratorOrigins: ['https://media.example-cdn.com'] });
    const urls = [
      'https://cdn.example.com/1.jpg',
      'https://www.backmarket.co.uk/2.jpg',
      'https://media.example-cdn.com/3.jpg',
      'https://cdn.example.com/4.jpg',
    ];
    const requests = accessRequests(urls.map((url) => attachmentAccess(url, context)));
    expect(requests).toEqual([
      { host: 'cdn.example.com', pattern: 'https://cdn.example.com/*', attachments: 2, byAdministrator: false },
      { host: 'media.example-cdn.com', pattern: 'https://media.example-cdn.com/*', attachments: 1, byAdministrator: true },
    ]);
    expect(describeAccessRequest(requests[0]!)).toBe('2 attachments need access to cdn.example.com');
    expect(describeAccessRequest(requests[1]!)).toBe('1 attachment needs access to media.example-cdn.com');
  });
});
