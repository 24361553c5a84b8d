import type { SiteAdapter } from './define';

/** Store-build stand-in for demo-build.ts: no demo adapter, no demo origin (see wxt.config.ts). */
export const demoAdapters: readonly SiteAdapter[] = [];

export const DEMO_ORIGIN: string | null = null;

export const DEMO_REQUESTABLE_ATTACHMENT_PATTERNS: readonly string[] = [];

export function isDemoOrigin(_url: string | undefined): boolean {
  return false;
}
