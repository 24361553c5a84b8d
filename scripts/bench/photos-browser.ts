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
      const panel = await session.context.newPage();
      return measurePhotoSet(
        {
          name: 'Chromium',
          showConversation: () => conversation.bringToFront(),
          openPanel: async () => {
            await panel.goto(session.extensionUrl('sidepanel.html'));
          },
          evaluate: (script) => panel.evaluate(script),
          longTasks: true,
        },
        attachments,
        context,
      );
    });
  },
});
