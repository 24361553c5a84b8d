/** The local demo platform, as the e2e suites and the demo launcher use it. */
export { startDemoPlatform } from '../../../scripts/demo-platform/server';
export { listDemoConversations, type DemoConversation } from '../../../scripts/demo-platform/data/index';

export interface RunningDemoPlatform {
  origin: string;
  port: number;
  close(): Promise<void>;
}

/** The conversation list; clicking a folder there navigates with pushState. */
export const CONVERSATION_LIST_PATH = '/bo-seller/customer-care';

/** Makes the demo platform answer each photo late, as a slow connection would (0: at once again). */
export async function slowAttachments(origin: string, ms: number): Promise<void> {
  const answer = await fetch(`${origin}/demo-api/attachment-delay`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ ms }),
  });
  if (!answer.ok) throw new Error(`the demo platform refused the attachment delay: ${answer.status}`);
}
