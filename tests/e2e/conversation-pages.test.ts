import { describeInBrowsers } from './harness/driver';
import { conversationPageTests } from './pages/conversations/suite';

/**
 * The conversation test pages built unlike the demo (issue 12), with the demo build: each page served at a
 * back-office route shows its expected header facts, message count and attachments in the panel; on the div-soup
 * page the photo checklist, the numbers and an inserted reply work end to end (tests in pages/conversations/suite.ts).
 */

describeInBrowsers('conversation pages built in other ways', (use) => {
  conversationPageTests(use);
});
