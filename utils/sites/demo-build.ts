import type { SiteAdapter } from './define';
import demo from './adapters/demo';

/**
 * What only demo/test builds know: the local demo platform's adapter and origin. Store builds replace this module
 * with demo-build.store.ts (a resolve hook in wxt.config.ts), so no shipped file names 127.0.0.1; tests and the
 * demo build use this one.
 */
export const demoAdapters: readonly SiteAdapter[] = [demo];

/** The local demo platform's origin as match patterns see it (any port): adapters' `demoPaths` are read there. */
export const DEMO_ORIGIN: string | null = 'http://127.0.0.1';

/**
 * Attachment hosts the panel may ask for in demo builds besides https ones: the demo's second origin
 * (`http://localhost:<port>`), which stands in for the platform's CDN.
 */
export const DEMO_REQUESTABLE_ATTACHMENT_PATTERNS: readonly string[] = ['http://localhost/*'];

export function isDemoOrigin(url: string | undefined): boolean {
  if (!url) return false;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' && parsed.hostname === '127.0.0.1';
  } catch {
    return false;
  }
}
