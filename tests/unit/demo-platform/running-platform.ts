import { afterAll, beforeAll } from 'vitest';
import { startDemoPlatform, type DemoPlatform } from '@/scripts/demo-platform/server';

/**
 * Starts the demo platform for the calling test file and stops it after; `get` requests a path of its origin.
 * The first run on a machine builds the apps and draws the attachments (about 20 s on 2 cores).
 */
export function useDemoPlatform() {
  let platform: DemoPlatform | undefined;
  beforeAll(async () => {
    platform = await startDemoPlatform({ port: 0, quiet: true });
  }, 180_000);
  afterAll(async () => {
    await platform?.close();
  });
  const running = (): DemoPlatform => {
    if (!platform) throw new Error('the demo platform has not started');
    return platform;
  };
  return {
    get platform() {
      return running();
    },
    get: (pathname: string, init?: RequestInit) => fetch(`${running().origin}${pathname}`, { redirect: 'manual', ...init }),
  };
}
