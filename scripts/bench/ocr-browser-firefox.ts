/**
 * Reading numbers inside the extension in Firefox ESR (lib/numbers-in-panel.ts), beside the Chromium benchmark.
 */
import { defineBenchmark } from './lib/define';
import { firefoxBenchUnavailable, withDemoFirefox } from './lib/browser';
import { measureNumbersInPanel } from './lib/numbers-in-panel';

export default defineBenchmark({
  id: 'ocr-browser-firefox',
  title: 'Reading numbers inside the extension (Firefox ESR)',
  unavailable: async ({ repoRoot }) => firefoxBenchUnavailable(repoRoot),
  async run({ quick, log }) {
    return withDemoFirefox(async ({ origin, session, openPanelPage }) => {
      const conversation = (await session.browser.pages())[0] ?? (await session.browser.newPage());
      const panel = await session.browser.newPage();
      return measureNumbersInPanel(
        {
          name: 'Firefox ESR',
          showConversation: async (folder) => {
            if (!conversation.url().endsWith(`/${folder}`)) await conversation.goto(`${origin}/bo-seller/customer-care/folders/${folder}`);
            await conversation.bringToFront();
          },
          openPanel: () => openPanelPage(panel),
          evaluate: (script) => panel.evaluate(script),
        },
        quick,
        log,
      );
    });
  },
});
