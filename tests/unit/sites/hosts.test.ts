import { describe, expect, it } from 'vitest';
import { isPlatformUrl, platformContentMatches, platformHostPermissions } from '@/utils/sites/hosts';
import { isDemoOrigin } from '@/utils/sites/demo-build';

describe('platform hosts', () => {
  it('cover every Care API country site and the three preprod roots, over https only', () => {
    const hosts = platformHostPermissions();
    for (const expected of ['https://www.backmarket.co.uk/*', 'https://www.backmarket.com/*', 'https://www.backmarket.com.au/*', 'https://preprod.backmarket.fr/*']) {
      expect(hosts).toContain(expected);
    }
    expect(hosts.every((pattern) => pattern.startsWith('https://'))).toBe(true);
    expect(hosts.some((pattern) => pattern.includes('127.0.0.1'))).toBe(false);
  });

  it('limit the content script to conversation paths', () => {
    const matches = platformContentMatches();
    expect(matches).toContain('https://www.backmarket.fr/bo-seller/*');
    expect(matches).toContain('https://www.backmarket.fr/bo_merchant/*');
    expect(matches.some((pattern) => pattern.endsWith('.fr/*'))).toBe(false);
  });

  it('recognise platform tabs; the demo origin is known only to demo builds', () => {
    expect(isPlatformUrl('https://www.backmarket.de/bo-seller/x')).toBe(true);
    expect(isPlatformUrl('https://www.backmarket.de.evil.example/')).toBe(false);
    expect(isPlatformUrl('http://www.backmarket.de/bo-seller/')).toBe(false);
    expect(isPlatformUrl('http://127.0.0.1:4173/bo-seller/')).toBe(false);
    expect(isPlatformUrl('not a url')).toBe(false);
    expect(isDemoOrigin('http://127.0.0.1:4173/bo-seller/')).toBe(true);
    expect(isDemoOrigin('https://www.backmarket.de/')).toBe(false);
  });
});
