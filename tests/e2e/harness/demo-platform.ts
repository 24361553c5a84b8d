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
