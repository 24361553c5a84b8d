import { describeInBrowsers } from './harness/driver';
import { useTeachPage } from './pages/serve-teach';
import { teachTests } from './pages/teach-scenario';

/**
 * "Point at it": see teach-scenario.ts. Mouse and keys are the driver's trusted input (Playwright's in Chromium,
 * WebDriver BiDi input in Firefox), which the page sees as the agent's.
 */

describeInBrowsers('teaching a part by pointing at it', (use) => {
  const pages = useTeachPage();

  /** A fresh page (a new folder id each time) with the panel following it. */
  teachTests(async (folderId) => {
    const driver = use();
    await driver.openConversation(pages().pageUrl(folderId));
    await driver.openPanel();
    await driver.panel.bringToFront();
    return { page: driver.page, panel: driver.panel };
  });
});
