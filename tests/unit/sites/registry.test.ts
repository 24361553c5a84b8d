import { describe, expect, it } from 'vitest';
import { adapterForUrl, effectiveSelectors, siteAdapters } from '@/utils/sites/registry';

// Generated matrix: each adapter accepts its own example URLs and every other adapter rejects them.
describe.each(siteAdapters.map((adapter) => [adapter.id, adapter] as const))('adapter %s', (id, adapter) => {
  it.each(adapter.examples.matching)('handles %s', (url) => {
    expect(adapterForUrl(new URL(url))?.id).toBe(id);
  });
  it.each(adapter.examples.notMatching)('leaves %s alone', (url) => {
    expect(adapter.matches(new URL(url))).toBe(false);
  });
  it('names a selector for every part it reads', () => {
    expect(Object.keys(adapter.defaultSelectors)).toContain('composer');
    expect(Object.keys(adapter.defaultSelectors)).toContain('message');
  });
});

describe('registry', () => {
  it('has unique adapter ids', () => {
    const ids = siteAdapters.map((adapter) => adapter.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('reads a granted extra origin with the back-office adapter, and nothing else there', () => {
    const url = new URL('https://support.example.com/tickets/123456');
    expect(adapterForUrl(url)).toBeNull();
    expect(adapterForUrl(url, ['https://support.example.com'])?.id).toBe('backoffice');
  });

  it('lays user overrides over the built-in selectors of that adapter only', () => {
    const adapter = siteAdapters.find((candidate) => candidate.id === 'backoffice')!;
    const selectors = effectiveSelectors(adapter, { backoffice: { composer: '#reply' }, other: { composer: 'x' } });
    expect(selectors.composer).toBe('#reply');
    expect(selectors.message).toBe(adapter.defaultSelectors.message);
  });
});
