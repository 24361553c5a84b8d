import { describe, expect, it } from 'vitest';
import { siteAdapters, storeSiteAdapters, isSiteTabUrl, extraOriginMatches } from '@/utils/sites/registry';
import { siteManifest } from '@/utils/sites/site-manifest';
import { adapterPagePatterns, isSiteUrl, patternMatchesUrl } from '@/utils/sites/site-urls';
import { isDemoOrigin } from '@/utils/sites/demo-build';

const store = siteManifest('store');
const demo = siteManifest('demo');

describe('the manifest, derived from the adapters', () => {
  it('store builds: content-script matches are exactly the store adapters’ pages, host permissions their origins', () => {
    const declared = storeSiteAdapters.flatMap((adapter) => adapterPagePatterns(adapter, null));
    expect(new Set(store.contentMatches)).toEqual(new Set(declared));
    const origins = storeSiteAdapters.flatMap((adapter) => adapter.pages.origins.map((origin) => `${origin}/*`));
    expect(new Set(store.host_permissions)).toEqual(new Set(origins));
  });

  it('store builds cover every Care API country site and the three preprod roots, over https, and never the demo', () => {
    for (const expected of [
      'https://www.backmarket.co.uk/*',
      'https://www.backmarket.com/*',
      'https://www.backmarket.com.au/*',
      'https://preprod.backmarket.fr/*',
    ]) {
      expect(store.host_permissions).toContain(expected);
    }
    expect([...store.host_permissions, ...store.contentMatches].every((pattern) => pattern.startsWith('https://'))).toBe(true);
    expect(JSON.stringify(store)).not.toMatch(/127\.0\.0\.1|localhost/);
    expect(store.optional_host_permissions).toEqual(['https://*/*']);
    expect(store.testPageMatches).toEqual([]);
  });

  it('limits the content script to conversation paths', () => {
    expect(store.contentMatches).toContain('https://www.backmarket.fr/bo-seller/*');
    expect(store.contentMatches).toContain('https://www.backmarket.fr/bo_merchant/*');
    expect(store.contentMatches.some((pattern) => pattern.endsWith('.fr/*'))).toBe(false);
  });

  it('demo builds add the demo paths of every adapter on 127.0.0.1, and may ask for the demo’s second origin', () => {
    expect(demo.contentMatches).toEqual(
      expect.arrayContaining([
        ...store.contentMatches,
        'http://127.0.0.1/bo-seller*',
        'http://127.0.0.1/bo-seller/customer-care/help-requests/*',
      ]),
    );
    expect(demo.host_permissions).toEqual([...store.host_permissions, 'http://127.0.0.1/*']);
    expect(demo.optional_host_permissions).toEqual(['https://*/*', 'http://localhost/*']);
    expect(demo.testPageMatches).toEqual(['http://127.0.0.1/*']);
  });

  // The overlay's stylesheet is a web accessible resource the content script fetches: unstyled palette otherwise.
  it('the overlay stylesheet is readable wherever the content script runs, origins granted at run time included', () => {
    for (const build of [store, demo]) {
      for (const match of [...build.contentMatches, 'https://support.example.com/bo-seller/x']) {
        expect(
          build.overlayStylesheetMatches.some((pattern) => patternMatchesUrl(pattern, match.replace(/\*/g, 'x'))),
          match,
        ).toBe(true);
      }
    }
    expect(store.overlayStylesheetMatches.join(' ')).not.toContain('127.0.0.1');
  });

  // Every URL an adapter reads must be one where the content script runs, or the adapter never gets the page.
  describe.each(siteAdapters.map((adapter) => [adapter.id, adapter] as const))('adapter %s', (_id, adapter) => {
    it.each(adapter.examples.matching)('its pages cover %s', (url) => {
      expect(demo.contentMatches.some((pattern) => patternMatchesUrl(pattern, url))).toBe(true);
    });
  });
});

describe('platform tabs', () => {
  it('are the sites’ origins at any path; the demo origin only in demo-aware code', () => {
    expect(isSiteTabUrl('https://www.backmarket.de/bo-seller/x')).toBe(true);
    expect(isSiteTabUrl('https://www.backmarket.de/fr-fr/l/phones')).toBe(true);
    expect(isSiteTabUrl('https://www.backmarket.de.evil.example/')).toBe(false);
    expect(isSiteTabUrl('http://www.backmarket.de/bo-seller/')).toBe(false);
    expect(isSiteTabUrl('not a url')).toBe(false);
    expect(isSiteTabUrl('http://127.0.0.1:4173/bo-seller/')).toBe(true);
    expect(isSiteUrl('http://127.0.0.1:4173/bo-seller/', { adapters: storeSiteAdapters, demoOrigin: null })).toBe(false);
    expect(isDemoOrigin('http://127.0.0.1:4173/bo-seller/')).toBe(true);
    expect(isDemoOrigin('https://www.backmarket.de/')).toBe(false);
  });

  it('registers the back office’s conversation paths on an origin an admin granted', () => {
    expect(extraOriginMatches('https://support.example.com')).toEqual([
      'https://support.example.com/bo-seller/*',
      'https://support.example.com/bo_merchant/*',
      'https://support.example.com/*/dashboard/*',
    ]);
  });
});

describe('match patterns', () => {
  it.each([
    ['https://www.backmarket.fr/bo-seller/*', 'https://www.backmarket.fr/bo-seller/customer-care/1', true],
    ['https://www.backmarket.fr/bo-seller/*', 'https://www.backmarket.fr/bo-sellerX', false],
    ['https://www.backmarket.fr/*/dashboard/*', 'https://www.backmarket.fr/fr-fr/dashboard/orders', true],
    ['http://127.0.0.1/*', 'http://127.0.0.1:5391/x', true],
    ['http://localhost/*', 'http://localhost:40123/photo.jpg', true],
    ['http://localhost:8080/*', 'http://localhost:40123/photo.jpg', false],
    ['https://*/*', 'https://cdn.example.com/a.jpg', true],
    ['https://*/*', 'http://cdn.example.com/a.jpg', false],
    ['*://*.example.com/*', 'https://media.example.com/a', true],
    ['*://*.example.com/*', 'https://example.com.evil.test/a', false],
    ['<all_urls>', 'https://anything.test/', true],
    ['not a pattern', 'https://anything.test/', false],
  ])('%s matches %s: %s', (pattern, url, expected) => {
    expect(patternMatchesUrl(pattern, url)).toBe(expected);
  });
});
