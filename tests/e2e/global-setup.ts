import type { TestProject } from 'vitest/node';
import { startDemoPlatform } from './harness/demo-platform';

declare module 'vitest' {
  export interface ProvidedContext {
    /** `http://127.0.0.1:PORT` of the demo platform, or '' when it could not start. */
    demoOrigin: string;
    /** `http://localhost:PORT`, the second origin serving the new back office's attachments, or ''. */
    demoAttachmentOrigin: string;
    /** Why the demo platform is not running ('' when it is). */
    demoPlatformError: string;
  }
}

/**
 * Starts the demo platform once for every e2e file. A failure is handed to the tests instead of thrown here, so
 * suites that need no platform (the bundle scan) still run, and each browser test fails with the reason.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  try {
    const platform = await startDemoPlatform({ quiet: true });
    project.provide('demoOrigin', platform.origin);
    project.provide('demoAttachmentOrigin', platform.attachmentOrigin);
    project.provide('demoPlatformError', '');
    return () => platform.close();
  } catch (error) {
    project.provide('demoOrigin', '');
    project.provide('demoAttachmentOrigin', '');
    project.provide('demoPlatformError', error instanceof Error ? error.message : String(error));
    return async () => undefined;
  }
}
