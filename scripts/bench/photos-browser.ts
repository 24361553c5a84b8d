/**
 * Photo check inside the extension in Chromium: the demo's seven 12 MP smartphone photos checked by the panel, next
 * to libjpeg-turbo's 1/8-scale decode of the same files in the same run (lib/photo-set.ts).
 */
import { defineBenchmark } from './lib/define';
import { chromiumBenchUnavailable, withDemoChromium } from './lib/browser';
import { measurePhotoSet, SMARTPHONE_FOLDER } from './lib/photo-set';

export default defineBenchmark({
  id: 'photos-browser',
  title: 'Photo check inside the extension (Chromium), with the native floor',
  unavailable: async ({ repoRoot }) => chromiumBenchUnavailable(repoRoot),
  async run(context) {
    const { ensureDemoAttachments } = await import('../demo-platform/images');
    const attachments = await ensureDemoAttachments();
    return withDemoChromium(async ({ origin, session }) => {
      const conversation = session.context.pages()[0] ?? (await session.context.newPage());
      await conversation.goto(`${origin}/bo-seller/customer-care/folders/${SMARTPHONE_FOLDER}`);
      // The panel gets a window of its own, as in photos-browser-firefox.ts: an agent's side panel is visible beside
      // the conversation. A second tab of the same window is hidden, and a hidden page runs no animation frames,
      // which the panel's effects wait for.
      const cdp = await session.context.newCDPSession(conversation);
      const [panel] = await Promise.all([
        session.context.waitForEvent('page'),
        cdp.send('Target.createTarget', { url: 'about:blank', newWindow: true }),
      ]);
      await cdp.detach();
      const openPanel = async () => {
        await panel.goto(session.extensionUrl('sidepanel.html'));
      };
      await openPanel();
      await conversation.bringToFront();
      const visibility = {
        panel: await panel.evaluate(() => document.visibilityState),
        conversation: await conversation.evaluate(() => document.visibilityState),
      };
      if (visibility.panel !== 'visible' || visibility.conversation !== 'visible') {
        throw new Error(`the panel and the conversation must both be visible, as beside each other: ${JSON.stringify(visibility)}`);
      }
      return measurePhotoSet(
        {
          name: 'Chromium',
          showConversation: () => conversation.bringToFront(),
          openPanel,
          evaluate: (script) => panel.evaluate(script),
          longTasks: true,
        },
        attachments,
        context,
      );
    });
  },
});
