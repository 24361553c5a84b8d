/**
 * Reading numbers inside the extension in Chromium (lib/numbers-in-panel.ts): numbers worker + tesseract.js from
 * extension URLs, per image as the panel shows it.
 */
import { defineBenchmark } from './lib/define';
import { chromiumBenchUnavailable, withDemoChromium } from './lib/browser';
import { measureNumbersInPanel } from './lib/numbers-in-panel';

export default defineBenchmark({
  id: 'ocr-browser',
  title: 'Reading numbers inside the extension (Chromium)',
  unavailable: async ({ repoRoot }) => chromiumBenchUnavailable(repoRoot),
  async run({ quick, log }) {
    return withDemoChromium(async ({ origin, session }) => {
      const conversation = session.context.pages()[0] ?? (await session.context.newPage());
      const panel = await session.context.newPage();
      return measureNumbersInPanel(
        {
          name: 'Chromium',
          showConversation: async (folder) => {
            if (!conversation.url().endsWith(`/${folder}`)) await conversation.goto(`${origin}/bo-seller/customer-care/folders/${folder}`);
            await conversation.bringToFront();
          },
          openPanel: async () => {
            await panel.goto(session.extensionUrl('sidepanel.html'));
          },
          evaluate: (script) => panel.evaluate(script),
        },
        quick,
        log,
      );
    });
  },
});
