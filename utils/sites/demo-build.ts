import type { SiteAdapter } from './define';
import demo from './adapters/demo';

/**
 * What only demo/test builds know: the local demo platform's adapter and origin. Store builds replace this module
 * with demo-build.store.ts (a resolve hook in wxt.config.ts), so no shipped file names 127.0.0.1; tests and the
 * demo build use this one.
 */
export const demoAdapters: readonly SiteAdapter[] = [demo];

export function isDemoOrigin(url: string | undefined): boolean {
  if (!url) return false;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' && parsed.hostname === '127.0.0.1';
  } catch {
    return false;
  }
}
